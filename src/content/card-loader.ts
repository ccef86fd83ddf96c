import type { CardAnchor, CardContent, CardHost, CardHostEvents, CardOpeners } from './card-host.tsx';

/**
 * Where `card.js` leaves the card host class: a property of our isolated world's global, which
 * the page cannot see, under a key no page script names.
 */
export const CARD_HOST_SLOT = Symbol.for('factlens.card-host');

type CardHostClass = typeof CardHost;
type Slot = { [CARD_HOST_SLOT]?: CardHostClass };

/**
 * The card host, loaded only when a card is first wanted. The content script that runs in
 * every page carries none of the card UI (preact, the components, Floating UI): on first need
 * it asks the background, which injects `card.js` into this frame's isolated world, where it
 * registers the class under `CARD_HOST_SLOT`. Until then there is no host, nothing is open and
 * nothing is ours in the page.
 */
export class LazyCardHost {
  private host: CardHost | null = null;
  private loading: Promise<CardHost> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
    private readonly openers: CardOpeners,
    private readonly signal: AbortSignal,
    private readonly requestCard: () => Promise<unknown>,
    private readonly slot: Slot = globalThis as Slot,
  ) {}

  /** Loads the card UI once; a failed load is tried again on the next call. */
  ready(): Promise<CardHost> {
    this.loading ??= this.load().catch((err: unknown) => {
      this.loading = null;
      throw err;
    });
    return this.loading;
  }

  isHost(n: Node): boolean {
    return this.host?.isHost(n) ?? false;
  }

  get isOpen(): boolean {
    return this.host?.isOpen ?? false;
  }

  /** Shows content once `ready()` has resolved; before that there is nothing to show it in. */
  show(content: CardContent, anchor: CardAnchor, focus: boolean): void {
    this.host?.show(content, anchor, focus);
  }

  hide(): void {
    this.host?.hide();
  }

  reposition(): void {
    this.host?.reposition();
  }

  private async load(): Promise<CardHost> {
    if (!this.slot[CARD_HOST_SLOT]) await this.requestCard();
    const Host = this.slot[CARD_HOST_SLOT];
    if (!Host) throw new Error('the card UI did not load');
    if (this.signal.aborted) throw new Error('stopped');
    this.host = new Host(this.doc, this.events, this.openers, this.signal);
    return this.host;
  }
}
