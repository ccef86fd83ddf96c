import type { Entity } from '../core/dataset-schema.ts';
import type { ArticleContext } from './attribution.ts';
import { FIELDWORK_CUE, readFieldwork, type Fieldwork } from './fieldwork.ts';
import { findFigures, type FoundFigure } from './figures.ts';

/** A poll as extracted from one article, before ids and curation. */
export interface ExtractedPoll extends Fieldwork {
  pollsterId: string;
  figures: FoundFigure[];
}

/** A sentence opening with one of these reports an earlier poll than the article's main one. */
const EARLIER = /^(?:ahead of|before|prior to|earlier|last (?:year|month|week)|in (?:an? )?(?:earlier|previous) (?:poll|survey)|an? (?:previous|prior|earlier|separate) (?:poll|survey))\b/i;

/** Organisations whose registry entry says they take polls. */
export function isPollster(e: Entity | undefined): boolean {
  return e !== undefined && e.kind === 'organization' && /\b(poll\w*|public opinion|survey\w*)\b/i.test(`${e.name} ${e.description}`);
}

/**
 * The year an article's undated dates belong to: its publication year, else the year of the
 * latest dated event it names (an article cannot predate what it reports), else unknown.
 */
export function articleYear(ctx: ArticleContext, published: string | null): number | null {
  if (published) return Number(published.slice(0, 4));
  let latest: string | null = null;
  for (const m of ctx.mentions) {
    const d = ctx.entities.get(m.entityId)?.date;
    if (d && (latest === null || d > latest)) latest = d;
  }
  return latest ? Number(latest.slice(0, 4)) : null;
}

/**
 * Polls of one article: figures grouped by pollster (the one named in their sentence, else
 * the last one named before it), with a separate poll for figures a sentence places earlier
 * ("Ahead of the summit, 52 percent..."); fieldwork, sample and method go to the pollster's main poll.
 */
export function extractPolls(ctx: ArticleContext, published: string | null): ExtractedPoll[] {
  const year = articleYear(ctx, published);
  const pollsterMentions = ctx.mentions.filter((m) => isPollster(ctx.entities.get(m.entityId)) && ctx.masked[m.start] !== 'x');
  const pollsterFor = (start: number, end: number): string | null => {
    const inside = pollsterMentions.find((m) => m.start >= start && m.end <= end);
    if (inside) return inside.entityId;
    const before = pollsterMentions.filter((m) => m.end <= start).pop();
    return before?.entityId ?? pollsterMentions[0]?.entityId ?? null;
  };
  const groups = new Map<string, ExtractedPoll>();
  const main = (pollsterId: string): ExtractedPoll => {
    const key = `${pollsterId}|main`;
    let g = groups.get(key);
    if (!g) {
      g = { pollsterId, figures: [], start: null, end: null, sampleSize: null, method: null };
      groups.set(key, g);
    }
    return g;
  };
  const fieldwork: Array<{ pollsterId: string; fw: Fieldwork }> = [];
  ctx.sentences.forEach((s, i) => {
    const pollsterId = pollsterFor(s.start, s.end);
    if (!pollsterId) return;
    const figures = findFigures(ctx.text, ctx.masked, s);
    if (figures.length > 0) {
      const sentence = ctx.text.slice(s.start, s.end);
      const g = EARLIER.test(sentence) ? earlierGroup(groups, pollsterId, i) : main(pollsterId);
      g.figures.push(...figures);
    }
    if (FIELDWORK_CUE.test(ctx.masked.slice(s.start, s.end))) {
      const fw = readFieldwork(ctx.masked.slice(s.start, s.end), year);
      if (fw.start || fw.sampleSize || fw.method) fieldwork.push({ pollsterId, fw });
    }
  });
  for (const { pollsterId, fw } of fieldwork) {
    const g = groups.get(`${pollsterId}|main`);
    if (!g) continue;
    g.start ??= fw.start;
    g.end ??= fw.end;
    g.sampleSize ??= fw.sampleSize;
    g.method ??= fw.method;
  }
  return [...groups.values()].filter((g) => g.figures.length > 0).sort((a, b) => a.figures[0]!.start - b.figures[0]!.start);
}

function earlierGroup(groups: Map<string, ExtractedPoll>, pollsterId: string, sentence: number): ExtractedPoll {
  const g: ExtractedPoll = { pollsterId, figures: [], start: null, end: null, sampleSize: null, method: null };
  groups.set(`${pollsterId}|earlier-${sentence}`, g);
  return g;
}
