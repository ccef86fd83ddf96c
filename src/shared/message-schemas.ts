import * as v from 'valibot';
import type { MessageOf, ToBackground, ToContent } from './messages.ts';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Run-time schemas of every message in both call maps. A receiver parses each message
 * before acting on it, so a malformed or unknown message is refused instead of half-handled.
 */
export const ToBackgroundSchema = v.variant('type', [
  v.strictObject({ type: v.literal('lookup'), entityId: id }),
  v.strictObject({
    type: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(500)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  v.strictObject({ type: v.literal('reportCount'), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('source'), sourceId: id }),
  v.strictObject({ type: v.literal('openSource'), sourceId: id, start: offset, end: offset }),
  v.strictObject({ type: v.literal('tabState'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]) satisfies v.GenericSchema<unknown, MessageOf<ToBackground>>;

export const ToContentSchema = v.variant('type', [
  v.strictObject({ type: v.literal('pageMentions') }),
  v.strictObject({ type: v.literal('revealEntity'), entityId: id }),
  v.strictObject({ type: v.literal('nextMention') }),
  v.strictObject({ type: v.literal('lookupSelection'), text: v.pipe(v.string(), v.maxLength(2000)) }),
]) satisfies v.GenericSchema<unknown, MessageOf<ToContent>>;

/** Parses a message to the background; null when it is not one. */
export function parseToBackground(msg: unknown): MessageOf<ToBackground> | null {
  const r = v.safeParse(ToBackgroundSchema, msg);
  return r.success ? r.output : null;
}

/** Parses a message to a content script; null when it is not one. */
export function parseToContent(msg: unknown): MessageOf<ToContent> | null {
  const r = v.safeParse(ToContentSchema, msg);
  return r.success ? r.output : null;
}

/** Messages only a content script in a tab may send: the badge belongs to the tab that reports. */
export const CONTENT_ONLY: ReadonlySet<keyof ToBackground> = new Set(['reportCount']);
