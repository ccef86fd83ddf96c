import type { Clock } from './clock.ts';

/** How a card came to be opened, which decides where focus goes. */
export type OpenReason = 'hover' | 'tap' | 'keyboard';

/** What the hover logic asks of the card. */
export interface HoverIntentTarget<M> {
  open(mention: M, reason: OpenReason): void;
  close(): void;
}

/** Delays, in ms. */
export interface HoverIntentTiming {
  /** The pointer must rest on a mark this long before its card opens. */
  openDelay: number;
  /** The card waits this long after the pointer leaves, so it can travel into the card. */
  closeDelay: number;
}

export const DEFAULT_TIMING: HoverIntentTiming = { openDelay: 200, closeDelay: 300 };

/**
 * When a card opens and closes. A card that opened on every pointer pass would flicker over
 * the text being read, so the pointer must rest on a mark first; and a card that closed the
 * moment the pointer left its mark could never be reached, so leaving starts a short grace
 * period that entering the card cancels. Pure state over an injected clock.
 */
export class HoverIntent<M> {
  private shown: M | null = null;
  private pending: M | null = null;
  private pendingTimer: unknown = null;
  private closeTimer: unknown = null;
  private inCard = false;

  constructor(
    private readonly target: HoverIntentTarget<M>,
    private readonly clock: Clock,
    private readonly timing: HoverIntentTiming = DEFAULT_TIMING,
  ) {}

  /** The mention whose card is open, if any. */
  get openMention(): M | null {
    return this.shown;
  }

  /** The pointer is over `mention` in the page (or over no mention, when null). */
  pointerAt(mention: M | null): void {
    if (mention === null) {
      this.cancelPending();
      if (this.shown !== null && !this.inCard) this.scheduleClose();
    } else if (mention === this.shown) {
      this.cancelPending();
      this.cancelClose();
    } else if (mention !== this.pending) {
      this.cancelPending();
      this.pending = mention;
      this.pendingTimer = this.clock.setTimeout(() => this.openNow(mention, 'hover'), this.timing.openDelay);
    }
  }

  /** The pointer entered (true) or left (false) the open card. */
  pointerInCard(inside: boolean): void {
    if (this.shown === null) return;
    this.inCard = inside;
    if (inside) {
      this.cancelPending();
      this.cancelClose();
    } else {
      this.scheduleClose();
    }
  }

  /** Opens at once: a tap, a keyboard command, or a lookup from the menu. */
  openNow(mention: M, reason: OpenReason): void {
    this.cancelPending();
    this.cancelClose();
    this.shown = mention;
    this.inCard = false;
    this.target.open(mention, reason);
  }

  /** Closes at once: Escape, scrolling the mark away, a tap elsewhere, teardown. */
  closeNow(): void {
    this.cancelPending();
    this.cancelClose();
    this.inCard = false;
    if (this.shown === null) return;
    this.shown = null;
    this.target.close();
  }

  private cancelPending(): void {
    if (this.pendingTimer !== null) this.clock.clearTimeout(this.pendingTimer);
    this.pendingTimer = null;
    this.pending = null;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.clock.setTimeout(() => {
      this.closeTimer = null;
      this.closeNow();
    }, this.timing.closeDelay);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.clock.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
