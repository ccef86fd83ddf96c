import { CUES_VERSION, cuesByKind } from './cues.ts';
import { entityInfo, type Dataset, type Entity } from './dataset-schema.ts';
import { COMPILED_VERSION, compileMatcher, encodeCompiled } from './matcher/index.ts';
import type { PackTables } from './pack-types.ts';

/**
 * A fingerprint of a dictionary (FNV-1a over its entities' ids and aliases) and of the table
 * format. Stored tables carry the bundled dictionary's, so after an update that changes the bundle
 * or the engine's table format they are known stale and compiled again rather than used with
 * yesterday's names or refused by the decoder.
 */
export function dictionaryStamp(entities: readonly Entity[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  for (const e of entities) {
    feed(e.id);
    feed(e.kind);
    for (const a of e.aliases) feed(a);
    feed(JSON.stringify(e.guards ?? null));
  }
  return `v${COMPILED_VERSION}.${CUES_VERSION}-${entities.length}-${(h >>> 0).toString(36)}`;
}

/**
 * The engine's run-time compile, once per import or removal: one automaton over the merged
 * dictionary (bundle and packs), plus the names and kinds of entities the bundle lacks, which the
 * content script needs to name and filter their marks, and the cues of every spelling the bundle
 * lacks (a pack's new names, and new aliases it gives bundled entities), which its cue gate needs.
 */
export function compilePackTables(bundled: Dataset, merged: Dataset): PackTables {
  const bundledById = new Map(bundled.entities.map((e) => [e.id, e]));
  const added = merged.entities.flatMap((e) => {
    const known = bundledById.get(e.id);
    const had = new Set(known ? [known.name, ...known.aliases] : []);
    const names = [e.name, ...e.aliases].filter((n) => !had.has(n));
    return names.length ? [{ kind: e.kind, names }] : [];
  });
  return {
    base: dictionaryStamp(bundled.entities),
    tables: encodeCompiled(compileMatcher(merged.entities)),
    entities: merged.entities.filter((e) => !bundledById.has(e.id)).map(entityInfo),
    cues: cuesByKind(added),
  };
}
