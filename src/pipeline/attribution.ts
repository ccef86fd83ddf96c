import type { Entity } from '../core/dataset-schema.ts';
import type { FoundMention } from './mention-finder.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { findCandidates, type Candidate } from './speaker-candidates.ts';
import { rangeAt, type Range } from './text-units.ts';

/** Who said a quotation, and how the pipeline knows. */
export interface Attribution {
  /** A registry entity, or null. */
  entityId: string | null;
  /** A named speaker missing from the registry; becomes an `auto` entity. */
  newName: { name: string; role: string } | null;
  /** verb: a speech verb or "according to" ties the quote to a speaker; continuation: the previous quote's speaker goes on; none: nothing does. */
  via: 'verb' | 'continuation' | 'lead' | 'none';
}

const SPEECH_VERB = /(?<![\p{L}])(сказал[аи]?|заявил[аи]?|отметил[аи]?|добавил[аи]?|сообщил[аи]?|подчеркнул[аи]?|пояснил[аи]?|написал[аи]?|по словам|said|says|say|saying|told|tells|tell|telling|stated|states|stating|added|adds|adding|noted|notes|noting|asked|asks|argued|argues|arguing|claimed|claims|claiming|insisted|insists|insisting|warned|warns|warning|wrote|writes|writing|explained|explains|explaining|stressed|stresses|stressing|declared|declares|commented|comments|replied|replies|responded|responds|urged|urges|announced|announces|acknowledged|admitted|recalled|suggested|concluded|remarked|observed|tweeted|posted|called|described|promised|vowed|predicted|complained|conceded|mentioned|talked about|talks about|spoke of|spoke about|speaking of|assured|emphasi[sz]ed|emphasi[sz]ing|pointed out|put it|quipped|joked|cautioned|according to|in a statement)(?![\p{L}])/giu;

/** Everything attribution needs to know about one cleaned article. */
export interface ArticleContext {
  text: string;
  masked: string;
  /** Sentences of all paragraphs, in order, on the masked text. */
  sentences: Range[];
  paragraphs: Range[];
  mentions: readonly FoundMention[];
  entities: ReadonlyMap<string, Entity>;
}

type Pick = { entityId: string | null; newName: Attribution['newName'] } | null;

/** How far around a quotation attribution looks: reporting clauses are short, and odd text must stay linear. */
const REACH = 600;


function verbs(masked: string, start: number, end: number): Array<{ start: number; end: number; word: string }> {
  return [...masked.slice(start, end).matchAll(SPEECH_VERB)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, word: m[0].toLowerCase() }));
}

/**
 * Attributes every quotation of an article, in text order, so pronouns and continuations can
 * lean on the speakers found before them. Rules: a speech verb after the quotation (`"...," X
 * said`, `"...," said X`), one before it in the same sentence (`X said:`, `X told reporters
 * "..."`, `stating:`), `according to X`, a name leading the words after a quote-first comma, and
 * a quotation standing alone right after another, which continues that speaker.
 */
export function attributeQuotes(ctx: ArticleContext, spans: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const bySentence = new Map<number, string>();
  spans.forEach((span, k) => {
    const si = rangeAt(ctx.sentences, span.open);
    const whole = ctx.sentences[si] ?? { start: span.open, end: span.close + 1 };
    const sentence = { start: Math.max(whole.start, span.open - REACH), end: whole.end };
    const resolveAt = (c: Candidate): Pick => resolve(ctx, c, si, bySentence);
    const endsWithComma = /[,?!]$/.test(ctx.text.slice(span.start, span.end)) || /^[,]/.test(ctx.text.slice(span.close + 1, span.close + 3));
    const closed = ctx.sentences[rangeAt(ctx.sentences, span.close)] ?? sentence;
    const closing = { start: closed.start, end: Math.min(closed.end, span.close + REACH) };
    const tail = tailAttribution(ctx, span, closing, endsWithComma, resolveAt);
    const prefix = tail ? null : prefixAttribution(ctx, span, sentence, resolveAt);
    let result: Attribution;
    const found = tail ?? prefix;
    if (found) {
      result = { ...found.pick, via: found.via };
    } else {
      const prev = k > 0 ? out[k - 1] : undefined;
      const prevSpan = k > 0 ? spans[k - 1] : undefined;
      const startsSentence = ctx.masked.slice(sentence.start, span.open).trim() === '';
      const near = prevSpan !== undefined && rangeAt(ctx.paragraphs, span.open) - rangeAt(ctx.paragraphs, prevSpan.close) <= 1;
      result = startsSentence && near && prev && (prev.entityId || prev.newName)
        ? { entityId: prev.entityId, newName: prev.newName, via: 'continuation' }
        : { entityId: null, newName: null, via: 'none' };
    }
    if (result.entityId) bySentence.set(si, result.entityId);
    out.push(result);
  });
  return out;
}

