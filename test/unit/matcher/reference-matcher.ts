import type { Entity } from '../../../src/core/dataset-schema.ts';
import { declension, ENDING_CLASSES } from '../../../src/core/matcher/endings.ts';
import { isAllCaps } from '../../../src/core/matcher/keys.ts';
import type { Mention } from '../../../src/core/matcher/types.ts';
import { isWordAt, normalizeKey, normalizeText } from '../../../src/core/normalize.ts';

/**
 * A slow matcher that follows the rules word for word, to hold the engine to: every alias is
 * expanded into every written form it may take (each Cyrillic word with each ending of its
 * class), and at every word start every form is tried with `startsWith` on the normalised text.
 */
interface Form {
  text: string;
  entity: number;
  capitalised: boolean;
  allCaps: boolean;
  afterFullName: boolean;
  blocker: boolean;
}

function forms(alias: string): string[] {
  const key = normalizeKey(alias);
  if (!key || !isWordAt(key, 0)) return [];
  if (/[\uffff\ue000-\ue0ff]/.test(key)) return [];
  const words = key.split(' ');
  const raw = alias.trim().split(/[\s\p{Pd}\u2212]+/u);
  let out = [''];
  words.forEach((w, i) => {
    const r = raw.length === words.length ? (raw[i] ?? '') : '';
    const upper = r.length > 1 && r === r.toUpperCase() && r !== r.toLowerCase();
    const d = declension(w, upper);
    const variants = d ? (ENDING_CLASSES[d.endingClass] ?? []).map((e) => d.stem + e) : [w];
    out = out.flatMap((prefix) => variants.map((v) => (i === 0 ? v : `${prefix} ${v}`)));
  });
  return out;
}

function allForms(entities: readonly Entity[]): Form[] {
  const list: Form[] = [];
  entities.forEach((e, entity) => {
    const guardOf = (alias: string) => (e.guards ?? []).filter((g) => normalizeKey(g.alias) === normalizeKey(alias));
    for (const g of e.guards ?? []) {
      for (const b of g.blockedBy ?? []) {
        for (const text of forms(b)) list.push({ text, entity, capitalised: false, allCaps: false, afterFullName: false, blocker: true });
      }
    }
    const done = new Set<string>();
    for (const alias of [e.name, ...e.aliases]) {
      const written = forms(alias);
      if (done.has(written.join('|'))) continue;
      done.add(written.join('|'));
      const gs = guardOf(alias);
      const capitalised = gs.some((g) => g.capitalised);
      const allCaps = gs.some((g) => g.capitalised && isAllCaps(g.alias));
      const afterFullName = gs.some((g) => g.afterFullName);
      for (const text of written) list.push({ text, entity, capitalised, allCaps, afterFullName, blocker: false });
    }
  });
  return list;
}

/** The reference answer for `text` as one document; `named` carries the entity ids named before. */
export function referenceScan(entities: readonly Entity[], text: string, named: Set<string> = new Set()): Mention[] {
  const list = allForms(entities);
  const { text: norm, starts } = normalizeText(text);
  const word = (j: number) => j >= 0 && j < norm.length && isWordAt(text, starts[j] as number);
  const out: Mention[] = [];
  let j = 0;
  while (j < norm.length) {
    if (!word(j) || word(j - 1)) {
      j++;
      continue;
    }
    let best = -1;
    for (const f of list) {
      const end = j + f.text.length;
      if (norm.startsWith(f.text, j) && !word(end) && end > best) best = end;
    }
    if (best < 0) {
      j++;
      continue;
    }
    const here = list.filter((f) => norm.startsWith(f.text, j) && j + f.text.length === best && !f.blocker);
    const start = starts[j] as number;
    const capital = /^[\p{Lu}\p{Lt}]/u.test(String.fromCodePoint(text.codePointAt(start) as number));
    const end = starts[best] as number;
    const lower = /\p{Ll}/u.test(text.slice(start, end));
    const passing = here.filter((f) => (!f.capitalised || capital) && (!f.allCaps || !lower) && (!f.afterFullName || named.has((entities[f.entity] as Entity).id)));
    const ids = [...new Set(passing.map((f) => f.entity))];
    let chosen = -1;
    if (ids.length === 1) chosen = ids[0] as number;
    else if (ids.length > 1) {
      const prior = ids.filter((i) => named.has((entities[i] as Entity).id));
      if (prior.length === 1) chosen = prior[0] as number;
    }
    if (chosen >= 0) {
      const id = (entities[chosen] as Entity).id;
      out.push({ start, end, entityId: id, text: text.slice(start, end) });
      if (ids.length === 1 && passing.some((f) => f.entity === chosen && !f.afterFullName)) named.add(id);
    }
    j = best;
  }
  return out;
}
