import type { EntityCard } from '../core/card-types.ts';
import type { CuesByKind } from '../core/cues.ts';
import type { EntityInfo, EntityKind } from '../core/dataset-schema.ts';
import type { PageEntityCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import type { SourceOpener } from '../ui/source-ref.ts';
import type { TimelineOpener } from '../ui/timeline-path.ts';
import { emptyStats } from './bench-seam.ts';
import type { CardAnchor, CardContent } from './card-host.tsx';
import { LazyCardHost } from './card-loader.ts';
import { realClock, WorkAccount, type Clock } from './clock.ts';
import { HighlightPainter } from './highlight-painter.ts';
import { HoverIntent, type OpenReason } from './hover-intent.ts';
import { MatcherGate } from './matcher-gate.ts';
import type { MatcherSource, PageMatcher } from './matcher-source.ts';
import { MutationWatch } from './mutation-watch.ts';
import { PageMarks, type MarkFilter, type PageMention } from './page-marks.ts';
import { PageScanner } from './page-scanner.ts';
import { watchPointer } from './pointer-watch.ts';
import { SliceScheduler, type IdleHost } from './slice-scheduler.ts';
import { ViewWindow } from './view-window.ts';
import { visibleStart } from './visible-start.ts';


/** Everything the content script takes from outside; tests and the page benchmark pass their own. */
export interface ContentDeps {
  win: Window;
  /** Called once, when the page first holds text that may name something. */
  matcher: MatcherSource;
  cues: CuesByKind;
  /** The kinds whose cues the content script already found on this page, if it did. */
  cued?: readonly EntityKind[] | null;
  entities: ReadonlyMap<string, EntityInfo>;
  lookup(entityId: string): Promise<EntityCard | null>;
  reportCount(count: number): void;
  /** Asks for the card UI (card.js) to be put into this frame; resolves once it has run. */
  loadCard(): Promise<unknown>;
  opener: SourceOpener;
  /** The card's Timeline link: opens the timeline focused on the card's entity. */
  timeline: TimelineOpener;
  clock?: Clock;
  idle?: IdleHost;
  /** Whether this browser's highlights inherit from the root's (highlight-painter.ts). */
  highlightsInherit?: boolean;
}

function filterOf(s: Settings, entities: ReadonlyMap<string, EntityInfo>): MarkFilter {
  const kinds = new Set(s.kinds);
  return { allow: (id) => kinds.has(entities.get(id)?.kind ?? 'topic'), firstOnly: s.firstOnly };
}

/** The marking and card half of {@link ContentApp}. */
interface PageParts {
  painter: HighlightPainter;
  marks: PageMarks;
  scheduler: SliceScheduler;
  intent: HoverIntent<PageMention>;
  card: LazyCardHost;
}

/**
 * FactLens in one page: reads and marks it, follows its changes, opens cards on hover, tap and
 * keyboard, and answers the popup and the background. Everything it adds (highlights, the
 * adopted sheet, listeners, the observer, the card host) goes when `signal` aborts.
 */
export class ContentApp {
  private readonly gate: MatcherGate;
  /** Made once the matcher is loaded; until then the gate alone looks at the page. */
  private scanner: PageScanner | null = null;
  /**
   * What marks and cards need, made when the matcher arrives or the first card is asked for: a
   * page that names nothing never builds any of it, nor gets its pointer, scroll and key listeners.
   */
  private parts: PageParts | null = null;
  private settings: Settings;
  private readonly watch: MutationWatch;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly clock: Clock;
  /** Our time on the main thread: slices and mutation callbacks (the benchmark's account in Firefox). */
  private readonly work: WorkAccount;
  private cursor: PageMention | null = null;
  private openSeq = 0;
  /** Time from hover intent to the card in the DOM, per opening (lookup round trip included). */
  private readonly cardOpenTimes: number[] = [];
  private lastCount = -1;
  /** When the number of marks first and last changed (page clock): the benchmark's "first mark" and "all marked". */
  private readonly shownAt = { first: -1, last: -1, count: 0 };
  private countTimer: unknown = null;
  private readonly isOurs = (n: Node) => this.parts?.card.isHost(n) ?? false;

  constructor(
    private readonly deps: ContentDeps,
    settings: Settings,
    private readonly signal: AbortSignal,
  ) {
    const doc = deps.win.document;
    this.settings = settings;
    this.clock = deps.clock ?? realClock;
    this.work = new WorkAccount(() => this.clock.now());
    this.gate = new MatcherGate(deps.matcher, deps.cues, settings.kinds, (pm) => this.startScanner(pm), signal, deps.cued ?? null);
    this.watch = new MutationWatch(doc, {
      isOurs: this.isOurs,
      clock: this.clock,
      account: this.work,
      onBlocks: (roots, removed, now) => {
        const parts = this.parts;
        if (!this.scanner || !parts) return void this.probe(roots);
        parts.painter.register();
        for (const n of removed) parts.marks.dropUnder(n);
        this.scanner.rescan(roots, now);
        this.changed();
      },
      onNavigate: () => {
        this.parts?.intent.closeNow();
        if (this.scanner) this.scanner.full();
        else this.probe([doc]);
      },
    }, signal);
    signal.addEventListener('abort', () => {
      const parts = this.parts;
      if (parts) {
        parts.intent.closeNow();
        parts.marks.clear();
        parts.painter.destroy();
      }
      if (this.countTimer !== null) this.clock.clearTimeout(this.countTimer);
      this.deps.reportCount(0);
    }, { once: true });
    this.probe([doc]);
  }

  /** The marking and card half, made on first use. */
  private partsNow(): PageParts {
    if (this.parts) return this.parts;
    const { deps, signal } = this;
    const { win } = deps;
    const doc = win.document;
    const idle: IdleHost = deps.idle ?? {
      requestIdleCallback: win.requestIdleCallback?.bind(win),
      cancelIdleCallback: win.cancelIdleCallback?.bind(win),
      setTimeout: (fn, ms) => win.setTimeout(fn, ms),
      clearTimeout: (h) => win.clearTimeout(h as number),
      now: () => win.performance.now(),
    };
    const painter = new HighlightPainter(doc, this.settings.markStyle, undefined, deps.highlightsInherit);
    for (const root of this.shadowRoots) painter.adopt(root);
    const marks = new PageMarks(new ViewWindow(painter, win), filterOf(this.settings, deps.entities));
    const scheduler = new SliceScheduler(idle, signal, undefined, this.work);
    const intent: HoverIntent<PageMention> = new HoverIntent<PageMention>({
      open: (m, reason) => this.openCard(m, reason),
      close: () => card.hide(),
    }, this.clock);
    const card: LazyCardHost = new LazyCardHost(doc, {
      pointerInside: (inside) => intent.pointerInCard(inside),
      escape: () => intent.closeNow(),
      close: () => intent.closeNow(),
    }, { source: deps.opener, timeline: deps.timeline }, signal, () => deps.loadCard());
    const parts: PageParts = { painter, marks, scheduler, intent, card };
    this.parts = parts;
    const isOurs = this.isOurs;
    watchPointer(win, {
      at: (n, o) => marks.at(n, o),
      shadowRoots: () => [...this.shadowRoots],
      isOurs: (t) => t !== null && isOurs(t as Node),
      get any() {
        return marks.size > 0;
      },
    }, {
      over: (m) => {
        // A page may have cleared the shared registry since: the reader pointing at a mark puts it back.
        if (m) painter.register();
        // The card UI loads while the hover intent is still waiting, so the first card is not late.
        if (m) card.ready().catch(() => undefined);
        painter.setHover(m?.range ?? null);
        intent.pointerAt(m);
      },
      tap: (m) => (m ? intent.openNow(m, 'tap') : intent.closeNow()),
      pressOutside: () => intent.closeNow(),
    }, signal);
    win.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && intent.openMention) intent.closeNow();
    }, { capture: true, signal });
    win.addEventListener('scroll', () => this.followScroll(), { capture: true, passive: true, signal });
    win.addEventListener('resize', () => card.reposition(), { passive: true, signal });
    return parts;
  }

  private probe(roots: Node[]): void {
    this.gate.probe(roots, (root) => this.addShadowRoot(root));
  }

  /** The matcher is in: read the whole page with it, the part in view first. */
  private startScanner(pm: PageMatcher): void {
    const doc = this.deps.win.document;
    const { marks, scheduler } = this.partsNow();
    this.scanner = new PageScanner(doc, pm, marks, scheduler, {
      ignore: this.isOurs,
      view: this.deps.win,
      onShadowRoot: (root) => this.addShadowRoot(root),
    }, () => this.changed());
    this.scanner.full(undefined, visibleStart(doc));
  }

  /** Whether the page was read with the matcher (loaded on its first cue). */
  get matched(): boolean {
    return this.gate.ready !== null;
  }

  /** Settings changed while running: new filter and style, without reading the page again. */
  applySettings(s: Settings): void {
    this.settings = s;
    this.parts?.painter.setStyle(s.markStyle);
    this.parts?.marks.setFilter(filterOf(s, this.deps.entities));
    this.gate.setKinds(s.kinds);
    if (!this.scanner) this.probe([this.deps.win.document]);
    this.changed();
  }

  /** Cues known later than the settings (the data packs'): a page not yet read is probed with them. */
  setCues(cues: CuesByKind): void {
    this.gate.setCues(cues);
    if (!this.scanner) this.probe([this.deps.win.document]);
  }

  /** `pageMentions`: the entities marked here, most mentioned first. */
  pageMentions(): PageEntityCount[] {
    const counts = new Map<string, number>();
    for (const m of this.parts?.marks.list ?? []) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    return [...counts].flatMap(([entityId, count]) => {
      const e = this.deps.entities.get(entityId);
      return e ? [{ entityId, name: e.name, ...(typeof e.ru?.name === 'string' ? { ru: { name: e.ru.name } } : {}), kind: e.kind, count }] : [];
    }).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** `revealEntity`: scrolls to the first mark of an entity and flashes it. */
  revealEntity(entityId: string): boolean {
    const m = this.parts?.marks.list.find((x) => x.entityId === entityId);
    if (!m) return false;
    this.scrollTo(m);
    this.parts!.painter.flashOnce(m.range);
    return true;
  }

  /** `nextMention`: the next mark after the current one (wrapping), scrolled to, its card opened with focus. */
  nextMention(): boolean {
    const parts = this.parts;
    const list = parts?.marks.list ?? [];
    if (!parts || list.length === 0) return false;
    const i = this.cursor ? list.indexOf(this.cursor) : -1;
    const m = list[(i + 1) % list.length]!;
    this.cursor = m;
    this.scrollTo(m);
    parts.painter.flashOnce(m.range, 800);
    parts.intent.openNow(m, 'keyboard');
    return true;
  }

  /** `lookupSelection`: the card for what the selected text names, or a plain "nothing known". */
  async lookupSelection(text: string): Promise<boolean> {
    const { win } = this.deps;
    const sel = win.document.getSelection();
    const range = sel && sel.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    // Without a selection to point at, the card appears near the top of the view.
    const top = new DOMRect(Math.max(8, win.innerWidth / 2 - 170), 8, 0, 0);
    const anchor: CardAnchor = range ?? { getBoundingClientRect: () => top, getClientRects: () => [top] };
    const parts = this.partsNow();
    const pm = await this.gate.load().catch(() => null);
    const found = pm?.matcher.scan(text)[0];
    const [card, ready] = await Promise.all([found ? this.deps.lookup(found.entityId) : null, parts.card.ready().then(() => true, () => false)]);
    if (this.signal.aborted || !ready) return false;
    parts.intent.closeNow();
    const content: CardContent = card ? { kind: 'card', card } : { kind: 'unknown', query: text.trim() };
    parts.card.show(content, anchor, true);
    return card !== null;
  }

  /** Sizes for structural checks (nothing accumulates), and the scheduler's slice times. */
  get stats() {
    const p = this.parts;
    return {
      ...emptyStats(),
      ...(p && { ...p.marks.stats, slices: [...p.scheduler.sliceTimes], sliceTotal: { ...p.scheduler.total } }),
      workMs: this.work.ms,
      shownAt: { ...this.shownAt },
      cardOpens: [...this.cardOpenTimes],
    };
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.parts?.painter.adopt(root);
    this.watch?.observe(root);
  }

  private openCard(m: PageMention, reason: OpenReason): void {
    const seq = ++this.openSeq;
    const asked = this.clock.now();
    const parts = this.partsNow();
    Promise.all([this.deps.lookup(m.entityId), parts.card.ready()]).then(([card]) => {
      if (seq !== this.openSeq || parts.intent.openMention !== m || this.signal.aborted) return;
      if (!card) {
        parts.intent.closeNow();
        return;
      }
      parts.card.show({ kind: 'card', card }, m.range, reason === 'keyboard');
      if (this.cardOpenTimes.length >= 50) this.cardOpenTimes.shift();
      this.cardOpenTimes.push(this.clock.now() - asked);
    }, () => parts.intent.closeNow());
  }

  private scrollTo(m: PageMention): void {
    const el = m.spans[0]!.node.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Scrolling moves the card with its mark, and closes it once the mark has left the view. */
  private followScroll(): void {
    const parts = this.parts;
    const m = parts?.intent.openMention;
    if (!parts || !m || !parts.card.isOpen) return;
    const r = m.range.getBoundingClientRect();
    const h = this.deps.win.innerHeight;
    if (r.bottom < 0 || r.top > h || (r.width === 0 && r.height === 0)) parts.intent.closeNow();
    else parts.card.reposition();
  }

  /** The badge count follows the page, at most a few times a second. */
  private changed(): void {
    const parts = this.parts;
    if (!parts) return;
    const { marks } = parts;
    const shown = marks.size;
    if (shown !== this.shownAt.count) {
      const now = parts.scheduler.now();
      if (this.shownAt.first < 0) this.shownAt.first = now;
      this.shownAt.last = now;
      this.shownAt.count = shown;
    }
    if (this.countTimer !== null || this.signal.aborted) return;
    this.countTimer = this.clock.setTimeout(() => {
      this.countTimer = null;
      const n = marks.size;
      if (n !== this.lastCount && !this.signal.aborted) {
        this.lastCount = n;
        this.deps.reportCount(n);
      }
    }, 250);
  }
}
