import { cueRegExp, joinCues, type CuesByKind } from '../core/cues.ts';
import { emptyStats, exposeBenchStats } from './bench-seam.ts';
import { rootHasCue } from './cue-probe.ts';
import { MutationWatch } from './mutation-watch.ts';
import type { BootHandle } from '../shared/slots.ts';

export interface BootDeps {
  win: Window;
  /**
   * The bundle's cues of the kinds the reader may mark: those marked by default, or every kind when
   * the background flagged that the reader marks more (the settings are not read before a cue is found).
   */
  cues: CuesByKind;
  /** The packs' cues, read once before the first probe; null when no pack is imported. */
  packCues: (() => Promise<CuesByKind | null>) | null;
  /** Brings in the page app (page.js); called at most once, on the first cue. */
  wake(): void;
}

/**
 * FactLens on a page before anything there may name something: probes the page's text, and its
 * later changes, for cues of any kind, and on the first one wakes the page app and steps aside.
 * Until then it makes no extension API call, reads no setting and adds no extension listener,
 * so a page that names nothing costs a few `textContent` reads and one MutationObserver.
 */
export function boot(deps: BootDeps): BootHandle {
  const life = new AbortController();
  const doc = deps.win.document;
  let cues: RegExp | null = null;
  const wake = () => {
    if (life.signal.aborted) return;
    life.abort();
    deps.wake();
  };
  const probe = (roots: readonly Node[]) => {
    if (!cues || life.signal.aborted) return;
    for (const root of roots) if (rootHasCue(root, cues, (shadow) => watch.observe(shadow))) return wake();
  };
  // A single-page app's navigation changes the page's nodes, which the watch reports: the address need not be followed.
  const watch = new MutationWatch(doc, { isOurs: () => false, onBlocks: probe }, life.signal);
  exposeBenchStats(deps.win, emptyStats, life.signal);
  const start = (all: CuesByKind) => {
    try {
      cues = cueRegExp(Object.values(all));
    } catch {
      // Packs' cues that do not compile: the page app reads the page rather than miss it.
      return wake();
    }
    probe([doc]);
  };
  if (deps.packCues) {
    deps.packCues().catch(() => null).then((extra) => start(extra ? joinCues(deps.cues, extra) : deps.cues));
  } else {
    start(deps.cues);
  }
  return { stop: () => life.abort() };
}
