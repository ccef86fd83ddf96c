import type { EntityKind } from '../core/dataset-schema.ts';
import { rootHasCue } from './cue-probe.ts';
import { cueRegExp, type CuesByKind } from '../core/cues.ts';
import type { MatcherSource, PageMatcher } from './matcher-source.ts';

/**
 * Stands between a page and the matcher: until some text of the page holds a cue of a kind the
 * reader wants marked, nothing is loaded and nothing is read but `textContent`. The first such
 * text loads the matcher, once; from then on the page is read with it.
 */
export class MatcherGate {
  private cues: RegExp | null = null;
  private loading: Promise<PageMatcher> | null = null;
  private loaded: PageMatcher | null = null;
  private kinds: readonly EntityKind[] = [];

  constructor(
    private readonly source: MatcherSource,
    private cuesByKind: CuesByKind,
    kinds: readonly EntityKind[],
    private readonly onReady: (pm: PageMatcher) => void,
    private readonly signal: AbortSignal,
    /**
     * The kinds whose cues were already found in the page (by the content script): if the reader
     * marks every one of them, the first probe loads the matcher without reading the page again.
     */
    private cued: readonly EntityKind[] | null = null,
  ) {
    this.setKinds(kinds);
  }

  /** The matcher, once loaded. */
  get ready(): PageMatcher | null {
    return this.loaded;
  }

  /** Cues of the kinds now wanted: a kind turned off no longer wakes the matcher. */
  setKinds(kinds: readonly EntityKind[]): void {
    this.kinds = kinds;
    try {
      this.cues = cueRegExp(kinds.map((k) => this.cuesByKind[k] ?? ''));
    } catch {
      // Cues read from storage that do not compile: the page is read with the matcher rather than missed.
      this.cues = /[^]/;
    }
  }

  /** Other cues (the data packs' as well as the bundle's), for the kinds already wanted. */
  setCues(cues: CuesByKind): void {
    this.cuesByKind = cues;
    this.setKinds(this.kinds);
  }

  /** Looks for cues under `roots`; on the first one found, loads the matcher (and says so). */
  probe(roots: readonly Node[], onShadowRoot: (root: ShadowRoot) => void): boolean {
    const cues = this.cues;
    const cued = this.cued;
    this.cued = null;
    if (this.loading || !cues) return this.loading !== null;
    if (cued?.length && cued.every((k) => this.kinds.includes(k))) {
      this.load().catch(() => undefined);
      return true;
    }
    for (const root of roots) {
      if (rootHasCue(root, cues, onShadowRoot)) {
        this.load().catch(() => undefined);
        return true;
      }
    }
    return false;
  }

  /** Loads the matcher now (a lookup of selected text needs it whatever the page says). */
  load(): Promise<PageMatcher> {
    this.loading ??= this.source().then((pm) => {
      if (!this.loaded && !this.signal.aborted) {
        this.loaded = pm;
        this.onReady(pm);
      }
      return pm;
    }, (err: unknown) => {
      this.loading = null;
      throw err;
    });
    return this.loading;
  }
}
