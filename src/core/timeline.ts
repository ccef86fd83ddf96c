import type { Dataset, Entity, Source } from './dataset-schema.ts';
import { buildMatcher, type Mention } from './matcher/index.ts';
import type { EventPassage, Timeline, TimelineEvent, TimelineItem, TimelinePoll, TimelineQuote, TimelineSource } from './timeline-types.ts';

/** Finds entity mentions in one article's text; the timeline uses it to find where events are named. */
export type MentionFinder = (text: string) => Mention[];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const KIND_ORDER: Record<TimelineItem['kind'], number> = { event: 0, poll: 1, quote: 2 };

/**
 * The sentence around `[start, end)`: a passage a reader can judge on its own, where the bare
 * name would say nothing. Sentences end at a line break or at `.`, `!`, `?` (and a closing
 * quotation mark) followed by a space, except after a lone capital ("U.S. Ties").
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const isEnd = (i: number): boolean => {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== '.' && c !== '!' && c !== '?') return false;
    if (c === '.' && /(^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i))) return false;
    let j = i + 1;
    while (j < text.length && /["”’»')]/.test(text[j] as string)) j++;
    return j >= text.length || /\s/.test(text[j] as string);
  };
  let a = start;
  while (a > 0 && !isEnd(a - 1)) a--;
  while (a < start && /[\s"”’»')]/.test(text[a] as string)) a++;
  let b = end;
  while (b < text.length && !isEnd(b)) b++;
  if (b < text.length && text[b] !== '\n') {
    b++;
    while (b < text.length && /["”’»')]/.test(text[b] as string)) b++;
  }
  return { start: a, end: b };
}

/** Older sources first (closest to an event), undated ones last, then by id. */
function byPublished(a: Source, b: Source): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return cmp(a.published, b.published);
  }
  return cmp(a.id, b.id);
}

/**
 * Per source, the first passage about the event: the sentence where the engine finds its name
 * (in the body rather than the headline when it can), or, in a source that never names it, the
 * first quote or poll curated as being about it.
 */
function eventPassages(event: Entity, dataset: Dataset, mentions: Map<string, Mention[]>): EventPassage[] {
  const out: EventPassage[] = [];
  for (const source of [...dataset.sources].sort(byPublished)) {
    // A mention in the body says more than one in the headline, which is all the name again.
    const all = mentions.get(source.id)?.filter((m) => m.entityId === event.id) ?? [];
    const bodyStart = source.text.indexOf('\n');
    const named = all.find((m) => bodyStart >= 0 && m.start > bodyStart) ?? all[0];
    if (named) {
      out.push({ sourceId: source.id, ...sentenceAround(source.text, named.start, named.end), via: 'mention' });
      continue;
    }
    const spans = [
      ...dataset.quotes.filter((q) => q.sourceId === source.id && q.topicIds.includes(event.id)).map((q) => [q.start, q.end] as const),
      ...dataset.polls
        .filter((p) => p.sourceId === source.id && p.topicIds.includes(event.id) && p.figures.length > 0)
        .map((p) => [Math.min(...p.figures.map((f) => f.start)), Math.max(...p.figures.map((f) => f.end))] as const),
    ].sort((x, y) => x[0] - y[0]);
    const first = spans[0];
    if (first) out.push({ sourceId: source.id, start: first[0], end: first[1], via: 'tagged' });
  }
  return out;
}

const unique = (ids: (string | null)[]): string[] => [...new Set(ids.filter((x): x is string => x !== null))];

/**
 * The dataset as one chronology: dated events, quotes and polls, oldest first. Every date shown
 * is one the data states: an event's date, the day a quote was said, a poll's fieldwork, or else
 * the day its source was published (marked `reported`). What has none of these comes last,
 * undated, rather than placed by a guess. Events the registry leaves undated are not items.
 */
