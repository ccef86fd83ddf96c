import { ENTITY_KINDS } from '../core/dataset-schema.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/** The schema version this build writes. */
export const SETTINGS_VERSION = 1;

/** A field's check: the value to keep (possibly normalised), or `INVALID` to fall back to the default. */
const INVALID: unique symbol = Symbol('invalid');
type FieldParse<T> = (x: unknown) => T | typeof INVALID;

const HOST_RE = /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/;
/** A site as the reader names it and as `location.hostname` gives it: lower case, no port. */
const host: FieldParse<string> = (x) => {
  if (typeof x !== 'string') return INVALID;
  const h = x.trim().toLowerCase();
  return HOST_RE.test(h) && h.length <= 253 ? h : INVALID;
};

const boolean: FieldParse<boolean> = (x) => (typeof x === 'boolean' ? x : INVALID);

function oneOf<T extends string>(options: readonly T[]): FieldParse<T> {
  return (x) => (options.includes(x as T) ? (x as T) : INVALID);
}

/** A list whose every item parses; one bad item makes the whole list invalid, as before. */
function list<T>(item: FieldParse<T>): FieldParse<T[]> {
  return (x) => {
    if (!Array.isArray(x)) return INVALID;
    const out: T[] = [];
    for (const el of x) {
      const r = item(el);
      if (r === INVALID) return INVALID;
      out.push(r);
    }
    return out;
  };
}

/**
 * One check per field, so each field is judged alone. Written by hand rather than with a
 * schema library: the content script reads settings in every page and stays small.
 */
const FIELDS: { [K in Exclude<keyof Settings, 'version'>]: FieldParse<Settings[K]> } = {
  enabled: boolean,
  disabledSites: list(host),
  kinds: list(oneOf(ENTITY_KINDS)),
  markStyle: oneOf(['underline', 'tint', 'none'] as const),
  firstOnly: boolean,
};

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
  for (const [key, parse] of Object.entries(FIELDS) as [keyof Fields, FieldParse<unknown>][]) {
    const r = parse(Object.hasOwn(migrated, key) ? migrated[key] : undefined);
    const value = r === INVALID ? structuredClone(DEFAULT_SETTINGS[key]) : r;
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
