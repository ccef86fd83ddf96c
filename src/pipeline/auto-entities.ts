import type { Entity } from '../core/dataset-schema.ts';
import { normalizeKey } from '../core/normalize.ts';

const CYRILLIC: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };

/** A kebab-case id from a name in any script the articles use. */
export function slug(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  return latin.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
}

/**
 * Entities for named speakers the registry lacks, so their quotes stay attributed. Each is a
 * person marked `auto: true`, with the role the article gives, if any; a name the registry
 * knows under any alias resolves to the registry's entity instead.
 */
export class AutoEntities {
  private readonly byId = new Map<string, Entity>();
  private readonly known = new Map<string, string>();
  private readonly registryIds: Set<string>;

  constructor(registry: readonly Entity[]) {
    this.registryIds = new Set(registry.map((e) => e.id));
    for (const e of registry) for (const a of e.aliases) this.known.set(normalizeKey(a), e.id);
  }

  /** The entity id for a speaker named `name` in the source titled `title`. */
  resolve(name: string, role: string, source: { title: string; publisher: string | null }): string {
    const key = normalizeKey(name);
    const known = this.known.get(key);
    if (known) return known;
    let id = slug(name);
    if (this.registryIds.has(id)) id = `${id}-auto`;
    if (!this.byId.has(id)) {
      const where = source.publisher ? `“${source.title}” (${source.publisher})` : `“${source.title}”`;
      this.byId.set(id, {
        id, kind: 'person', name, aliases: [name],
        description: `Quoted in ${where}; not yet in the curated registry.`,
        role: role.trim() === '' ? null : role.trim(), auto: true,
      });
      this.known.set(key, id);
    }
    return id;
  }

  /** The entities created so far, by id. */
  list(): Entity[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
