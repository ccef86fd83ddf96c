import type { CuesByKind } from './cues.ts';
import type { Dataset, EntityInfo } from './dataset-schema.ts';

/**
 * Largest pack file accepted. Chrome gives `storage.local` 10 MB without `unlimitedStorage`
 * (which Firefox announces at install as storing unlimited data, a prompt a reader who never
 * imports a pack should not see); a pack is stored once as data and again inside the merged
 * matcher tables, so 4 MB per file and {@link PACKS_BUDGET_BYTES} in all keep well inside it.
 */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

/** What all imported packs together may take, counted as their files' sizes. */
export const PACKS_BUDGET_BYTES = 8 * 1024 * 1024;

/** How many schema or reference problems an import error lists before it just counts the rest. */
export const MAX_LISTED_PROBLEMS = 8;

/** An imported pack as the options page lists it. */
export interface PackInfo {
  /** Stable for the pack's life; namespaces its sources, polls and quotes (`pack:<id>:<sourceId>`). */
  id: string;
  /** The pack's `name` field, else its file name without `.json`. */
  name: string;
  fileName: string;
  /** Size of the imported file in bytes. */
  bytes: number;
  counts: { sources: number; entities: number; quotes: number; polls: number };
  /** When it was imported, as an ISO 8601 instant. */
  importedAt: string;
}

/** A pack as stored: its listing and its validated dataset. */
export interface StoredPack {
  info: PackInfo;
  dataset: Dataset;
}

/**
 * Why an import was refused, as data rather than prose, so the options page can say it in the
 * reader's language; field paths and the checks' own lines stay as written.
 */
export type PackError =
  | { code: 'tooLarge'; bytes: number; limit: number }
  | { code: 'notUtf8' }
  | { code: 'badJson'; line: number; column: number; detail: string }
  | { code: 'notDataset'; problems: string[]; more: number }
  | { code: 'noRoom'; bytes: number; used: number; limit: number }
  | { code: 'storage'; detail: string };

/** The answer to an import: the new list, or why nothing changed. */
export type PackImportResult = { ok: true; pack: PackInfo; packs: PackInfo[] } | { ok: false; error: PackError };

/**
 * The merged matcher as stored for content scripts: the bundled dictionary plus every pack,
 * compiled once at import into one automaton, and the entities the bundle does not know.
 */
export interface PackTables {
  /** Fingerprint of the bundled dictionary these tables were merged with; stale after an update. */
  base: string;
  /** `encodeCompiled` output. */
  tables: string;
  /** The pack-only entities, as the page app names and filters their marks. */
  entities: EntityInfo[];
  /**
   * Per kind, the cues of the spellings the packs add to the bundle's: without them a page naming
   * only a pack's entities is ruled out before the matcher loads. Missing in tables stored before
   * packs had cues, which are then compiled again.
   */
  cues?: CuesByKind;
}
