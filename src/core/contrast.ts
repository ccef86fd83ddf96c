import type { CardPoll, CardQuote } from './card-types.ts';
import type { AnswerGap, Contrast, ContrastSide, DifferentQuestionsContrast, QuoteContrast, QuoteThread, SameQuestionContrast } from './contrast-types.ts';
import type { Entity, Figure } from './dataset-schema.ts';
import { normalizeKey } from './normalize.ts';

/** What contrasts need beyond the card: the quotes a link names may sit on no card of this entity. */
export interface ContrastData {
  entity: (id: string) => Entity | null;
  quote: (id: string) => CardQuote | null;
  /** Every quote in the dataset that corrects or contradicts another, resolved. */
  responses: readonly CardQuote[];
}

/** Sides in card order, each with the figures `keep` selects; polls with none are left out. */
function sidesOf(polls: readonly CardPoll[], keep: (f: Figure) => boolean): ContrastSide[] {
  return polls.flatMap((item) => {
    const figures = item.poll.figures.filter(keep);
    if (figures.length === 0) return [];
    return [{ item, figures, questions: [...new Set(figures.map((f) => f.question.trim()).filter(Boolean))] }];
  });
}

const pollsters = (sides: readonly ContrastSide[]): number => new Set(sides.map((s) => s.item.pollster.id)).size;

/**
 * Whether two shares (in percent) from samples of n1 and n2 differ by no more than sampling
 * error: the 95% interval of a difference of independent proportions, in points.
 */
export function withinSamplingError(p1: number, n1: number, p2: number, n2: number): boolean {
  const a = p1 / 100;
  const b = p2 / 100;
  const margin = 1.96 * Math.sqrt((a * (1 - a)) / n1 + (b * (1 - b)) / n2) * 100;
  return Math.abs(p1 - p2) <= margin;
}

/** Answers paired by label (curation gives one answer one label) and unit; a side without it gets null. */
function answerGaps(sides: readonly ContrastSide[]): AnswerGap[] {
  const answers = new Map<string, Omit<AnswerGap, 'gap' | 'withinError'>>();
  sides.forEach((side, i) => {
    for (const f of side.figures) {
      const key = `${f.unit}|${normalizeKey(f.label)}`;
      let a = answers.get(key);
      if (!a) answers.set(key, (a = { label: f.label, unit: f.unit, values: sides.map(() => null) }));
      a.values[i] ??= f.value;
    }
  });
  return [...answers.values()].map((a) => {
    const given = a.values.flatMap((v, i) => (v === null ? [] : [{ v, n: sides[i]!.item.poll.sampleSize }]));
    if (given.length < 2) return { ...a, gap: null, withinError: null };
    const hi = given.reduce((x, y) => (y.v > x.v ? y : x));
    const lo = given.reduce((x, y) => (y.v < x.v ? y : x));
    const known = a.unit === 'percent' && hi.n && lo.n;
    return { ...a, gap: hi.v - lo.v, withinError: known ? withinSamplingError(hi.v, hi.n!, lo.v, lo.n!) : null };
  });
}

function pollContrasts(entityId: string, polls: readonly CardPoll[], data: ContrastData): Contrast[] {
  const questionIds = [...new Set(polls.flatMap((p) => p.poll.figures.flatMap((f) => (f.questionId ? [f.questionId] : []))))].sort();
  const shared = new Set<string>();
  const same: SameQuestionContrast[] = [];
  for (const questionId of questionIds) {
    const sides = sidesOf(polls, (f) => f.questionId === questionId);
    if (pollsters(sides) < 2) continue;
    shared.add(questionId);
    const figures = sides.flatMap((s) => s.figures);
    const subjectId = figures.find((f) => f.subjectId)?.subjectId;
    const answers = answerGaps(sides);
    const gaps = answers.flatMap((a) => (a.gap === null ? [] : [a.gap]));
    const compared = answers.filter((a) => a.gap !== null);
    const withinError = compared.length > 0 && compared.every((a) => a.withinError === true);
    same.push({ kind: 'same-question', questionId, question: sides[0]!.questions[0] ?? '', subject: subjectId ? data.entity(subjectId) : null, sides, answers, gap: gaps.length ? Math.max(...gaps) : null, withinError });
  }
  const subjectIds = [...new Set(polls.flatMap((p) => p.poll.figures.flatMap((f) => (f.subjectId ? [f.subjectId] : []))))].sort();
  const different: Contrast[] = subjectIds.flatMap((subjectId) => {
    const subject = data.entity(subjectId);
    const sides = sidesOf(polls, (f) => f.subjectId === subjectId && !(f.questionId && shared.has(f.questionId)));
    return subject && pollsters(sides) >= 2 ? [{ kind: 'different-questions' as const, subject, sides }] : [];
  });
  const onSubject = (c: Contrast): number => ('subject' in c && c.subject?.id === entityId ? 0 : 1);
  return [...same, ...different].map((c, i) => ({ c, i })).sort((a, b) => onSubject(a.c) - onSubject(b.c) || a.i - b.i).map((x) => x.c);
}

function quoteContrasts(quotes: readonly CardQuote[], data: ContrastData): QuoteContrast[] {
  const onCard = new Map(quotes.map((q, i) => [q.quote.id, i]));
  const pairs: Array<QuoteContrast & { at: number }> = [];
  for (const response of data.responses) {
    const links = [['correction', response.quote.corrects], ['contradiction', response.quote.contradicts]] as const;
    for (const [kind, targetId] of links) {
      if (!targetId) continue;
      const statement = data.quote(targetId);
      if (!statement) continue;
      const at = Math.min(onCard.get(statement.quote.id) ?? Infinity, onCard.get(response.quote.id) ?? Infinity);
      if (at !== Infinity) pairs.push({ kind, statement, response, at });
    }
  }
  const rank = (k: QuoteContrast['kind']): number => (k === 'correction' ? 0 : 1);
  pairs.sort((a, b) => a.at - b.at || rank(a.kind) - rank(b.kind) || (a.response.quote.id < b.response.quote.id ? -1 : 1));
  return pairs.map(({ kind, statement, response }) => ({ kind, statement, response }));
}

/**
 * Where the sources on one card differ (issue "Contrast"). Figures count as disagreeing only
 * when they answer one question (the same `questionId` from at least two pollsters); figures
 * on one subject from different questions are set side by side as different questions; and
 * a statement is shown with the quotes that correct or contradict it when either is on the
 * card. Polls come first, those on the card's own entity before others; a person's card
 * puts quotes first, as the card itself does.
 */
export function findContrasts(entity: Entity, polls: readonly CardPoll[], quotes: readonly CardQuote[], data: ContrastData): Contrast[] {
  const p = pollContrasts(entity.id, polls, data);
  const q = quoteContrasts(quotes, data);
  return entity.kind === 'person' ? [...q, ...p] : [...p, ...q];
}

/**
 * Folds the pairs that share a statement (`findContrasts` lists them one after another) into
 * one thread, so a remark both corrected and contradicted is shown once, followed by both.
 */
export function threadQuotes(contrasts: readonly Contrast[]): Array<SameQuestionContrast | DifferentQuestionsContrast | QuoteThread> {
  const out: Array<SameQuestionContrast | DifferentQuestionsContrast | QuoteThread> = [];
  for (const c of contrasts) {
    if (c.kind === 'same-question' || c.kind === 'different-questions') {
      out.push(c);
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'thread' && last.statement.quote.id === c.statement.quote.id) last.responses.push(c);
    else out.push({ kind: 'thread', statement: c.statement, responses: [c] });
  }
  return out;
}
