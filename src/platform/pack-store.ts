import type { CuesByKind } from '../core/cues.ts';
import type { Dataset } from '../core/dataset-schema.ts';
import type { PackInfo, PackTables, StoredPack } from '../core/pack-types.ts';
import type { ContentPlatform } from './platform.ts';

/** The list of imported packs, read by the options page through the background. */
export const PACKS_KEY = 'packs';
/** The merged matcher tables, read by every content script on load. */
export const PACK_TABLES_KEY = 'packTables';
/**
 * The packs' cues (`PackTables.cues`) apart from the tables: every content script reads this
 * small record, and the megabytes of tables only once a page may name something.
 */
export const PACK_CUES_KEY = 'packCues';
/** One pack's dataset, read by the background only. */
const dataKey = (id: string): string => `packData:${id}`;

/**
 * `storage.local` as Chrome (`chrome`) and Firefox (`browser`) both offer it with promises. A
 * `set` of several keys is one write in both (one LevelDB batch, one IndexedDB transaction),
 * which is what makes an import all-or-nothing.
 */
export interface LocalArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The browser's own `storage.local`; only the background calls this. */
export function browserLocalArea(): LocalArea {
  const g = globalThis as { browser?: { storage: { local: LocalArea } }; chrome?: { storage: { local: LocalArea } } };
  return (g.browser ?? g.chrome)!.storage.local;
}

/** Where packs live. Every change is a single `set` (plus, on removal, dropping data no key names any more). */
export interface PackStore {
  list(): Promise<PackInfo[]>;
  /** Every pack with its dataset, in import order; packs whose data is missing are left out. */
  all(): Promise<StoredPack[]>;
  tables(): Promise<PackTables | null>;
  /** Stores the new list and tables and the added packs' data in one write. */
  save(packs: PackInfo[], tables: PackTables | null, added?: StoredPack): Promise<void>;
  /** Drops a pack's data once the list no longer names it. */
  dropData(id: string): Promise<void>;
}

const isInfo = (x: unknown): x is PackInfo =>
  typeof x === 'object' && x !== null && typeof (x as PackInfo).id === 'string' && typeof (x as PackInfo).name === 'string';

/** A pack store over a storage area; tests pass an in-memory one. */
export function createPackStore(area: LocalArea): PackStore {
  const list = async (): Promise<PackInfo[]> => {
    const raw = (await area.get(PACKS_KEY))[PACKS_KEY];
    return Array.isArray(raw) ? raw.filter(isInfo) : [];
  };
  return {
    list,
    async all() {
      const infos = await list();
      if (infos.length === 0) return [];
      const got = await area.get(infos.map((p) => dataKey(p.id)));
      return infos.flatMap((info) => {
        const dataset = got[dataKey(info.id)] as Dataset | undefined;
        return dataset ? [{ info, dataset }] : [];
      });
    },
    async tables() {
      return parsePackTables((await area.get(PACK_TABLES_KEY))[PACK_TABLES_KEY]);
    },
    async save(packs, tables, added) {
      await area.set({ [PACKS_KEY]: packs, [PACK_TABLES_KEY]: tables, [PACK_CUES_KEY]: tables?.cues ?? null, ...(added ? { [dataKey(added.info.id)]: added.dataset } : {}) });
    },
    dropData: (id) => area.remove(dataKey(id)),
  };
}

/** Stored tables, trusted only when every field has its type; anything else means "no packs". */
function parsePackTables(raw: unknown): PackTables | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { base, tables, entities, cues } = raw as Partial<PackTables>;
  if (typeof base !== 'string' || typeof tables !== 'string' || !Array.isArray(entities)) return null;
  const ok = entities.every((e) => typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.kind === 'string');
  const parsedCues = parseCues(cues);
  return ok ? { base, tables, entities, ...(parsedCues ? { cues: parsedCues } : {}) } : null;
}

/** Cue sources per kind, trusted only when every value is a string. */
export function parseCues(raw: unknown): CuesByKind | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  return Object.values(raw).every((v) => typeof v === 'string') ? (raw as CuesByKind) : null;
}

/**
 * The packs' cues for a content script's gate, or null when no pack is imported: one small read
 * made beside the settings' on every page, so a page naming only a pack's entities is not ruled out.
 */
export async function readPackCues(platform: Pick<ContentPlatform, 'storageGet'>): Promise<CuesByKind | null> {
  return parseCues(await platform.storageGet(PACK_CUES_KEY).catch(() => null));
}

/**
 * The merged tables for a content script, or null when no pack is imported (or storage holds
 * something unreadable): the content script then uses the bundled tables it carries.
 */
export async function readPackTables(platform: Pick<ContentPlatform, 'storageGet'>): Promise<PackTables | null> {
  return parsePackTables(await platform.storageGet(PACK_TABLES_KEY).catch(() => null));
}

/** An in-memory `storage.local` for tests; `failNextSet` plays a full quota. */
export function createMemoryLocalArea(data = new Map<string, unknown>()): LocalArea & { data: Map<string, unknown>; failNextSet: string | null } {
  const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));
  const area = {
    data,
    failNextSet: null as string | null,
    async get(keys: string | string[]) {
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      if (area.failNextSet !== null) {
        const message = area.failNextSet;
        area.failNextSet = null;
        throw new Error(message);
      }
      for (const [k, v] of Object.entries(items)) data.set(k, clone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
  return area;
}
