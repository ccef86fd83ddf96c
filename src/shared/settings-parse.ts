import * as v from 'valibot';
import { ENTITY_KINDS } from '../core/dataset-schema.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/** The schema version this build writes. */
export const SETTINGS_VERSION = 1;

/** A site as the reader names it and as `location.hostname` gives it: lower case, no port. */
const host = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/, 'not a host name'), v.maxLength(253));

/** One schema per field, so each field is judged alone. */
const FIELDS = {
  enabled: v.boolean(),
  disabledSites: v.array(host),
  kinds: v.array(v.picklist(ENTITY_KINDS)),
  markStyle: v.picklist(['underline', 'tint', 'none'] as const),
  firstOnly: v.boolean(),
} satisfies { [K in Exclude<keyof Settings, 'version'>]: v.GenericSchema<unknown, Settings[K]> };

type Fields = Omit<Settings, 'version'>;

/**
 * Steps from each older stored version to the next. Version 0 is what a build before the
 * schema was versioned would have stored: the same fields without `version`.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, version: 1 }),
};

function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  let out = stored;
  let version = typeof out.version === 'number' && Number.isInteger(out.version) ? out.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    out = step(out);
    version += 1;
  }
  return out;
}

/**
 * Reads whatever storage holds as settings. Each field that does not validate falls back to
 * its default alone, so a corrupted list of sites does not switch the reader's other choices
 * back; older versions are migrated first. Unknown fields are dropped, and duplicates in lists
 * are removed so a toggle never needs two clicks.
 */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return structuredClone(DEFAULT_SETTINGS);
  const migrated = migrate(stored as Record<string, unknown>);
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, schema] of Object.entries(FIELDS)) {
    const r = v.safeParse(schema, migrated[key]);
    const value = r.success ? r.output : DEFAULT_SETTINGS[key as keyof Fields];
    out[key] = Array.isArray(value) ? [...new Set(value)] : value;
  }
  return out as unknown as Settings;
}

/** Whether marks and cards run on a page with this host name (the page's `location.hostname`). */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

/** The settings with one site turned off or back on; returns a new object. */
export function withSite(settings: Settings, hostname: string, active: boolean): Settings {
  const h = hostname.toLowerCase();
  const rest = settings.disabledSites.filter((s) => s !== h);
  return { ...settings, disabledSites: active ? rest : [...rest, h] };
}
