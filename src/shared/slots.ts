import type { EntityKind } from '../core/dataset-schema.ts';

/**
 * What our scripts in one frame leave for each other: properties of our isolated world's global,
 * which the page cannot see, under keys no page script names.
 */

/** The content script's handle (content.js), for page.js to stop it when it takes the page over. */
export const BOOT_SLOT = Symbol.for('factlens.boot');

/** Set by page.js once it runs in this frame, so that a second injection does nothing. */
export const PAGE_SLOT = Symbol.for('factlens.page');

/**
 * Set by `packs.js`, a content script the background registers (to run at document_start) only
 * while data packs are imported: the content script then reads the packs' cues too. Without it,
 * the content script touches no extension API at all until a cue is found.
 */
export const PACKS_SLOT = Symbol.for('factlens.packs');

/**
 * Set by `all-kinds.js`, a content script the background registers (to run at document_start) only
 * while the reader marks a kind that is off by default: the content script then tests the cues of
 * every kind, and otherwise only those of the kinds marked by default.
 */
export const ALL_KINDS_SLOT = Symbol.for('factlens.allKinds');

/**
 * Set by the content script when its probe found a cue in this frame: the kinds whose cues it
 * tested. page.js takes it once: when the reader marks every one of those kinds, the page is known
 * to hold a cue of a wanted kind and its text is not read again before the matcher is loaded.
 */
export const CUED_SLOT = Symbol.for('factlens.cued');

/** The content script's handle: page.js stops it when it takes the page over. */
export interface BootHandle {
  stop(): void;
  /**
   * Probes the page again from the start with the cues the flags now ask for: what `packs.js` and
   * `all-kinds.js` call when the background runs them in a page already open. Nothing once stopped.
   */
  again?(): void;
}

export interface Slots {
  [BOOT_SLOT]?: BootHandle;
  [PAGE_SLOT]?: true;
  [PACKS_SLOT]?: true;
  [ALL_KINDS_SLOT]?: true;
  [CUED_SLOT]?: readonly EntityKind[];
}

/** This world's slots. */
export const slots = (): Slots => globalThis as Slots;
