import type { EntityCard } from '../core/card-types.ts';
import type { Entity, Source } from '../core/dataset-schema.ts';
import type { PackImportResult, PackInfo } from '../core/pack-types.ts';
import type { Timeline } from '../core/timeline-types.ts';

/**
 * The message protocol, one typed call map per direction. Each key is a message `type`; `req`
 * is its payload and `res` what the receiver answers. Receivers validate payloads at run time
 * (a page can forge nothing here, but a bug elsewhere in the extension can).
 */

/** A mention as the popup lists it: one row per entity, with how often the page names it. */
export interface PageEntityCount {
  entityId: string;
  name: string;
  /** The Russian name, where one was curated: the popup shows it under Russian headings. */
  ru?: { name: string };
  kind: Entity['kind'];
  count: number;
}

/** Calls that content scripts, the popup, options and the viewer make to the background. */
export interface ToBackground {
  /** The card for one entity. */
  lookup: { req: { entityId: string }; res: EntityCard | null };
  /** Free-text search over names, aliases and quote text. */
  search: { req: { query: string; limit?: number }; res: EntityCard[] };
  /** The content script reports how many mentions its page has, for the toolbar badge. */
  reportCount: { req: { count: number }; res: null };
  /** The source viewer asks for one cleaned article. */
  source: { req: { sourceId: string }; res: Source | null };
  /**
   * Opens the source viewer at a passage in a new tab. A page cannot link to an extension page
   * (there are no web-accessible resources), so the card in a page asks for it.
   */
  openSource: { req: { sourceId: string; start: number; end: number }; res: null };
  /** The popup asks what the background knows of a tab: the top frame's host and the badge count. */
  tabState: { req: { tabId: number }; res: TabState };
  /** The chronology of everything the data knows (bundled and imported), for the timeline view. */
  timeline: { req: NoPayload; res: Timeline };
  /**
   * Opens the timeline in a tab, focused on an entity when one is given: a card in a page cannot
   * open the popup, and cannot link to an extension page itself.
   */
  openTimeline: { req: { entityId?: string }; res: null };
  /** The options page lists the imported data packs. */
  packList: { req: NoPayload; res: PackInfo[] };
  /** The options page imports a data pack (a file's text, already decoded as UTF-8). */
  packImport: { req: { fileName: string; text: string }; res: PackImportResult };
  /** The options page removes a data pack; the answer is the remaining list. */
  packRemove: { req: { packId: string }; res: PackInfo[] };
}

/** What the background has heard from a tab's content scripts. */
export interface TabState {
  /** `location.hostname` of the top frame (empty for file pages), or null before it reported. */
  host: string | null;
  /** Mentions over all frames of the tab, as on the badge. */
  count: number;
}

/** A call with nothing but its `type`. */
export type NoPayload = Record<never, never>;

/** Calls that the background and the popup make to a tab's content script (top frame). */
export interface ToContent {
  /** The entities this page mentions, with counts. */
  pageMentions: { req: NoPayload; res: PageEntityCount[] };
  /** Scroll to the first mention of an entity and flash it. */
  revealEntity: { req: { entityId: string }; res: boolean };
  /** The keyboard command: move to the next mention and open its card. */
  nextMention: { req: NoPayload; res: boolean };
  /** The context menu: look up the selected text and show the card, or say nothing is known. */
  lookupSelection: { req: { text: string }; res: boolean };
}

export type MessageOf<M> = { [K in keyof M]: { type: K } & (M[K] extends { req: infer R } ? R : never) }[keyof M];
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
