import type { Entity } from '../core/dataset-schema.ts';
import { attributeQuotes, type ArticleContext, type Attribution } from './attribution.ts';
import type { FoundMention } from './mention-finder.ts';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './quote-spans.ts';
import { paragraphs, rangeAt, sentences, type Range } from './text-units.ts';
import { saidOn } from './quote-date.ts';

/** A quotation as extracted, before ids and curation. */
export interface ExtractedQuote {
  start: number;
  end: number;
  text: string;
  speakerId: string | null;
  /** A named speaker the registry lacks. */
  newName: { name: string; role: string } | null;
  via: Attribution['via'];
  date: string | null;
}

/** Words that show a quoted fragment is the wording of a survey statement, not anyone's speech. */
const SURVEY = /\b(respondents?|surveyed|polled|interviewees|participants|those asked|agreed with the (assessment|statement|view)|chose the (answer|option))\b/i;

const words = (s: string): number => s.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const titleCase = (s: string): boolean => {
  const ws = s.replace(/[.,!?]+$/, '').split(/\s+/).filter((w) => w.length > 3);
  return ws.length > 0 && ws.every((w) => /^\p{Lu}/u.test(w));
};

/** The cleaned article split for extraction: paragraphs, quotations, and sentences that see quotations as single words. */
export function articleContext(text: string, mentions: readonly FoundMention[], entities: ReadonlyMap<string, Entity>): { ctx: ArticleContext; spans: QuoteSpan[]; warnings: string[] } {
  const { spans, warnings } = findQuoteSpans(text);
  const masked = maskQuotes(text, spans);
  const paras = paragraphs(text);
  const sents: Range[] = paras.flatMap((p) => sentences(masked, p));
  return { ctx: { text, masked, sentences: sents, paragraphs: paras, mentions, entities }, spans, warnings };
}

/**
 * Quotations of one cleaned article with their speakers. What counts: quoted speech or writing
 * tied to a speaker, including a partial quote inside a sentence; or, with no speaker to be
 * found, a quoted passage of three words or more. Left out: quotes in the headline (a summary),
 * unattributed one- and two-word scare quotes, unattributed quoted names ("Face the Nation"),
 * and fragments that give a survey's wording.
 */
export function extractQuotes(text: string, title: string, published: string | null, mentions: readonly FoundMention[], entities: ReadonlyMap<string, Entity>): { quotes: ExtractedQuote[]; warnings: string[] } {
  const { ctx, spans, warnings } = articleContext(text, mentions, entities);
  const first = ctx.paragraphs[0];
  const headline = first && text.slice(first.start, first.end).trim() === title.trim() ? first.end : -1;
  const body = spans.filter((s) => s.open > headline);
  const who = attributeQuotes(ctx, body);
  const quotes: ExtractedQuote[] = [];
  body.forEach((span, k) => {
    const a = who[k]!;
    const quoted = text.slice(span.start, span.end);
    const sentence = ctx.sentences[rangeAt(ctx.sentences, span.open)];
    const around = sentence ? ctx.masked.slice(Math.max(sentence.start, span.open - 600), Math.min(sentence.end, span.close + 600)) : '';
    if (a.via === 'none') {
      if (words(quoted) <= 2 || SURVEY.test(around) || (words(quoted) <= 6 && titleCase(quoted))) return;
    } else if (SURVEY.test(around) && words(quoted) <= 8 && !/^\p{Lu}/u.test(quoted)) {
      return;
    }
    const prev = quotes[quotes.length - 1];
    const date = saidOn(around, published) ?? (a.via === 'continuation' && prev ? prev.date : null);
    quotes.push({ start: span.start, end: span.end, text: quoted, speakerId: a.entityId, newName: a.newName, via: a.via, date });
  });
  return { quotes, warnings };
}
