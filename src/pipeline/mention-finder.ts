import type { Entity } from '../core/dataset-schema.ts';
import { buildMatcher, type Mention } from '../core/matcher/index.ts';

/** Finds the registry's entities in one document's text. */
export type MentionFinder = (text: string) => Mention[];
export type FoundMention = Mention;

/**
 * The pipeline's view of the shared mention engine: one article is one document, so guards
 * such as "after the full name" work across its paragraphs exactly as they do on a page.
 */
export function createMentionFinder(entities: readonly Entity[]): MentionFinder {
  const matcher = buildMatcher(entities);
  return (text) => matcher.scan(text);
}
