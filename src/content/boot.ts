import { cueRegExp, joinCues, type CuesByKind } from '../core/cues.ts';
import { emptyStats, exposeBenchStats } from './bench-seam.ts';
import { BLOCK_TAG_NAMES } from './block-tags.ts';
import { rootHasCue } from './cue-probe.ts';
import type { BootHandle } from '../shared/slots.ts';

export interface BootDeps {
  win: Window & typeof globalThis;
  /**
   * The bundle's cues of the kinds the reader may mark: those marked by default, or every kind when
   * the background flagged that the reader marks more (the settings are not read before a cue is found).
   */
  cues: CuesByKind;
  /** The packs' cues, read once before the first probe; null when no pack is imported. */
  packCues: (() => Promise<CuesByKind | null>) | null;
  /**
   * Brings in the page app (page.js); called at most once, on the first cue, with the cues whose
   * test found it (null when it is called without a cue found: cues that do not compile).
   */
  wake(found: CuesByKind | null): void;
}

/** Changes within this many ms are probed together (the page app's watch waits as long). */
const DELAY = 80;

/**
 * FactLens on a page before anything there may name something: probes the page's text, and its
 * later changes, for cues of any kind, and on the first one wakes the page app and steps aside.
 * Until then it makes no extension API call, reads no setting and adds no extension listener,
 * so a page that names nothing costs one `textContent` read, a few expressions and one
 * MutationObserver. The page app's watch (mutation-watch.ts) is not used here: the probe needs
 * less of it, and every page pays for the code it carries.
 */
export function boot(deps: BootDeps): BootHandle {
  const life = new AbortController();
  const win = deps.win;
  const doc = win.document;
  let cues: RegExp | null = null;
  let tested: CuesByKind | null = null;
  // The block tags as a selector, made when the page first changes.
  let blocks: string | undefined;
  const blockTags = () => (blocks ??= BLOCK_TAG_NAMES.join());
  const isBlock = (node: Node) => node.nodeType === 1 && (node as Element).matches(blockTags());
  let pending = new Set<Node>();
  let timer: number | null = null;
  const stop = () => {
    life.abort();
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    pending.clear();
  };
  const wake = (found: CuesByKind | null) => {
    if (life.signal.aborted) return;
    stop();
    deps.wake(found);
  };
  const watch = (root: Node) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  const probe = (roots: Iterable<Node>) => {
    if (!cues || life.signal.aborted) return;
    for (const root of roots) if (root.isConnected && rootHasCue(root, cues, watch)) return wake(tested);
  };
  // The block a change lies in: a name may run across the changed node and the text beside it.
  const blockOf = (node: Node): Node => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el?.closest(blockTags()) ?? node.getRootNode();
  };
  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      if (r.type !== 'childList') {
        pending.add(blockOf(r.target));
        continue;
      }
      // A block added (a feed's new item) is read alone, and one removed leaves the text beside it
      // as it was; any other node added or removed changes the text of the block around it.
      for (const n of r.addedNodes) pending.add(isBlock(n) ? n : blockOf(r.target));
      for (const n of r.removedNodes) if (n.nodeType === 3 || (n.nodeType === 1 && !isBlock(n))) pending.add(blockOf(r.target));
    }
    if (pending.size && timer === null) {
      timer = win.setTimeout(() => {
        timer = null;
        const now = pending;
        pending = new Set();
        probe(now);
      }, DELAY);
    }
  });
  watch(doc);
  exposeBenchStats(win, emptyStats, life.signal);
  const start = (all: CuesByKind) => {
    try {
      cues = cueRegExp(Object.values(all));
    } catch {
      // Packs' cues that do not compile: the page app reads the page rather than miss it.
      return wake(null);
    }
    tested = all;
    probe([doc]);
  };
  if (deps.packCues) {
    deps.packCues().catch(() => null).then((extra) => start(extra ? joinCues(deps.cues, extra) : deps.cues));
  } else {
    start(deps.cues);
  }
  return { stop };
}
