import type { CardPoll, CardQuote, EntityCard } from './card-types.ts';
import { findContrasts } from './contrast.ts';
import type { Dataset, Entity, Quote, Source } from './dataset-schema.ts';
import { normalizeKey } from './normalize.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newer sources first, undated last; the id breaks ties so the order never depends on input order. */
function bySource(a: Source, b: Source): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return cmp(b.published, a.published);
  }
  return cmp(a.id, b.id);
}

/** Latest fieldwork first: the newest figures lead; polls whose fieldwork the article does not give come after. */
function byFieldwork(a: CardPoll, b: CardPoll): number {
  const ka = a.poll.fieldworkEnd ?? a.poll.fieldworkStart;
  const kb = b.poll.fieldworkEnd ?? b.poll.fieldworkStart;
  if (ka === kb) return 0;
  if (ka === null) return 1;
  if (kb === null) return -1;
  return cmp(kb, ka);
}

/**
 * The card for one entity (design.md, "What a card shows"): polls by it (a pollster) before
 * polls about it (it is among their topics or named in their figures), and quotes by it before
 * quotes about it (they name it or are tagged with it), each with its source. Null when the
 * dataset has no such entity, so callers can tell "unknown" from "nothing said".
 */
export function lookupEntity(dataset: Dataset, entityId: string): EntityCard | null {
  const entity = dataset.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const polls: CardPoll[] = [];
  for (const poll of dataset.polls) {
    const source = sources.get(poll.sourceId);
    const pollster = entities.get(poll.pollsterId);
    if (!source || !pollster) continue;
    if (poll.pollsterId === entityId) polls.push({ poll, pollster, source, relation: 'by' });
    else if (poll.topicIds.includes(entityId) || (poll.mentionIds ?? []).includes(entityId)) polls.push({ poll, pollster, source, relation: 'about' });
  }
  const quotes: CardQuote[] = [];
  const quoteIds = new Map(dataset.quotes.map((q) => [q.id, q]));
  const resolve = (quote: Quote, relation: CardQuote['relation']): CardQuote | null => {
    const source = sources.get(quote.sourceId);
    if (!source) return null;
    const speaker = quote.speakerId === null ? null : entities.get(quote.speakerId) ?? null;
    return { quote, speaker, source, relation };
  };
  for (const quote of dataset.quotes) {
    const relation = quote.speakerId === entityId ? 'by' : quote.topicIds.includes(entityId) || (quote.mentionIds ?? []).includes(entityId) ? 'about' : null;
    const item = relation && resolve(quote, relation);
    if (item) quotes.push(item);
  }
  const rel = (r: 'by' | 'about'): number => (r === 'by' ? 0 : 1);
  polls.sort((a, b) => rel(a.relation) - rel(b.relation) || byFieldwork(a, b) || bySource(a.source, b.source) || cmp(a.poll.id, b.poll.id));
  quotes.sort((a, b) => rel(a.relation) - rel(b.relation) || bySource(a.source, b.source) || a.quote.start - b.quote.start);
  const linked = (q: Quote | undefined): CardQuote | null => (q ? resolve(q, q.speakerId === entityId ? 'by' : 'about') : null);
  const contrasts = findContrasts(entity, polls, quotes, {
    entity: (id) => entities.get(id) ?? null,
    quote: (id) => linked(quoteIds.get(id)),
    responses: dataset.quotes.filter((q) => q.corrects || q.contradicts).flatMap((q) => linked(q) ?? []),
  });
  return { entity, polls, quotes, contrasts };
}

/**
 * The entity a name refers to, by id, canonical name or any alias, ignoring case, diacritics,
 * apostrophe and dash styles (the shared normalisation, so "levada centre", "Левада-Центр" and
 * "Fedorov" all resolve). Curated entities win over ones the pipeline created.
 */
export function resolveName(dataset: Dataset, name: string): Entity | null {
  const key = normalizeKey(name);
  if (key === '') return null;
  const byId = dataset.entities.find((e) => e.id === name.trim());
  if (byId) return byId;
  const hits = dataset.entities.filter((e) => normalizeKey(e.name) === key || e.aliases.some((a) => normalizeKey(a) === key));
  return hits.find((e) => !e.auto) ?? hits[0] ?? null;
}
