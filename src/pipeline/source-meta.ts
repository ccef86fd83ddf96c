import * as v from 'valibot';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

/**
 * The `<name>.meta.json` sidecar beside each article in data/sources/. Articles stay exactly as
 * received, so everything the text itself cannot be trusted to say lives here.
 */
export const SourceMetaSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, "-" or "_"')),
  title: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  publisher: v.nullable(v.string()),
  published: v.nullable(isoDate),
  language: v.pipe(v.string(), v.minLength(2, 'must be a language code such as "en"')),
  translated: v.boolean(),
  url: v.nullable(v.string()),
});
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;
