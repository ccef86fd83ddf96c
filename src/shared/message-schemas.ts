import { MAX_PACK_BYTES } from '../core/pack-types.ts';
import type { MessageOf, ToBackground, ToContent } from './messages.ts';

/**
 * Hand-written run-time guards of every message in both call maps. A receiver checks each
 * message before acting on it, so a malformed or unknown message is refused instead of
 * half-handled. They are plain code rather than a schema library so that the content script,
 * which runs in every page, carries only these few lines.
 */

type Rec = Record<string, unknown>;
type FieldCheck = (value: unknown) => boolean;

const id: FieldCheck = (x) => typeof x === 'string' && x.length >= 1 && x.length <= 200;
const offset: FieldCheck = (x) => Number.isInteger(x) && (x as number) >= 0;
const text = (max: number): FieldCheck => (x) => typeof x === 'string' && x.length <= max;
const optional = (check: FieldCheck): FieldCheck => (x) => x === undefined || check(x);
const limit: FieldCheck = (x) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 100;

/** Per type, the check of each field besides `type`; a field not listed is refused. */
type Shapes<M> = { [K in keyof M]: Readonly<Record<string, FieldCheck>> };

const BACKGROUND: Shapes<ToBackground> = {
  lookup: { entityId: id },
  search: { query: text(500), limit: optional(limit) },
  reportCount: { count: offset },
  source: { sourceId: id },
  openSource: { sourceId: id, start: offset, end: offset },
  tabState: { tabId: offset },
  timeline: {},
  openTimeline: { entityId: optional(id) },
  packList: {},
  packImport: { fileName: text(1000), text: text(MAX_PACK_BYTES) },
  packRemove: { packId: id },
};

const CONTENT: Shapes<ToContent> = {
  pageMentions: {},
  revealEntity: { entityId: id },
  nextMention: {},
  lookupSelection: { text: text(2000) },
};

/**
 * Whether `msg` is a plain record whose `type` is one of `shapes` (an own key, so
 * `toString` or `__proto__` never pass), with exactly the fields that type allows, each valid.
 * An optional field may be missing; no other key may appear.
 */
function matches<M>(shapes: Shapes<M>, msg: unknown): msg is MessageOf<M> {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return false;
  const proto = Object.getPrototypeOf(msg);
  if (proto !== Object.prototype && proto !== null) return false;
  const rec = msg as Rec;
  const type = rec.type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return false;
  const fields = shapes[type as keyof M] as Readonly<Record<string, FieldCheck>>;
  for (const key of Object.keys(rec)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) return false;
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!check(Object.hasOwn(rec, key) ? rec[key] : undefined)) return false;
  }
  return true;
}

/** Checks a message to the background; null when it is not one. */
export function parseToBackground(msg: unknown): MessageOf<ToBackground> | null {
  return matches(BACKGROUND, msg) ? msg : null;
}

/** Checks a message to a content script; null when it is not one. */
export function parseToContent(msg: unknown): MessageOf<ToContent> | null {
  return matches(CONTENT, msg) ? msg : null;
}

/** Messages only a content script in a tab may send: the badge belongs to the tab that reports. */
export const CONTENT_ONLY: ReadonlySet<keyof ToBackground> = new Set(['reportCount']);
