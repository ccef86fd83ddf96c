import { existsSync } from 'node:fs';
import * as v from 'valibot';
import { EntitySchema, type Entity } from '../core/dataset-schema.ts';
import { CurationSchema, NO_CURATION, type Curation } from './curation-schema.ts';
import { InputError } from './input-error.ts';
import { readJsonFile } from './read-json.ts';

const RegistrySchema = v.strictObject({ version: v.literal(1), entities: v.array(EntitySchema) });

/**
 * Reads `data/entities.json` and checks what the schema cannot: unique ids, and guards that name
 * one of their entity's aliases. A registry mistake would otherwise surface later as a wrong match.
 */
export function readRegistry(path: string): Entity[] {
  const entities = readJsonFile(path, RegistrySchema).entities;
  const ids = new Set<string>();
  for (const e of entities) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) throw new InputError(path, `entity id "${e.id}" is not kebab-case`);
    if (ids.has(e.id)) throw new InputError(path, `entity id "${e.id}" appears twice`);
    ids.add(e.id);
    for (const g of e.guards ?? []) {
      if (!e.aliases.includes(g.alias)) throw new InputError(path, `entity "${e.id}" has a guard for "${g.alias}", which is not one of its aliases`);
    }
  }
  return entities;
}

/** Reads `data/curation.json`; a missing file means no curation. */
export function readCuration(path: string | null): Curation {
  if (path === null || !existsSync(path)) return NO_CURATION;
  return readJsonFile(path, CurationSchema);
}
