import type { Settings } from '../shared/settings.ts';

/** A short random tag, so our highlight names cannot collide with anything a page registers. */
export function randomTag(): string {
  const a = new Uint32Array(2);
  crypto.getRandomValues(a);
  return `${a[0]!.toString(36)}${a[1]!.toString(36)}`;
}

/** The declarations of the mark highlight for each mark style (the page benchmark's floor uses them too). */
export const MARK_RULES: Record<Settings['markStyle'], string> = {
  // Longhands, 2px: Firefox paints the shorthand's 1.5px dotted line faint grey in a highlight.
  underline: 'text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: rgb(37, 99, 235); text-decoration-thickness: 2px;',
  tint: 'background-color: rgba(59, 130, 246, 0.16);',
  none: '',
};

/**
 * Our three highlights' rules: the marks in `style`, the one under the pointer, the one flashed.
 * `on` is `:root` where highlights inherit, else empty (each rule for every element).
 */
export function markSheet(on: string, names: { mark: string; hover: string; flash: string }, style: Settings['markStyle']): string {
  return `${on}::highlight(${names.mark}) { ${MARK_RULES[style]} }\n` +
    `${on}::highlight(${names.hover}) { background-color: rgba(59, 130, 246, 0.24); }\n` +
    `${on}::highlight(${names.flash}) { background-color: rgba(250, 204, 21, 0.6); }`;
}

/**
 * Paints our marks with the CSS Custom Highlight API: the page's DOM is never touched, so no
 * page script, framework diff or editor can be confused by us. Three highlights: every mark,
 * the one under the pointer (a tint), and one briefly flashed when the popup reveals it. The
 * `::highlight()` rules live in one constructable sheet adopted by the document (allowed under
 * any CSP) and by each open shadow root whose text we mark. Nothing is registered or adopted
 * until the first mark is painted: adopting a sheet costs the page a style recalculation, which
 * a page with nothing to mark should not pay.
 *
 * Where highlights inherit (Chromium: every element's `::highlight()` style comes from its
 * parent's, shadow trees' from their host's), the rules are written for the root element alone,
 * `:root::highlight(...)`: adopting them then restyles the page by inheritance rather than by
 * matching a universal rule on every element: 57 ms instead of 100 ms on the benchmark's 1 MB page
 * (`npm run bench:page -- --floor`, bench/page-notes.md). Where they do not (Firefox), each rule
 * applies to every element.
 */
export class HighlightPainter {
  /** Registry names, drawn at the first paint (a random tag costs the page's first crypto call). */
  private markName = '';
  private hoverName = '';
  private flashName = '';
  private readonly marks = new Highlight();
  private readonly hover = new Highlight();
  private readonly flash = new Highlight();
  private sheet: CSSStyleSheet | null = null;
  private readonly adopters = new Set<Document | ShadowRoot>();
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: Document,
    private style: Settings['markStyle'],
    private readonly tag: () => string = randomTag,
    /** Whether this browser's highlights inherit from the root's (see above). */
    private readonly inherit = false,
  ) {
    this.hover.priority = 1;
    this.flash.priority = 2;
    this.adopters.add(doc);
  }

  /** Whether anything was ever painted: from then on the registry entries and sheets are ours to keep. */
  get live(): boolean {
    return this.sheet !== null;
  }

  /** Changes how marks look, live. */
  setStyle(style: Settings['markStyle']): void {
    this.style = style;
    this.sheet?.replaceSync(markSheet(this.inherit ? ':root' : '', { mark: this.markName, hover: this.hoverName, flash: this.flashName }, style));
  }

  /** Makes the rules apply inside an open shadow root too (document rules do not reach in). */
  adopt(target: Document | ShadowRoot): void {
    if (this.adopters.has(target)) return;
    this.adopters.add(target);
    const sheet = this.sheet;
    if (sheet && !target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets.push(sheet);
  }

  /** The first paint: the sheet is made and adopted, the highlights registered. */
  private start(): void {
    if (this.sheet) return;
    const tag = this.tag();
    this.markName = `factlens-mark-${tag}`;
    this.hoverName = `factlens-hover-${tag}`;
    this.flashName = `factlens-flash-${tag}`;
    this.sheet = new CSSStyleSheet();
    this.setStyle(this.style);
    this.register();
  }

  /**
   * Puts our highlights back if the page cleared or replaced registry entries: the registry is
   * shared with the page by design, so it is checked rather than trusted.
   */
  register(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const reg = CSS.highlights;
    if (reg.get(this.markName) !== this.marks) reg.set(this.markName, this.marks);
    if (reg.get(this.hoverName) !== this.hover) reg.set(this.hoverName, this.hover);
    if (reg.get(this.flashName) !== this.flash) reg.set(this.flashName, this.flash);
    for (const t of this.adopters) if (!t.adoptedStyleSheets.includes(sheet)) t.adoptedStyleSheets.push(sheet);
  }

  add(range: Range): void {
    this.start();
    this.marks.add(range);
  }

  has(range: Range): boolean {
    return this.marks.has(range);
  }

  delete(range: Range): void {
    this.marks.delete(range);
    this.hover.delete(range);
    this.flash.delete(range);
  }

  /** How many marks are painted: the structural checks compare it with what the page shows. */
  get size(): number {
    return this.marks.size;
  }

  setHover(range: Range | null): void {
    this.hover.clear();
    if (range) {
      this.start();
      this.hover.add(range);
    }
  }

  /** Flashes one mark so the eye finds it after the page scrolled there. */
  flashOnce(range: Range, ms = 1600): void {
    this.start();
    this.flash.clear();
    this.flash.add(range);
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.flash.clear(), ms);
  }

  clear(): void {
    this.marks.clear();
    this.hover.clear();
    this.flash.clear();
  }

  /** Removes every trace: registry entries and the adopted sheets. */
  destroy(): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.clear();
    const reg = CSS.highlights;
    for (const [name, h] of [[this.markName, this.marks], [this.hoverName, this.hover], [this.flashName, this.flash]] as const) {
      if (reg.get(name) === h) reg.delete(name);
    }
    const sheet = this.sheet;
    for (const t of sheet ? this.adopters : []) {
      const list = t.adoptedStyleSheets;
      const i = list.indexOf(sheet!);
      if (i >= 0) list.splice(i, 1);
    }
    this.adopters.clear();
  }
}
