import type { Entity } from '../dataset-schema.ts';
import { isWordAt, normalizeKey } from '../normalize.ts';
import { declension } from './endings.ts';

/** First unit of the private-use block that marks "an ending of class k follows" inside a key. */
export const SLOT_BASE = 0xe000;
/** One past the last slot unit; text units in `[SLOT_BASE, SLOT_END)` never follow a trie edge. */
export const SLOT_END = 0xe100;

/** Output flag: the match must begin with a capital letter. */
export const FLAG_CAPITALISED = 1;
/** Output flag: the entity must have been named in full earlier in the document. */
export const FLAG_AFTER_FULL_NAME = 2;
/** Output flag: a phrase naming another bearer; where it matches, nothing links. */
export const FLAG_BLOCKER = 4;
/**
 * Output flag: a `capitalised` guard on an alias written all in capitals (US, UPI) asks for
 * capitals throughout, so "Us Weekly" at the start of a sentence is not the United States.
 */
export const FLAG_ALL_CAPS = 8;

/** Whether a written alias is an acronym in capitals: two or more letters, none lower case. */
export function isAllCaps(alias: string): boolean {
  return (alias.match(/\p{L}/gu) ?? []).length >= 2 && !/\p{Ll}/u.test(alias);
}

/** One pattern to put in the automaton: the key to follow and what reaching its end means. */
export interface KeyEntry {
  key: string;
  entity: number;
  flags: number;
}

/**
 * The key of an alias: its normalised form, with every declinable Cyrillic word cut to its stem
 * and followed by the slot unit of its ending class. Null when the alias cannot match (empty,
 * not starting with a letter or digit, or holding units reserved for slots or piece barriers).
 */
export function aliasKey(alias: string): string | null {
  const norm = normalizeKey(alias);
  if (!norm || !isWordAt(norm, 0)) return null;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if ((c >= SLOT_BASE && c < SLOT_END) || c === 0xffff) return null;
  }
  const rawWords = alias.trim().split(/[\s\p{Pd}\u2212]+/u);
  const words = norm.split(' ');
  return words
    .map((w, i) => {
      const raw = rawWords.length === words.length ? (rawWords[i] ?? '') : '';
      const upper = raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      const d = declension(w, upper);
      return d ? d.stem + String.fromCharCode(SLOT_BASE + d.endingClass) : w;
    })
    .join(' ');
}

/**
 * Every pattern of a dictionary: each entity's name and aliases with the flags of their guards,
 * and each guard's `blockedBy` phrases as blockers. Guards find their alias by normalised form,
 * so "Trump" and "trump" in the data are the same alias.
 */
export function dictionaryKeys(entities: readonly Entity[]): KeyEntry[] {
  const out: KeyEntry[] = [];
  entities.forEach((e, entity) => {
    const guards = new Map<string, number>();
    const seen = new Set<string>();
    for (const g of e.guards ?? []) {
      const k = normalizeKey(g.alias);
      const caps = g.capitalised ? FLAG_CAPITALISED | (isAllCaps(g.alias) ? FLAG_ALL_CAPS : 0) : 0;
      const flags = caps | (g.afterFullName ? FLAG_AFTER_FULL_NAME : 0);
      guards.set(k, (guards.get(k) ?? 0) | flags);
      for (const b of g.blockedBy ?? []) {
        const bk = aliasKey(b);
        if (bk !== null) out.push({ key: bk, entity, flags: FLAG_BLOCKER });
      }
    }
    for (const alias of [e.name, ...e.aliases]) {
      const k = aliasKey(alias);
      if (k === null || seen.has(k)) continue;
      seen.add(k);
      out.push({ key: k, entity, flags: guards.get(normalizeKey(alias)) ?? 0 });
    }
  });
  return out;
}
