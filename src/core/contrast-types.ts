import type { CardPoll, CardQuote } from './card-types.ts';
import type { Entity, Figure } from './dataset-schema.ts';

/**
 * One poll's side of a contrast: its figures on the contrasted subject, with the questions
 * they answer, so every number is read next to the wording that produced it.
 */
export interface ContrastSide {
  item: CardPoll;
  figures: Figure[];
  /** The distinct question wordings of `figures`, in figure order. */
  questions: string[];
}

/** One answer asked by several pollsters: the value each side gave (null where it gave none). */
export interface AnswerGap {
  label: string;
  unit: Figure['unit'];
  values: Array<number | null>;
  /** Largest minus smallest stated value; null unless at least two sides gave this answer. */
  gap: number | null;
  /**
   * Whether that gap is within sampling error (95%, simple random samples) of the two polls
   * it lies between; null when it cannot be told (a sample size unknown, or not a percentage).
   */
  withinError: boolean | null;
}

/**
 * Pollsters asked the same question (one `questionId`): the only case in which their figures
 * may be called agreeing or disagreeing. `gap` is the widest gap among paired answers, 0 when
 * they agree, null when no answer was reported by two sides.
 */
export interface SameQuestionContrast {
  kind: 'same-question';
  questionId: string;
  question: string;
  subject: Entity | null;
  sides: ContrastSide[];
  answers: AnswerGap[];
  gap: number | null;
  /** True when every gap is within sampling error, so the polls do not really disagree. */
  withinError: boolean;
}

/**
 * Pollsters asked different questions on one subject: their figures belong side by side, and
 * saying so keeps a reader from taking one number as the answer to another's question.
 */
export interface DifferentQuestionsContrast {
  kind: 'different-questions';
  subject: Entity;
  sides: ContrastSide[];
}

/** A statement and a later quote that corrects it (its speaker's own) or contradicts it (someone else's). */
export interface QuoteContrast {
  kind: 'correction' | 'contradiction';
  statement: CardQuote;
  response: CardQuote;
}

/** Everything a card sets side by side. */
export type Contrast = SameQuestionContrast | DifferentQuestionsContrast | QuoteContrast;

/** A statement with every quote that corrects or contradicts it (see `threadQuotes`). */
export interface QuoteThread {
  kind: 'thread';
  statement: CardQuote;
  responses: QuoteContrast[];
}