export function buildTimeline(dataset: Dataset, findMentions: MentionFinder = buildMatcher(dataset.entities).scan): Timeline {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const events = dataset.entities.filter((e) => e.kind === 'event' && e.date);
  const mentions = new Map<string, Mention[]>();
  if (events.length > 0) for (const s of dataset.sources) mentions.set(s.id, findMentions(s.text));
  const items: TimelineItem[] = [];
  for (const e of events) {
    const item: TimelineEvent = {
      kind: 'event',
      key: e.id,
      date: e.date ?? null,
      basis: 'event',
      entityIds: [e.id],
      entity: { id: e.id, name: e.name, description: e.description, ...(e.ru && { ru: e.ru }) },
      passages: eventPassages(e, dataset, mentions),
    };
    items.push(item);
  }
  for (const q of dataset.quotes) {
    const source = sources.get(q.sourceId);
    if (!source) continue;
    const speaker = q.speakerId === null ? null : entities.get(q.speakerId) ?? null;
    const date = q.date ?? source.published;
    const item: TimelineQuote = {
      kind: 'quote',
      key: q.id,
      date,
      basis: q.date ? 'said' : date ? 'reported' : null,
      entityIds: unique([q.speakerId, ...q.topicIds, ...(q.mentionIds ?? [])]),
      text: q.text,
      speaker: speaker && { id: speaker.id, name: speaker.name, ...(speaker.ru && { ru: speaker.ru }) },
      passage: { sourceId: source.id, start: q.start, end: q.end },
    };
    items.push(item);
  }
  for (const p of dataset.polls) {
    const source = sources.get(p.sourceId);
    const pollster = entities.get(p.pollsterId);
    if (!source || !pollster) continue;
    const fieldwork = p.fieldworkStart ?? p.fieldworkEnd;
    const date = fieldwork ?? source.published;
    const figs = p.figures;
    const item: TimelinePoll = {
      kind: 'poll',
      key: p.id,
      date,
      basis: fieldwork ? 'fieldwork' : date ? 'reported' : null,
      entityIds: unique([p.pollsterId, ...p.topicIds, ...(p.mentionIds ?? [])]),
      pollster: { id: pollster.id, name: pollster.name, ...(pollster.ru && { ru: pollster.ru }) },
      fieldworkStart: p.fieldworkStart,
      fieldworkEnd: p.fieldworkEnd,
      figures: figs.map((f) => ({ label: f.label, value: f.value, unit: f.unit })),
      passage: figs.length
        ? { sourceId: source.id, start: Math.min(...figs.map((f) => f.start)), end: Math.max(...figs.map((f) => f.end)) }
        : { sourceId: source.id, start: 0, end: 0 },
    };
    items.push(item);
  }
  items.sort(byTime);
  return {
    items,
    sources: referencedSources(items, sources),
    names: Object.fromEntries(dataset.entities.map((e) => [e.id, e.name])),
    namesRu: Object.fromEntries(dataset.entities.flatMap((e) => (e.ru ? [[e.id, e.ru.name]] : []))),
  };
}

/** Oldest first, undated last; on one day an event before its polls and quotes; then by place in the source. */
function byTime(a: TimelineItem, b: TimelineItem): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return cmp(a.date, b.date);
  }
  const pa = a.kind === 'event' ? null : a.passage;
  const pb = b.kind === 'event' ? null : b.passage;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(pa?.sourceId ?? '', pb?.sourceId ?? '') || (pa?.start ?? 0) - (pb?.start ?? 0) || cmp(a.key, b.key);
}

function referencedSources(items: TimelineItem[], sources: Map<string, Source>): Record<string, TimelineSource> {
  const out: Record<string, TimelineSource> = {};
  for (const item of items) {
    for (const p of item.kind === 'event' ? item.passages : [item.passage]) {
      const s = sources.get(p.sourceId);
      if (s) out[s.id] = { id: s.id, title: s.title, publisher: s.publisher, published: s.published, translated: s.translated, language: s.language };
    }
  }
  return out;
}
