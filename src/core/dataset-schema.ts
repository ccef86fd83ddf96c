import * as v from 'valibot';

/**
 * The dataset contract (design.md, "Public contracts", version 1). Everything that reads or
 * writes a dataset — the pipeline, the CLI, the extension, data-pack import — validates with
 * these schemas, so a field added or renamed here is caught everywhere at once.
 */

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is too long'));
const offset = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
/** A question's normalised name: lower-case words joined by dashes, so equal ids mean one question. */
const questionId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes'), v.maxLength(200, 'is too long'));

/** Kinds of entity the registry knows; the options page lets a reader choose which to mark. */
export const ENTITY_KINDS = ['person', 'organization', 'event', 'place', 'topic'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * A rule that makes a short or ambiguous alias link only where the context makes it safe.
 * It lives in the data so that new names never need engine changes.
 */
export const AliasGuardSchema = v.strictObject({
  /** The alias (one of the entity's `aliases`) this guard applies to. */
  alias: v.pipe(v.string(), v.minLength(1)),
  /** The match must begin with a capital letter in the page ("Trump", not "trump"). */
  capitalised: v.optional(v.boolean()),
  /** The entity must already have been mentioned by an unguarded alias earlier in the same document. */
  afterFullName: v.optional(v.boolean()),
  /** Longer phrases naming another bearer ("Bernie Sanders", "Bolton Wanderers"): where one covers the match, nothing links. */
  blockedBy: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});
export type AliasGuard = v.InferOutput<typeof AliasGuardSchema>;

/**
 * An entity's name and words for a Russian-speaking reader, curated by hand: a Russian UI that
 * showed "Dmitry Peskov" under Russian headings would read as half-translated. Optional, so a
 * data pack written in one language stays valid; where it is absent the UI shows the English.
 */
export const EntityRuSchema = v.strictObject({
  /** The name as the Russian press writes it; agrees with one of the entity's Cyrillic aliases. */
  name: v.pipe(v.string(), v.minLength(1)),
  role: v.optional(v.pipe(v.string(), v.minLength(1))),
  description: v.pipe(v.string(), v.minLength(1)),
});
export type EntityRu = v.InferOutput<typeof EntityRuSchema>;

export const EntitySchema = v.object({
  id,
  kind: v.picklist(ENTITY_KINDS),
  name: v.pipe(v.string(), v.minLength(1)),
  aliases: v.array(v.pipe(v.string(), v.minLength(1))),
  description: v.string(),
  role: v.optional(v.nullable(v.string())),
  date: v.optional(v.nullable(isoDate)),
  /** Created by the pipeline for a named speaker missing from the registry. */
  auto: v.optional(v.boolean()),
  guards: v.optional(v.array(AliasGuardSchema)),
  /** The same entity in Russian (see {@link EntityRuSchema}). */
  ru: v.optional(EntityRuSchema),
});
export type Entity = v.InferOutput<typeof EntitySchema>;

/**
 * What a script in a page knows of an entity: enough to name its marks and filter them, and to
 * list them in the reader's language (the Russian name where one was curated).
 */
export type EntityInfo = Pick<Entity, 'id' | 'name' | 'kind'> & { ru?: { name: string } };

/** An entity cut down to {@link EntityInfo}. */
export function entityInfo(e: Entity): EntityInfo {
  return { id: e.id, name: e.name, kind: e.kind, ...(e.ru ? { ru: { name: e.ru.name } } : {}) };
}

export const SourceSchema = v.object({
  id,
  title: v.string(),
  publisher: v.nullable(v.string()),
  published: v.nullable(isoDate),
  language: v.pipe(v.string(), v.minLength(2)),
  translated: v.boolean(),
  url: v.optional(v.nullable(v.string())),
  /** File name under data/sources/ the text was cleaned from. */
  file: v.optional(v.string()),
  text: v.string(),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const FigureSchema = v.object({
  label: v.pipe(v.string(), v.minLength(1)),
  value: v.number(),
  unit: v.picklist(['percent', 'points', 'count']),
  question: v.string(),
  previous: v.optional(v.nullable(v.number())),
  start: offset,
  end: offset,
  /**
   * The question the figure answers, named the same by every poll that asked it: only figures
   * sharing one can be set against each other as agreeing or disagreeing.
   */
  questionId: v.optional(questionId),
  /** The entity the question asks about, so different questions on one subject can be shown side by side. */
  subjectId: v.optional(id),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const PollSchema = v.object({
  id,
  pollsterId: id,
  sourceId: id,
  fieldworkStart: v.nullable(isoDate),
  fieldworkEnd: v.nullable(isoDate),
  sampleSize: v.nullable(v.pipe(v.number(), v.integer())),
  method: v.nullable(v.string()),
  topicIds: v.array(id),
  figures: v.array(FigureSchema),
  /** Entities named in the figures' excerpts, found by the mention engine at build time. */
  mentionIds: v.optional(v.array(id)),
});
export type Poll = v.InferOutput<typeof PollSchema>;

export const QuoteSchema = v.object({
  id,
  speakerId: v.nullable(id),
  text: v.pipe(v.string(), v.minLength(1)),
  sourceId: id,
  start: offset,
  end: offset,
  topicIds: v.array(id),
  /** When it was said, where the article makes that known. */
  date: v.optional(v.nullable(isoDate)),
  /** Entities the quote's words name, found by the mention engine at build time. */
  mentionIds: v.optional(v.array(id)),
  /** The quote this one takes back or rewords (its speaker's later correction). */
  corrects: v.optional(id),
  /** The quote this one disputes (someone else's answer to it). */
  contradicts: v.optional(id),
});
export type Quote = v.InferOutput<typeof QuoteSchema>;

export const DatasetSchema = v.object({
  version: v.literal(1),
  sources: v.array(SourceSchema),
  entities: v.array(EntitySchema),
  polls: v.array(PollSchema),
  quotes: v.array(QuoteSchema),
});
export type Dataset = v.InferOutput<typeof DatasetSchema>;
