import type { AliasGuard, Dataset, Entity } from './dataset-schema.ts';
import { mergeDictionaries } from './matcher/index.ts';
import type { StoredPack } from './pack-types.ts';

/** The prefix of every source, poll and quote id a pack brings: `pack:<packId>:`. */
export function packPrefix(packId: string): string {
  return `pack:${packId}:`;
}

/** `base` with `extra`'s aliases added and its guards for aliases `base` does not guard. */
function unite(base: Entity, extra: Entity): Entity {
  const aliases = [...new Set([...base.aliases, ...extra.aliases])];
  if (aliases.length === base.aliases.length) return base;
  const guarded = new Set((base.guards ?? []).map((g) => g.alias));
  const guards: AliasGuard[] = [...(base.guards ?? []), ...(extra.guards ?? []).filter((g) => !guarded.has(g.alias) && !base.aliases.includes(g.alias))];
  return { ...base, aliases, ...(guards.length ? { guards } : {}) };
}

/** A quote's links to other quotes of its pack (`corrects`, `contradicts`), namespaced like the quotes. */
function quoteLinks(q: object, ns: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['corrects', 'contradicts']) {
    const target = (q as Record<string, unknown>)[key];
    if (typeof target === 'string') out[key] = ns + target;
  }
  return out;
}

/**
 * The bundled dataset with packs merged in, in import order. The rule (docs/dataset.md):
 * - An entity id means the same entity everywhere. A pack built with `factlens build-data` carries
 *   the bundled registry, so its "dmitry-peskov" is the bundled one: the first record (the bundle's,
 *   else the earliest pack's) keeps its name, kind, description and guards, and gains the pack's
 *   new aliases (with their guards); the pack's quotes by him join his card.
 * - Sources, polls and quotes are namespaced per pack (`pack:<packId>:<id>`): article file names
 *   and quote ids repeat freely between packs, and two packs must never overwrite each other.
 * - Different ids sharing an alias stay two entities; the engine then treats the alias as
 *   ambiguous (see `mergeDictionaries`), so a pack cannot take over a name the bundle links.
 */
export function mergePacks(bundled: Dataset, packs: readonly StoredPack[]): Dataset {
  let entities: Entity[] = bundled.entities;
  const out: Dataset = { version: 1, sources: [...bundled.sources], entities, polls: [...bundled.polls], quotes: [...bundled.quotes] };
  for (const { info, dataset } of packs) {
    const ns = packPrefix(info.id);
    const known = new Map(entities.map((e) => [e.id, e]));
    entities = mergeDictionaries(entities, dataset.entities.map((e) => {
      const first = known.get(e.id);
      return first ? unite(first, e) : e;
    }));
    out.sources.push(...dataset.sources.map((s) => ({ ...s, id: ns + s.id })));
    out.polls.push(...dataset.polls.map((p) => ({ ...p, id: ns + p.id, sourceId: ns + p.sourceId })));
    out.quotes.push(...dataset.quotes.map((q) => ({ ...q, id: ns + q.id, sourceId: ns + q.sourceId, ...quoteLinks(q, ns) })));
  }
  out.entities = entities;
  return out;
}
