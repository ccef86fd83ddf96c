import type { Entity, Figure, Source } from './dataset-schema.ts';

/**
 * A source as the timeline names it: everything a link label needs, without the article text,
 * so a timeline of hundreds of items crosses the message channel as a few kilobytes.
 */
export type TimelineSource = Pick<Source, 'id' | 'title' | 'publisher' | 'published' | 'translated' | 'language'>;

/** A passage in one source that the viewer opens and highlights. */
export interface TimelinePassage {
  sourceId: string;
  start: number;
  end: number;
}

/** A passage about an event, and how it was found. */
export interface EventPassage extends TimelinePassage {
  /**
   * `mention`: the article names the event here. `tagged`: the article does not name it in words
   * the engine knows, but a quote or poll here is curated as being about it.
   */
  via: 'mention' | 'tagged';
}

/**
 * Where an item's date comes from, so the reader is never shown a guess as a fact: an event's
 * own date, the day a quote was said, a poll's fieldwork, or only the day the source reported it.
 */
export type DateBasis = 'event' | 'said' | 'fieldwork' | 'reported';

interface ItemBase {
  /** Unique among items: the entity, quote or poll id it stands for. */
  key: string;
  /** YYYY-MM-DD; null when neither the item nor its source is dated. */
  date: string | null;
  basis: DateBasis | null;
  /** Entities the item concerns: its subject, speaker or pollster, topics and names in it. */
  entityIds: string[];
}

/** A dated event of the registry, with the passages of the sources that speak of it. */
export interface TimelineEvent extends ItemBase {
  kind: 'event';
  entity: Pick<Entity, 'id' | 'name' | 'description' | 'ru'>;
  /** One per source, the source closest to the event first; empty when no article names it. */
  passages: EventPassage[];
}

/** A quote placed by when it was said, or else when its source reported it. */
export interface TimelineQuote extends ItemBase {
  kind: 'quote';
  text: string;
  speaker: Pick<Entity, 'id' | 'name' | 'ru'> | null;
  passage: TimelinePassage;
}

/** A poll placed by its fieldwork, or else by when its source reported it. */
export interface TimelinePoll extends ItemBase {
  kind: 'poll';
  pollster: Pick<Entity, 'id' | 'name' | 'ru'>;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  figures: Pick<Figure, 'label' | 'value' | 'unit'>[];
  passage: TimelinePassage;
}

export type TimelineItem = TimelineEvent | TimelineQuote | TimelinePoll;

/** The whole timeline: items oldest first, the undated ones last, and what they refer to. */
export interface Timeline {
  items: TimelineItem[];
  /** Every source an item or passage points at, by id. */
  sources: Record<string, TimelineSource>;
  /** Every entity's name by id, so a view can say what it is focused on even when nothing concerns it. */
  names: Record<string, string>;
  /** The Russian names by id, of the entities that have one, so a Russian view can say the same in Russian. */
  namesRu?: Record<string, string>;
}

/** Items of one year, or of no known date (`year` null). */
export interface TimelineYear {
  year: number | null;
  items: TimelineItem[];
}
