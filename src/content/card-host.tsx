import { computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityCard } from '../core/card-types.ts';
import { browserLocale } from '../platform/i18n.ts';
import { cardSheet } from '../ui/card-styles.ts';
import { FactCard } from '../ui/fact-card.tsx';
import { LocaleProvider } from '../ui/i18n.ts';
import type { SourceOpener } from '../ui/source-ref.ts';
import { TimelineOpenerProvider } from '../ui/timeline-link.tsx';
import type { TimelineOpener } from '../ui/timeline-path.ts';
import { UnknownCard } from '../ui/unknown-card.tsx';
import { CARD_HOST_SLOT } from './card-loader.ts';

/** What the card shows: an entity's facts, or that a looked-up text is unknown. */
export type CardContent = { kind: 'card'; card: EntityCard } | { kind: 'unknown'; query: string };

/**
 * How links in a card open: a source in the viewer, the timeline focused on the card's entity.
 * A page cannot open extension pages itself, so both ask the background.
 */
export interface CardOpeners {
  source: SourceOpener;
  timeline: TimelineOpener;
}

/** Where a card points: a mention's range, a selection, or a fixed place in the view. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): ArrayLike<DOMRect> & Iterable<DOMRect>;
}

/** What the host reports back to whoever decides when cards open and close. */
export interface CardHostEvents {
  pointerInside(inside: boolean): void;
  escape(): void;
  close(): void;
}

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; ' +
  'height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; ' +
  'background: transparent !important; display: block !important; z-index: 2147483647 !important; ' +
  'pointer-events: none !important; visibility: visible !important; opacity: 1 !important; transform: none !important;';

const FLOAT_CSS = `.fl-float { position: fixed; top: 0; left: 0; pointer-events: auto; }
.fl-float[hidden] { display: none; }`;

/**
 * The one element FactCard adds to a page: a host with a closed shadow root holding the card.
 * Page CSS cannot reach in (closed root, `:host{all:initial}`, adopted sheets that need no
 * CSP allowance), and where the Popover API exists the host goes to the top layer, above any
 * overlay's z-index. Created on first use, removed on teardown.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private float: HTMLElement | null = null;
  private anchor: CardAnchor | null = null;
  private returnFocus: HTMLElement | null = null;
  private positionSeq = 0;
  /** The browser's UI language and our words in it, read once: the card is in the reader's language, not the page's. */
  private readonly locale = browserLocale();

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
    private readonly openers: CardOpeners,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Whether an element is our host: the scanner and the observer leave it alone. */
  isHost(el: Node): boolean {
    return el === this.host;
  }

  get isOpen(): boolean {
    return !!this.float && !this.float.hidden;
  }

  /** Shows content next to `anchor`; with `focus`, moves keyboard focus into the card. */
  show(content: CardContent, anchor: CardAnchor, focus: boolean): void {
    const float = this.ensure();
    this.anchor = anchor;
    const onClose = () => this.events.close();
    render(
      <LocaleProvider value={this.locale}>
        <TimelineOpenerProvider value={this.openers.timeline}>
          {content.kind === 'card' ? (
            <FactCard card={content.card} opener={this.openers.source} onClose={onClose} idPrefix="factlens-card" />
          ) : (
            <UnknownCard query={content.query} onClose={onClose} idPrefix="factlens-card" />
          )}
        </TimelineOpenerProvider>
      </LocaleProvider>,
      float,
    );
    float.hidden = false;
    const host = this.host!;
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.toTopLayer(host);
    this.reposition();
    if (focus) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== host ? active : null;
      float.querySelector<HTMLElement>('.fl-card')?.focus({ preventScroll: true });
    }
  }

  /** Hides the card, giving focus back to where it was if the card had taken it. */
  hide(): void {
    if (!this.float || this.float.hidden) return;
    this.float.hidden = true;
    render(null, this.float);
    this.anchor = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  /** Places the card beside its mark again (after scrolling, resizing, or a page layout change). */
  reposition(): void {
    const float = this.float;
    const anchor = this.anchor;
    if (!float || !anchor) return;
    const seq = ++this.positionSeq;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => [...anchor.getClientRects()],
    };
    void computePosition(reference, float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        inline(),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Where neither side has room for the whole card, it scrolls inside the room there is.
        size({
          padding: 8,
          apply: ({ availableHeight }) => float.style.setProperty('--fl-max-h', `${Math.max(140, Math.floor(availableHeight))}px`),
        }),
      ],
    }).then(({ x, y }) => {
      if (seq !== this.positionSeq) return;
      float.style.left = `${Math.round(x)}px`;
      float.style.top = `${Math.round(y)}px`;
    });
  }

  private ensure(): HTMLElement {
    if (this.float) return this.float;
    const host = this.doc.createElement('factlens-card');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const floatSheet = new CSSStyleSheet();
    floatSheet.replaceSync(FLOAT_CSS);
    shadow.adoptedStyleSheets = [cardSheet(), floatSheet];
    const float = this.doc.createElement('div');
    float.className = 'fl-float';
    float.hidden = true;
    float.addEventListener('pointerenter', () => this.events.pointerInside(true));
    float.addEventListener('pointerleave', () => this.events.pointerInside(false));
    float.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.events.escape();
      }
    });
    shadow.append(float);
    this.host = host;
    this.float = float;
    return float;
  }

  private toTopLayer(host: HTMLElement): void {
    if (typeof host.showPopover !== 'function') return;
    if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // Not in the top layer (the page may hold a modal): the z-index above still applies.
    }
  }

  private destroy(): void {
    if (this.float) render(null, this.float);
    this.host?.remove();
    this.host = null;
    this.float = null;
    this.anchor = null;
  }
}

// Built alone as card.js and injected on the first card: hands the class to the content script.
(globalThis as { [CARD_HOST_SLOT]?: typeof CardHost })[CARD_HOST_SLOT] ??= CardHost;
