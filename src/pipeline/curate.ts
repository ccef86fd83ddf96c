import type { Poll, Quote } from '../core/dataset-schema.ts';
import type { Curation } from './curation-schema.ts';
import { InputError } from './input-error.ts';

/** Text lookups the curation needs: a source's cleaned text by id. */
export type SourceTexts = ReadonlyMap<string, string>;

/**
 * Applies `data/curation.json` to the extracted facts. Entries find their target by text (a
 * phrase in a figure's excerpt, a phrase in a quote), so they survive re-extraction; an entry
 * that matches nothing, or names an unknown entity, fails the build with its own words.
 */
export function applyCuration(curation: Curation, file: string, polls: Poll[], quotes: Quote[], texts: SourceTexts, entityIds: ReadonlySet<string>): void {
  for (const entry of curation.figures) {
    const text = texts.get(entry.source);
    if (text === undefined) throw new InputError(file, `figure entry "${entry.excerpt}" names source "${entry.source}", which does not exist`);
    const hits = polls.filter((p) => p.sourceId === entry.source).flatMap((p) => p.figures).filter((f) => text.slice(f.start, f.end).includes(entry.excerpt));
    if (hits.length === 0) throw new InputError(file, `figure entry "${entry.excerpt}" (source ${entry.source}) matches no extracted figure: update or remove it`);
    if (entry.subjectId !== undefined && !entityIds.has(entry.subjectId)) throw new InputError(file, `figure entry "${entry.excerpt}" names subject "${entry.subjectId}", which the registry does not have`);
    for (const f of hits) {
      if (entry.label !== undefined) f.label = entry.label;
      if (entry.question !== undefined) f.question = entry.question;
      if (entry.questionId !== undefined) f.questionId = entry.questionId;
      if (entry.subjectId !== undefined) f.subjectId = entry.subjectId;
    }
  }
  for (const entry of curation.quotes) {
    if (!texts.has(entry.source)) throw new InputError(file, `quote entry "${entry.quote}" names source "${entry.source}", which does not exist`);
    const hits = quotes.filter((q) => q.sourceId === entry.source && q.text.includes(entry.quote));
    if (hits.length === 0) throw new InputError(file, `quote entry "${entry.quote}" (source ${entry.source}) matches no extracted quote: update or remove it`);
    for (const id of [...(entry.topicIds ?? []), ...(entry.speakerId ? [entry.speakerId] : [])]) {
      if (!entityIds.has(id)) throw new InputError(file, `quote entry "${entry.quote}" names entity "${id}", which the registry does not have`);
    }
    const corrects = entry.corrects && linkedQuote(entry.corrects, entry.quote, 'corrects', file, quotes, texts);
    const contradicts = entry.contradicts && linkedQuote(entry.contradicts, entry.quote, 'contradicts', file, quotes, texts);
    for (const q of hits) {
      if (entry.speakerId !== undefined) q.speakerId = entry.speakerId;
      if (entry.topicIds) q.topicIds = [...new Set([...q.topicIds, ...entry.topicIds])].sort();
      for (const [key, target] of [['corrects', corrects], ['contradicts', contradicts]] as const) {
        if (!target) continue;
        if (target.id === q.id) throw new InputError(file, `quote entry "${entry.quote}" ${key} itself`);
        q[key] = target.id;
      }
    }
  }
}

/** The one quote a link names: a link must not be ambiguous, or the card would pair the wrong words. */
function linkedQuote(ref: { source: string; quote: string }, owner: string, key: string, file: string, quotes: readonly Quote[], texts: SourceTexts): Quote {
  if (!texts.has(ref.source)) throw new InputError(file, `quote entry "${owner}" ${key} a quote in source "${ref.source}", which does not exist`);
  const hits = quotes.filter((q) => q.sourceId === ref.source && q.text.includes(ref.quote));
  if (hits.length !== 1) throw new InputError(file, `quote entry "${owner}" ${key} "${ref.quote}" (source ${ref.source}), which matches ${hits.length === 0 ? 'no extracted quote' : `${hits.length} quotes`}: quote more words`);
  return hits[0]!;
}
