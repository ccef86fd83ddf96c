import type { EntityCard } from '../core/card-types.ts';
import type { CuesByKind } from '../core/cues.ts';
import type { Entity } from '../core/dataset-schema.ts';
import type { PageEntityCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import type { SourceOpener } from '../ui/source-ref.ts';
import type { TimelineOpener } from '../ui/timeline-path.ts';
import type { CardAnchor, CardContent } from './card-host.tsx';
import { LazyCardHost } from './card-loader.ts';
import { realClock, type Clock } from './clock.ts';
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

/** The slim entity record the content script carries (name and kind, for lists and filters). */
export type EntityInfo = Pick<Entity, 'id' | 'name' | 'kind'>;

/** Everything the content script takes from outside; tests and the page benchmark pass their own. */
export interface ContentDeps {
  win: Window;
  /** Called once, when the page first holds text that may name something. */
  matcher: MatcherSource;
  cues: CuesByKind;
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
}

function filterOf(s: Settings, entities: ReadonlyMap<string, EntityInfo>): MarkFilter {
  const kinds = new Set(s.kinds);
  return { allow: (id) => kinds.has(entities.get(id)?.kind ?? 'topic'), firstOnly: s.firstOnly };
}

/**
 * FactLens in one page: reads and marks it, follows its changes, opens cards on hover, tap and
 * keyboard, and answers the popup and the background. Everything it adds (highlights, the
 * adopted sheet, listeners, the observer, the card host) goes when `signal` aborts.
 */
export class ContentApp {
  private readonly painter: HighlightPainter;
  private readonly marks: PageMarks;
  private readonly gate: MatcherGate;
  /** Made once the matcher is loaded; until then the gate alone looks at the page. */
  private scanner: PageScanner | null = null;
  private readonly watch: MutationWatch;
  private readonly card: LazyCardHost;
  private readonly intent: HoverIntent<PageMention>;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly scheduler: SliceScheduler;
  private readonly clock: Clock;
  private cursor: PageMention | null = null;
  private openSeq = 0;
  /** Time from hover intent to the card in the DOM, per opening (lookup round trip included). */
  private readonly cardOpenTimes: number[] = [];
  private lastCount = -1;
  /** When the number of marks first and last changed (page clock): the benchmark's "first mark" and "all marked". */
  private readonly shownAt = { first: -1, last: -1, count: 0 };
  private countTimer: unknown = null;

  constructor(
    private readonly deps: ContentDeps,
    settings: Settings,
    private readonly signal: AbortSignal,
  ) {
    const { win } = deps;
    const doc = win.document;
    this.clock = deps.clock ?? realClock;
    const idle: IdleHost = deps.idle ?? {
      requestIdleCallback: win.requestIdleCallback?.bind(win),
      cancelIdleCallback: win.cancelIdleCallback?.bind(win),
      setTimeout: (fn, ms) => win.setTimeout(fn, ms),
      clearTimeout: (h) => win.clearTimeout(h as number),
      now: () => win.performance.now(),
    };
    this.painter = new HighlightPainter(doc, settings.markStyle);
    this.marks = new PageMarks(new ViewWindow(this.painter, win), filterOf(settings, deps.entities));
    this.scheduler = new SliceScheduler(idle, signal);
    this.card = new LazyCardHost(doc, {
      pointerInside: (inside) => this.intent.pointerInCard(inside),
      escape: () => this.intent.closeNow(),
      close: () => this.intent.closeNow(),
    }, { source: deps.opener, timeline: deps.timeline }, signal, () => deps.loadCard());
    const isOurs = (n: Node) => this.card.isHost(n);
    this.gate = new MatcherGate(deps.matcher, deps.cues, settings.kinds, (pm) => this.startScanner(pm, isOurs), signal);
    this.intent = new HoverIntent<PageMention>({
      open: (m, reason) => this.openCard(m, reason),
      close: () => this.card.hide(),
    }, this.clock);
    this.watch = new MutationWatch(doc, {
      isOurs,
      onBlocks: (roots) => {
        if (!this.scanner) return void this.probe(roots);
        this.painter.register();
        this.marks.prune();
        this.scanner.rescan(roots);
        this.changed();
      },
      onNavigate: () => {
        this.intent.closeNow();
        if (this.scanner) this.scanner.full();
        else this.probe([doc]);
      },
    }, signal);
    const marks = this.marks;
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
        if (m) this.painter.register();
        // The card UI loads while the hover intent is still waiting, so the first card is not late.
        if (m) this.card.ready().catch(() => undefined);
        this.painter.setHover(m?.range ?? null);
        this.intent.pointerAt(m);
      },
      tap: (m) => (m ? this.intent.openNow(m, 'tap') : this.intent.closeNow()),
      pressOutside: () => this.intent.closeNow(),
    }, signal);
    win.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.intent.openMention) this.intent.closeNow();
    }, { capture: true, signal });
    win.addEventListener('scroll', () => this.followScroll(), { capture: true, passive: true, signal });
    win.addEventListener('resize', () => this.card.reposition(), { passive: true, signal });
    signal.addEventListener('abort', () => {
      this.intent.closeNow();
      this.marks.clear();
      this.painter.destroy();
      if (this.countTimer !== null) this.clock.clearTimeout(this.countTimer);
      this.deps.reportCount(0);
    }, { once: true });
    this.probe([doc]);
  }

  private probe(roots: Node[]): void {
    this.gate.probe(roots, (root) => this.addShadowRoot(root));
  }

  /** The matcher is in: read the whole page with it, the part in view first. */
  private startScanner(pm: PageMatcher, isOurs: (n: Node) => boolean): void {
    const doc = this.deps.win.document;
    this.scanner = new PageScanner(doc, pm, this.marks, this.scheduler, {
      ignore: isOurs,
      view: this.deps.win,
      onShadowRoot: (root) => this.addShadowRoot(root),
    }, () => this.changed());
    this.scanner.full(undefined, visibleStart(doc));
  }

  /** Settings changed while running: new filter and style, without reading the page again. */
  applySettings(s: Settings): void {
    this.painter.setStyle(s.markStyle);
    this.marks.setFilter(filterOf(s, this.deps.entities));
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
    for (const m of this.marks.list) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    return [...counts].flatMap(([entityId, count]) => {
      const e = this.deps.entities.get(entityId);
      return e ? [{ entityId, name: e.name, kind: e.kind, count }] : [];
    }).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** `revealEntity`: scrolls to the first mark of an entity and flashes it. */
  revealEntity(entityId: string): boolean {
    const m = this.marks.list.find((x) => x.entityId === entityId);
    if (!m) return false;
    this.scrollTo(m);
    this.painter.flashOnce(m.range);
    return true;
  }

  /** `nextMention`: the next mark after the current one (wrapping), scrolled to, its card opened with focus. */
  nextMention(): boolean {
    const list = this.marks.list;
    if (list.length === 0) return false;
    const i = this.cursor ? list.indexOf(this.cursor) : -1;
    const m = list[(i + 1) % list.length]!;
    this.cursor = m;
    this.scrollTo(m);
    this.painter.flashOnce(m.range, 800);
    this.intent.openNow(m, 'keyboard');
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
    const pm = await this.gate.load().catch(() => null);
    const found = pm?.matcher.scan(text)[0];
    const [card, ready] = await Promise.all([found ? this.deps.lookup(found.entityId) : null, this.card.ready().then(() => true, () => false)]);
    if (this.signal.aborted || !ready) return false;
    this.intent.closeNow();
    const content: CardContent = card ? { kind: 'card', card } : { kind: 'unknown', query: text.trim() };
    this.card.show(content, anchor, true);
    return card !== null;
  }

  /** Sizes for structural checks (nothing accumulates), and the scheduler's slice times. */
  get stats() {
    return { ...this.marks.stats, shownAt: { ...this.shownAt }, slices: [...this.scheduler.sliceTimes], sliceTotal: { ...this.scheduler.total }, cardOpens: [...this.cardOpenTimes] };
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.painter.adopt(root);
    this.watch?.observe(root);
  }

  private openCard(m: PageMention, reason: OpenReason): void {
    const seq = ++this.openSeq;
    const asked = this.clock.now();
    Promise.all([this.deps.lookup(m.entityId), this.card.ready()]).then(([card]) => {
      if (seq !== this.openSeq || this.intent.openMention !== m || this.signal.aborted) return;
      if (!card) {
        this.intent.closeNow();
        return;
      }
      this.card.show({ kind: 'card', card }, m.range, reason === 'keyboard');
      if (this.cardOpenTimes.length >= 50) this.cardOpenTimes.shift();
      this.cardOpenTimes.push(this.clock.now() - asked);
    }, () => this.intent.closeNow());
  }

  private scrollTo(m: PageMention): void {
    const el = m.spans[0]!.node.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Scrolling moves the card with its mark, and closes it once the mark has left the view. */
  private followScroll(): void {
    const m = this.intent.openMention;
    if (!m || !this.card.isOpen) return;
    const r = m.range.getBoundingClientRect();
    const h = this.deps.win.innerHeight;
    if (r.bottom < 0 || r.top > h || (r.width === 0 && r.height === 0)) this.intent.closeNow();
    else this.card.reposition();
  }

  /** The badge count follows the page, at most a few times a second. */
  private changed(): void {
    const shown = this.marks.size;
    if (shown !== this.shownAt.count) {
      const now = this.scheduler.now();
      if (this.shownAt.first < 0) this.shownAt.first = now;
      this.shownAt.last = now;
      this.shownAt.count = shown;
    }
    if (this.countTimer !== null || this.signal.aborted) return;
    this.countTimer = this.clock.setTimeout(() => {
      this.countTimer = null;
      const n = this.marks.size;
      if (n !== this.lastCount && !this.signal.aborted) {
        this.lastCount = n;
        this.deps.reportCount(n);
      }
    }, 250);
  }
}
