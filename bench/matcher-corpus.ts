import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/core/dataset-schema.ts';

import { prng } from '../test/unit/fuzz/prng.ts';

export { prng };
const EN = ('the of and to in a that said for on was with as by at from his it an were have which has be are ' +
  'not this but had they its been after their president minister talks summit poll percent survey relations ' +
  'sanctions officials government foreign meeting week agency spokesman policy election report news country ' +
  'economic security leaders tensions bilateral agreement Monday Tuesday Friday July Washington Moscow').split(' ');
const RU = ('и в не на что с по как это он к из за о от для все так его но года также было заявил президент ' +
  'встреча отношения опрос санкции переговоры России США Кремль министр саммит июля время').split(' ');

/** Article-like text: the sources repeated, and generated sentences in English and Russian naming registry entities. */
export function articleText(root: string, entities: readonly Entity[], bytes: number): string {
  const dir = join(root, 'data/sources');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const names = entities.flatMap((e) => [e.name, ...e.aliases]);
  const r = prng(42);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let chunk: string;
    if (r() < 0.5 && sources.length > 0) chunk = pick(sources);
    else {
      const sentences: string[] = [];
      for (let s = 0; s < 12; s++) {
        const words = Array.from({ length: 8 + Math.floor(r() * 14) }, () => (r() < 0.08 ? pick(names) : pick(r() < 0.2 ? RU : EN)));
        const w0 = words[0] as string;
        words[0] = w0.charAt(0).toUpperCase() + w0.slice(1);
        sentences.push(`${words.join(' ')}.`);
      }
      chunk = sentences.join(' ');
    }
    parts.push(chunk, '\n\n');
    size += chunk.length + 2;
  }
  return parts.join('');
}

const LATIN = ['ka', 'ro', 'vel', 'mi', 'an', 'der', 'son', 'ta', 'li', 'mor', 'ben', 'ga', 'sto', 'vi', 'ch', 'el', 'ra', 'nov', 'ski', 'to', 'bar', 'lin', 'wen', 'ost'];
const CYR = ['ка', 'ро', 'вел', 'ми', 'ан', 'дер', 'сон', 'та', 'ли', 'мор', 'бен', 'га', 'сто', 'ви', 'нов', 'ский', 'ров', 'лин'];

/** `count` distinct synthetic names ("Velmi Andersonka", some in Cyrillic), one entity each. */
export function syntheticEntities(count: number, seed: number): Entity[] {
  const r = prng(seed);
  const seen = new Set<string>();
  const out: Entity[] = [];
  const word = (syl: readonly string[]) => {
    const n = 2 + Math.floor(r() * 3);
    const w = Array.from({ length: n }, () => syl[Math.floor(r() * syl.length)] as string).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  while (out.length < count) {
    const syl = r() < 0.1 ? CYR : LATIN;
    const name = r() < 0.3 ? word(syl) : `${word(syl)} ${word(syl)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ id: `syn-${out.length}`, kind: 'person', name, aliases: [], description: '' });
  }
  return out;
}