function tailAttribution(ctx: ArticleContext, span: QuoteSpan, sentence: Range, comma: boolean, resolveAt: (c: Candidate) => Pick): { pick: NonNullable<Pick>; via: Attribution['via'] } | null {
  let from = span.close + 1;
  while (from < sentence.end && /[\s\u00a0,—–-]/.test(ctx.masked[from]!)) from++;
  const end = sentence.end;
  if (from >= end) return null;
  const verb = verbs(ctx.masked, from, Math.min(clauseEnd(ctx.masked, from, end, false), from + 100))[0];
  if (verb) {
    const before = pickSubject(findCandidates(ctx.masked, from, verb.start, ctx.mentions, ctx.entities), resolveAt);
    if (before) return { pick: before, via: 'verb' };
    const after = findCandidates(ctx.masked, verb.end, clauseEnd(ctx.masked, verb.end, end), ctx.mentions, ctx.entities);
    const first = pickFirst(after, resolveAt);
    return first ? { pick: first, via: 'verb' } : null;
  }
  if (!comma) return null;
  const lead = findCandidates(ctx.masked, from, end, ctx.mentions, ctx.entities)[0];
  if (lead && lead.start - from <= 1 && lead.type !== 'pronoun') {
    const pick = resolveAt(lead);
    if (pick) return { pick, via: 'lead' };
  }
  return null;
}

function prefixAttribution(ctx: ArticleContext, span: QuoteSpan, sentence: Range, resolveAt: (c: Candidate) => Pick): { pick: NonNullable<Pick>; via: Attribution['via'] } | null {
  const vs = verbs(ctx.masked, sentence.start, span.open);
  const verb = vs[vs.length - 1];
  if (!verb) return null;
  if (verb.word === 'according to' || verb.word === 'in a statement' || verb.word === 'по словам') {
    const after = pickFirst(findCandidates(ctx.masked, verb.end, clauseEnd(ctx.masked, verb.end, span.open), ctx.mentions, ctx.entities), resolveAt);
    if (after) return { pick: after, via: 'verb' };
  }
  const region = findCandidates(ctx.masked, sentence.start, verb.start, ctx.mentions, ctx.entities);
  const pick = pickSubject(region, resolveAt) ?? pickFirst(findCandidates(ctx.masked, verb.end, clauseEnd(ctx.masked, verb.end, span.open), ctx.mentions, ctx.entities), resolveAt);
  return pick ? { pick, via: 'verb' } : null;
}

/** Where the clause starting at `from` ends: a full stop that ends a sentence, ; : ! ? and, unless told otherwise, a comma. */
function clauseEnd(masked: string, from: number, limit: number, commas = true): number {
  const re = commas ? /[;:!?]|\.(?=[\s\u00a0]+[\p{Lu}"“«]|$)|,/u : /[;:!?]|\.(?=[\s\u00a0]+[\p{Lu}"“«]|$)/u;
  const m = re.exec(masked.slice(from, limit));
  return m ? from + m.index : limit;
}

/** The subject of a speech verb: the nearest person, pronoun or person role before it; organisations only when no person is named. */
function pickSubject(cands: readonly Candidate[], resolveAt: (c: Candidate) => Pick): Pick {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if ((c.type === 'entity' || c.type === 'role') && c.org) continue;
    const p = resolveAt(c);
    if (p) return p;
  }
  for (let i = cands.length - 1; i >= 0; i--) {
    const p = resolveAt(cands[i]!);
    if (p) return p;
  }
  return null;
}

