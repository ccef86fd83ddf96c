import type { Dataset } from '../core/dataset-schema.ts';
import { mergePacks } from '../core/pack-merge.ts';
import { parsePack } from '../core/pack-parse.ts';
import { compilePackTables, dictionaryStamp } from '../core/pack-tables.ts';
import { PACKS_BUDGET_BYTES, type PackImportResult, type PackInfo, type StoredPack } from '../core/pack-types.ts';
import type { PackStore } from '../platform/pack-store.ts';
import type { DataService } from './background.ts';

/** Imported data packs, and the data service over the bundle and them. */
export interface PackService {
  /** Answers over the bundled dataset merged with every pack; waits for the packs to load. */
  readonly data: DataService;
  list(): Promise<PackInfo[]>;
  /** Validates, merges and compiles fully, then stores in one write; a refusal changes nothing. */
  importPack(fileName: string, text: string): Promise<PackImportResult>;
  remove(packId: string): Promise<PackInfo[]>;
  /**
   * Compiles the stored tables again when they were made for another bundle or table format (the
   * extension was updated) or lack the packs' cues, so pages mark the packs' names without waiting for a first lookup.
   * Reads only the tables when they are current.
   */
  refreshIfStale(): Promise<void>;
}

interface State {
  packs: StoredPack[];
  data: DataService;
}

/** A short id from the pack's name, unique among `taken`. */
function packIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'pack';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/**
 * A data service that waits for `current` before each answer. Chrome stops the service worker
 * when idle and packs must be read back from storage when it wakes, so even the first lookup
 * after waking must see them. Methods are looked up on the current service at call time, so one
 * added to `DataService` needs no change here.
 */
function deferred(current: () => Promise<DataService>): DataService {
  return new Proxy({} as DataService, {
    get(_target, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      return (...args: unknown[]) => current().then((s) => (s as unknown as Record<string, (...a: unknown[]) => unknown>)[key]?.(...args));
    },
  });
}

/**
 * Imported packs for the background. `serve` turns a dataset into the answering service (the
 * bundle's own `datasetService`), so lookup, search, sources and the timeline all see the packs.
 */
export function createPackService(bundled: Dataset, store: PackStore, serve: (d: Dataset) => DataService, now = () => new Date()): PackService {
  const base = dictionaryStamp(bundled.entities);
  // A pack built with `build-data` repeats the bundled registry; its line counts only the names it adds.
  const bundledIds = new Set(bundled.entities.map((e) => e.id));
  const stateFor = (packs: StoredPack[], merged = packs.length ? mergePacks(bundled, packs) : bundled): State => ({ packs, data: serve(merged) });
  let state: Promise<State> | null = null;
  const load = (): Promise<State> =>
    (state ??= (async () => {
      const packs = await store.all().catch(() => []);
      // Tables merged with an older bundle (the extension was updated since), or stored before packs had cues: compile them again.
      const tables = packs.length ? await store.tables().catch(() => null) : null;
      if (packs.length && (tables?.base !== base || !tables.cues)) {
        await store.save(packs.map((p) => p.info), compilePackTables(bundled, mergePacks(bundled, packs))).catch(() => undefined);
      }
      return stateFor(packs);
    })());
  // One change at a time: two imports racing would each store a list without the other.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    data: deferred(async () => (await load()).data),
    list: async () => (await load()).packs.map((p) => p.info),
    refreshIfStale: async () => {
      const tables = await store.tables().catch(() => null);
      if (tables && (tables.base !== base || !tables.cues)) await load();
    },
    importPack: (fileName, text) =>
      serial(async (): Promise<PackImportResult> => {
        const parsed = parsePack(text, fileName);
        if (!parsed.ok) return parsed;
        const { packs } = await load();
        const { name, dataset } = parsed.pack;
        const replaced = packs.find((p) => p.info.name === name);
        const others = packs.filter((p) => p !== replaced);
        const bytes = new TextEncoder().encode(text).byteLength;
        const used = others.reduce((n, p) => n + p.info.bytes, 0);
        if (used + bytes > PACKS_BUDGET_BYTES) return { ok: false, error: { code: 'noRoom', bytes, used, limit: PACKS_BUDGET_BYTES } };
        const info: PackInfo = {
          id: replaced?.info.id ?? packIdFor(name, new Set(packs.map((p) => p.info.id))),
          name,
          fileName: fileName.slice(0, 200),
          bytes,
          counts: { sources: dataset.sources.length, entities: dataset.entities.filter((e) => !bundledIds.has(e.id)).length, quotes: dataset.quotes.length, polls: dataset.polls.length },
          importedAt: now().toISOString(),
        };
        const added = { info, dataset };
        const next = replaced ? packs.map((p) => (p === replaced ? added : p)) : [...packs, added];
        const merged = mergePacks(bundled, next);
        const tables = compilePackTables(bundled, merged);
        try {
          await store.save(next.map((p) => p.info), tables, added);
        } catch (e) {
          return { ok: false, error: { code: 'storage', detail: String((e as Error)?.message ?? e) } };
        }
        state = Promise.resolve(stateFor(next, merged));
        return { ok: true, pack: info, packs: next.map((p) => p.info) };
      }),
    remove: (packId) =>
      serial(async () => {
        const { packs } = await load();
        const next = packs.filter((p) => p.info.id !== packId);
        if (next.length === packs.length) return packs.map((p) => p.info);
        const merged = next.length ? mergePacks(bundled, next) : bundled;
        await store.save(next.map((p) => p.info), next.length ? compilePackTables(bundled, merged) : null);
        state = Promise.resolve(stateFor(next, merged));
        await store.dropData(packId).catch(() => undefined);
        return next.map((p) => p.info);
      }),
  };
}
