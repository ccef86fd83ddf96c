import type { Entity } from '../dataset-schema.ts';

/**
 * Combines the bundled dictionary with data packs into one, to compile once (at import) into one
 * automaton; a page never runs two matchers whose answers could disagree.
 *
 * The rule: entities are keyed by id, and a later dictionary's entity replaces an earlier one
 * with the same id in place (a pack may correct the bundled record, guards included). Entities
 * with different ids keep all their aliases, even where two of them share an alias: the shared
 * alias then becomes ambiguous and links only where the document named exactly one of the two
 * in full before (see `resolveOutputs`), and otherwise links nothing. A pack can therefore add
 * names, but never silently take over a name that already means someone else.
 */
export function mergeDictionaries(...dictionaries: readonly (readonly Entity[])[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const dictionary of dictionaries) {
    for (const entity of dictionary) byId.set(entity.id, entity);
  }
  return [...byId.values()];
}