function pickFirst(cands: readonly Candidate[], resolveAt: (c: Candidate) => Pick): Pick {
  for (const c of cands) {
    const p = resolveAt(c);
    if (p) return p;
  }
  return null;
}

/** Resolves a candidate to a speaker: names directly, roles and pronouns to the nearest fitting antecedent. */
function resolve(ctx: ArticleContext, c: Candidate, si: number, bySentence: ReadonlyMap<number, string>): Pick {
  switch (c.type) {
    case 'entity':
      return { entityId: c.entityId, newName: null };
    case 'name':
      return { entityId: null, newName: { name: c.name, role: c.role } };
    case 'role': {
      if (!c.definite) return null;
      if (!c.org && c.ofOrgId) {
        const holder = roleHolder(ctx, c.noun, c.ofOrgId);
        if (holder) return { entityId: holder, newName: null };
      }
      const id = lastMentioned(ctx, c.start, c.org);
      return id ? { entityId: id, newName: null } : null;
    }
    case 'pronoun': {
      const id = c.plural ? antecedent(ctx, si, c.start, true, bySentence) : antecedent(ctx, si, c.start, false, bySentence);
      return id ? { entityId: id, newName: null } : null;
    }
  }
}

/** A registry person whose role names this organisation and this kind of post ("the head of VTsIOM"). */
function roleHolder(ctx: ArticleContext, noun: string, orgId: string): string | null {
  const org = ctx.entities.get(orgId);
  if (!org) return null;
  const synonyms: Record<string, string[]> = { head: ['head', 'director', 'chief', 'leader', 'chair'], director: ['director', 'head'], chief: ['chief', 'head', 'director'], spokesman: ['spokes', 'press secretary'], spokeswoman: ['spokes', 'press secretary'], spokesperson: ['spokes', 'press secretary'] };
  const words = synonyms[noun] ?? [noun];
  const hits = [...ctx.entities.values()].filter((e) => e.kind === 'person' && e.role
    && org.aliases.some((a) => e.role!.includes(a)) && words.some((w) => e.role!.toLowerCase().includes(w)));
  return hits.length === 1 ? hits[0]!.id : null;
}

function kindOf(ctx: ArticleContext, id: string): string | undefined {
  return ctx.entities.get(id)?.kind;
}

/** The last person (or organisation) mentioned before an offset, outside quotations. */
function lastMentioned(ctx: ArticleContext, before: number, org: boolean): string | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > before || ctx.masked[m.start] === 'x') continue;
    if (kindOf(ctx, m.entityId) === (org ? 'organization' : 'person')) return m.entityId;
  }
  return null;
}

/**
 * The antecedent of he/she (a person) or they (an organisation): first a person named earlier in
 * the same sentence, then, sentence by sentence backwards, the speaker of a quote there or that
 * sentence's subject (its first candidate), following chains of pronouns.
 */
function antecedent(ctx: ArticleContext, si: number, at: number, plural: boolean, bySentence: ReadonlyMap<number, string>): string | null {
  const fits = (id: string): boolean => (plural ? kindOf(ctx, id) === 'organization' : kindOf(ctx, id) === 'person');
  const here = ctx.sentences[si];
  if (here && !plural) {
    const first = findCandidates(ctx.masked, Math.max(here.start, at - REACH), at, ctx.mentions, ctx.entities).find((c) => c.type === 'entity' && fits(c.entityId));
    if (first && first.type === 'entity') return first.entityId;
  }
  for (let s = si - 1; s >= 0 && s >= si - 8; s--) {
    const spoke = bySentence.get(s);
    if (spoke && fits(spoke)) return spoke;
    const r = ctx.sentences[s]!;
    const cands = findCandidates(ctx.masked, r.start, Math.min(r.end, r.start + REACH), ctx.mentions, ctx.entities);
    for (const c of cands) {
      if (c.type === 'pronoun') {
        if (c.plural === plural) break;
        continue;
      }
      if (c.type === 'entity' && fits(c.entityId)) return c.entityId;
      if (c.type === 'role' && c.definite && c.org === plural) {
        const id = lastMentioned(ctx, c.start, plural);
        if (id) return id;
      }
    }
  }
  return null;
}
