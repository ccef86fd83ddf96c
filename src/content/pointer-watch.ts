import { caretAt, rangeContainsPoint } from './caret-hit.ts';
import type { PageMention } from './page-marks.ts';

/** What the pointer watcher reports. */
export interface PointerWatchEvents {
  /** The pointer (mouse or pen) now rests over this mention, or over none. */
  over(m: PageMention | null): void;
  /** A tap (touch) on a mention, or on nothing. */
  tap(m: PageMention | null): void;
  /** A press anywhere outside our card. */
  pressOutside(): void;
}

/** What the watcher asks of the page state. */
export interface PointerWatchSource {
  at(node: Node, offset: number): PageMention[];
  shadowRoots(): ShadowRoot[];
  isOurs(target: EventTarget | null): boolean;
  /** Whether anything is marked at all: no mark, no hit-testing. */
  readonly any: boolean;
}

/**
 * Turns pointer movement into "over which mention". Highlights are not elements, so this asks
 * the browser for the caret position under the pointer (at most once per frame), looks it up in
 * the range index and confirms it against the mark's boxes. Listens on the window in the
 * capture phase, passively, so the page's own handlers run exactly as before.
 */
export function watchPointer(win: Window, src: PointerWatchSource, events: PointerWatchEvents, signal: AbortSignal): void {
  const doc = win.document;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  let lastTarget: EventTarget | null = null;

  const hit = (x: number, y: number): PageMention | null => {
    if (!src.any) return null;
    const caret = caretAt(doc, x, y, src.shadowRoots());
    if (!caret) return null;
    for (const m of src.at(caret.node, caret.offset)) if (rangeContainsPoint(m.range, x, y)) return m;
    return null;
  };

  const onFrame = () => {
    frame = 0;
    if (src.isOurs(lastTarget)) return;
    events.over(hit(lastX, lastY));
  };

  win.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      lastX = e.clientX;
      lastY = e.clientY;
      lastTarget = e.target;
      if (!frame) frame = win.requestAnimationFrame(onFrame);
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener(
    'pointerdown',
    (e) => {
      if (src.isOurs(e.target)) return;
      if (e.pointerType === 'touch') events.tap(hit(e.clientX, e.clientY));
      else if (!hit(e.clientX, e.clientY)) events.pressOutside();
    },
    { capture: true, passive: true, signal },
  );
  doc.documentElement.addEventListener('pointerleave', () => events.over(null), { passive: true, signal });
  signal.addEventListener('abort', () => frame && win.cancelAnimationFrame(frame), { once: true });
}
