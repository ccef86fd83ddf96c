import * as v from 'valibot';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** Another quote, found by its words like the entry itself. */
const quoteRef = v.strictObject({ source: text, quote: text });

/**
 * `data/curation.json`: only what no general rule should decide. Every entry is keyed by the
 * text it applies to (never by an offset or a generated id), so it survives re-extraction, and
 * the build fails naming an entry that no longer matches anything.
 */
export const CurationSchema = v.strictObject({
  version: v.literal(1),
  /** Chart labels, question wording and the question's id and subject for poll figures. */
  figures: v.array(v.strictObject({
    source: text,
    /** A phrase inside the figure's excerpt. */
    excerpt: text,
    label: v.optional(text),
    question: v.optional(text),
    questionId: v.optional(v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes'))),
    subjectId: v.optional(text),
  })),
  /** Speaker corrections, topics, and the quotes a quote corrects or contradicts. */
  quotes: v.array(v.strictObject({
    source: text,
    /** A phrase inside the quote. */
    quote: text,
    speakerId: v.optional(v.nullable(text)),
    topicIds: v.optional(v.array(text)),
    corrects: v.optional(quoteRef),
    contradicts: v.optional(quoteRef),
  })),
});
export type Curation = v.InferOutput<typeof CurationSchema>;

/** An empty curation, for builds that have no curation file. */
export const NO_CURATION: Curation = { version: 1, figures: [], quotes: [] };
