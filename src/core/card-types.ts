import type { Contrast } from './contrast-types.ts';
import type { Entity, Poll, Quote, Source } from './dataset-schema.ts';

/**
 * What a card shows for one entity (design.md, "What a card shows"). Lookup produces it; the
 * CLI prints it and the UI renders it, so both always agree on what is related to what.
 */
export interface EntityCard {
  entity: Entity;
  polls: CardPoll[];
  quotes: CardQuote[];
  /** Where the card's sources differ, side by side (contrast.ts); absent from cards made before it. */
  contrasts?: Contrast[];
}

/** A poll with the records it points at resolved, ready to render. */
export interface CardPoll {
  poll: Poll;
  pollster: Entity;
  source: Source;
  /** Why the poll is on this card. */
  relation: 'by' | 'about';
}

/** A quote with its speaker and source resolved. */
export interface CardQuote {
  quote: Quote;
  speaker: Entity | null;
  source: Source;
  relation: 'by' | 'about';
}
