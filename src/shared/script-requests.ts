// Requests for one of the extension's scripts, outside the message call maps (message-schemas.ts):
// the content script in every page imports this alone, so it carries none of the maps' checks.

/**
 * A content script's request for the card UI, outside the call maps: it is answered by the
 * background injecting `card.js` into the asking frame, and carries nothing else.
 */
export const CARD_REQUEST = 'loadCard';

/**
 * The content script's request for the page app (`page.js`: the matcher, its tables, marking and
 * following the page), on a frame's first cue: like the card request, answered by the background
 * injecting the file into the asking frame.
 */
export const PAGE_REQUEST = 'loadPage';

/** Whether a message is exactly the card request (or, with `type`, exactly that other script request). */
export function isCardRequest(msg: unknown, type: typeof CARD_REQUEST | typeof PAGE_REQUEST = CARD_REQUEST): boolean {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return false;
  const keys = Object.keys(msg);
  return keys.length === 1 && keys[0] === 'type' && (msg as Record<string, unknown>).type === type && Object.getPrototypeOf(msg) === Object.prototype;
}
