import type { Entity } from '../core/dataset-schema.ts';
import type { FoundMention } from './mention-finder.ts';

/** Something in a reporting sentence that may name who is speaking. */
export type Candidate =
  | { type: 'entity'; start: number; end: number; entityId: string; org: boolean }
  | { type: 'pronoun'; start: number; end: number; plural: boolean }
  | { type: 'role'; start: number; end: number; noun: string; org: boolean; definite: boolean; ofOrgId: string | null }
  | { type: 'name'; start: number; end: number; name: string; role: string };

const PERSON_NOUNS = 'spokesman|spokeswoman|spokesperson|press secretary|politician|president|prime minister|minister|official|diplomat|ambassador|envoy|senator|secretary|adviser|advisor|leader|chairman|chairwoman|head|director|chief|lawmaker|congressman|congresswoman|analyst|expert|sociologist|economist|governor|mayor|general|commander|candidate|nominee|researcher|professor|speaker|lawyer|attorney|judge|prosecutor|author|scientist|activist|journalist|reporter|editor|founder|ceo|executive|negotiator|representative|deputy';
const ORG_NOUNS = 'polling agency|agency|pollster|organi[sz]ation|institute|centre|center|ministry|government|company|newspaper|network|group|administration|committee|foundation|union|service|office|embassy|department|party|campaign';
const ROLE_RE = new RegExp(`\\b(the|a|an|its|his|her|their)\\s+((?:[\\p{L}’'.-]+\\s+){0,3}?)(${PERSON_NOUNS}|${ORG_NOUNS})s?\\b(?:\\s+(?:of|at)\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*)*))?`, 'giu');
const ORG_NOUN_RE = new RegExp(`^(${ORG_NOUNS})$`, 'i');
const PRONOUN_RE = /(?<![\p{L}])(he|she|they|он|она|они)(?![\p{L}])/giu;
const NAME_RE = /\p{Lu}[\p{Ll}’'-]+(?:[\s\u00a0]+(?:(?:al|el|bin|ibn|van|von|de|da|di|du|la|le)[\s\u00a0-]+)?\p{Lu}[\p{L}’'-]+){1,3}/gu;

/** Capitalised words that introduce a name ("Foreign Minister Sergey Lavrov") without being part of it. */
const TITLE_WORDS = new Set(('mr mrs ms miss dr sir lord lady president prime minister foreign defence defense interior finance secretary state spokesman spokeswoman '
  + 'spokesperson press ambassador senator sen rep representative governor gov general gen chancellor chairman chairwoman director deputy vice national security '
  + 'adviser advisor kremlin white house us u.s. uk russian american british former then chief head leader speaker republican democratic democrat mayor judge '
  + 'justice attorney special counsel commander colonel captain professor prof the a an ministry official officials envoy analyst economist sociologist '
  + 'pollster editor reporter correspondent ceo founder member mp mep premier king queen prince pope sheikh emir официальный представитель мид министр глава президент пресс-секретарь').split(' '));

/** Relative clauses ("Trump, who met Putin, said") name people who are not the subject. */
function relativeClauses(masked: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /,[\s\u00a0]+(who|which|whose|whom|where|when)\b[^,]*,/giu;
  const region = masked.slice(start, end);
  for (const m of region.matchAll(re)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

/** The mentions starting in `[start, end)`; mentions come sorted by start. */
function within(mentions: readonly FoundMention[], start: number, end: number): readonly FoundMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < mentions.length && mentions[stop]!.start < end) stop++;
  return mentions.slice(lo, stop);
}

const possessive = (text: string, end: number): boolean => /^['’]s?\b/u.test(text.slice(end, end + 2)) || /^['’](?![\p{L}])/u.test(text.slice(end, end + 2));

/**
 * Candidates in `[start, end)` of the masked text, in text order: registry mentions (people
 * and organisations), pronouns, role descriptions and unknown capitalised names. Possessives
 * ("Trump's") and names inside relative clauses are left out: they are not who is talking.
 */
export function findCandidates(masked: string, start: number, end: number, mentions: readonly FoundMention[], entities: ReadonlyMap<string, Entity>): Candidate[] {
  const out: Candidate[] = [];
  mentions = within(mentions, start, end);
  const skip = relativeClauses(masked, start, end);
  const inSkip = (a: number): boolean => skip.some(([s, e]) => a >= s && a < e);
  const region = masked.slice(start, end);
  const taken: Array<[number, number]> = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end || inSkip(m.start) || possessive(masked, m.end)) continue;
    const kind = entities.get(m.entityId)?.kind;
    if (kind !== 'person' && kind !== 'organization') continue;
    out.push({ type: 'entity', start: m.start, end: m.end, entityId: m.entityId, org: kind === 'organization' });
    taken.push([m.start, m.end]);
  }
  const overlaps = (a: number, b: number): boolean => taken.some(([s, e]) => a < e && b > s);
  for (const m of region.matchAll(PRONOUN_RE)) {
    const a = start + m.index;
    if (!inSkip(a)) out.push({ type: 'pronoun', start: a, end: a + m[0].length, plural: ['they', 'они'].includes(m[1]!.toLowerCase()) });
  }
  for (const m of region.matchAll(ROLE_RE)) {
    const a = start + m.index;
    if (inSkip(a) || (m[1]!.toLowerCase() !== 'the' && m[1]!.toLowerCase() !== 'a' && m[1]!.toLowerCase() !== 'an')) continue;
    const b = a + m[0].length;
    const nounEnd = a + m[1]!.length + 1 + m[2]!.length + m[3]!.length;
    if (mentions.some((x) => x.start >= a && x.end >= nounEnd - 1 && x.start < nounEnd)) continue;
    const orgMention = mentions.find((x) => x.start >= a && x.end <= b && entities.get(x.entityId)?.kind === 'organization');
    out.push({ type: 'role', start: a, end: b, noun: m[3]!.toLowerCase(), org: ORG_NOUN_RE.test(m[3]!), definite: m[1]!.toLowerCase() === 'the', ofOrgId: orgMention?.entityId ?? null });
  }
  for (const m of region.matchAll(NAME_RE)) {
    const a = start + m.index;
    const words = m[0].split(/[\s\u00a0]+/);
    let lead = 0;
    while (lead < words.length && TITLE_WORDS.has(words[lead]!.toLowerCase().replace(/[.,]$/, ''))) lead++;
    const nameWords = words.slice(lead);
    if (nameWords.length < 2 || inSkip(a)) continue;
    const name = nameWords.join(' ');
    const nameStart = a + m[0].lastIndexOf(name);
    if (overlaps(nameStart, nameStart + name.length) || possessive(masked, a + m[0].length)) continue;
    out.push({ type: 'name', start: nameStart, end: nameStart + name.length, name, role: words.slice(0, lead).join(' ') });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
