/**
 * The card's look, as one CSS string. The content script adopts it into the card's closed
 * shadow root as a constructable sheet (immune to the page's CSS and CSP); the popup can put
 * the same text into its own document, so a card looks the same wherever it is shown.
 * Sizes are in px so the card follows page zoom and ignores the page's root font size.
 */
export const CARD_CSS = `
:host { all: initial; }
.fl-card {
  --fl-bg: #ffffff; --fl-fg: #1b1f24; --fl-muted: #555e69; --fl-line: #d5dbe2;
  --fl-accent: #1f5fbf; --fl-bar: #2f6fd0; --fl-ghost: #8a96a6; --fl-quote-bg: #f4f6f9;
  box-sizing: border-box; display: block; width: 340px; max-width: calc(100vw - 16px);
  max-height: min(480px, var(--fl-max-h, calc(100vh - 16px))); overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px; border: 1px solid var(--fl-line); border-radius: 8px;
  background: var(--fl-bg); color: var(--fl-fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
  /* The card's own scrollbar and controls in its scheme, whatever the page declares. */
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .fl-card {
    color-scheme: dark; scrollbar-color: #5a6470 var(--fl-bg);
    --fl-bg: #1e2228; --fl-fg: #e8ebef; --fl-muted: #aab3be; --fl-line: #3a414b;
    --fl-accent: #8ab4f8; --fl-bar: #6fa0ee; --fl-ghost: #8d98a7; --fl-quote-bg: #272c33;
    box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
  }
}
.fl-card *, .fl-card *::before, .fl-card *::after { box-sizing: border-box; }
.fl-card:focus { outline: none; }
.fl-card:focus-visible { outline: 2px solid var(--fl-accent); outline-offset: 2px; }
.fl-head { display: flex; align-items: flex-start; gap: 8px; }
.fl-title { flex: 1; margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.fl-close {
  flex: none; width: 24px; height: 24px; margin: -2px -4px 0 0; padding: 0; border: 0; border-radius: 4px;
  background: transparent; color: var(--fl-muted); font: 18px/24px system-ui, sans-serif; cursor: pointer;
}
.fl-close:hover, .fl-close:focus-visible { background: var(--fl-quote-bg); color: var(--fl-fg); }
.fl-role { margin: 2px 0 0; color: var(--fl-muted); }
.fl-desc { margin: 6px 0 0; }
.fl-section { margin-top: 12px; padding-top: 10px; border-top: 1px solid var(--fl-line); }
.fl-section-title {
  margin: 0 0 6px; font-size: 11px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
  color: var(--fl-muted);
}
.fl-list { margin: 0; padding: 0; list-style: none; }
.fl-poll + .fl-poll, .fl-quote + .fl-quote { margin-top: 12px; }
.fl-poll-title { margin: 0; font-weight: 650; }
.fl-question { margin: 2px 0 0; color: var(--fl-muted); font-style: italic; }
.fl-chart { display: block; width: 100%; height: auto; margin: 6px 0 2px; overflow: visible; }
.fl-chart-label { fill: var(--fl-fg); font: 11.5px system-ui, sans-serif; }
.fl-chart-value { fill: var(--fl-fg); font: 700 12px system-ui, sans-serif; }
.fl-chart-change { fill: var(--fl-muted); font: 11.5px system-ui, sans-serif; }
.fl-chart-bar { fill: var(--fl-bar); }
.fl-chart-ghost { fill: none; stroke: var(--fl-ghost); stroke-width: 1.2; stroke-dasharray: 3 2; }
.fl-chart-track { fill: var(--fl-quote-bg); }
.fl-meta { margin: 2px 0 0; color: var(--fl-muted); font-size: 12px; }
.fl-quote-text {
  margin: 0; padding: 6px 10px; border-left: 3px solid var(--fl-line); border-radius: 0 4px 4px 0;
  background: var(--fl-quote-bg); quotes: "\\201C" "\\201D";
}
.fl-card:lang(ru) .fl-quote-text { quotes: "\\00AB" "\\00BB"; }
.fl-quote-para { display: block; }
.fl-quote-para + .fl-quote-para { margin-top: 4px; }
.fl-quote-para:first-child::before { content: open-quote; }
.fl-quote-para:last-child::after { content: close-quote; }
.fl-attrib { margin: 4px 0 0; font-size: 12px; color: var(--fl-muted); }
.fl-speaker { color: var(--fl-fg); font-weight: 600; }
.fl-source { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.fl-source:focus-visible { outline: 2px solid var(--fl-accent); outline-offset: 1px; border-radius: 2px; }
.fl-more {
  margin-top: 8px; padding: 2px 8px; border: 1px solid var(--fl-line); border-radius: 4px;
  background: transparent; color: var(--fl-accent); font: inherit; font-size: 12px; cursor: pointer;
}
.fl-empty { margin: 10px 0 0; color: var(--fl-muted); }
.fl-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.fl-contrast + .fl-contrast { margin-top: 12px; }
.fl-contrast-title { margin: 0; font-size: 13px; font-weight: 650; line-height: 1.35; }
.fl-contrast-note { margin: 2px 0 6px; color: var(--fl-muted); font-size: 12px; }
.fl-sides {
  display: grid; grid-template-columns: repeat(auto-fit, minmax(136px, 1fr)); gap: 6px;
  margin: 0; padding: 0; list-style: none;
}
.fl-side { padding: 6px 8px; border: 1px solid var(--fl-line); border-radius: 6px; font-size: 12px; line-height: 1.4; }
.fl-side-facts, .fl-side-facts dd { margin: 0; }
.fl-side-facts dd { color: var(--fl-muted); }
.fl-side-facts .fl-side-who { color: var(--fl-fg); font-size: 13px; font-weight: 650; }
.fl-side-facts .fl-side-question { margin-top: 3px; color: var(--fl-fg); font-style: italic; }
.fl-side-figures { margin: 4px 0 0; padding: 4px 0 0; border-top: 1px dashed var(--fl-line); list-style: none; }
.fl-side-figures li + li { margin-top: 2px; }
.fl-gaps { width: 100%; margin: 0 0 6px; border-collapse: collapse; font-size: 12px; }
.fl-gaps th, .fl-gaps td { padding: 2px 4px; border-bottom: 1px solid var(--fl-line); text-align: right; vertical-align: top; }
.fl-gaps thead th { color: var(--fl-muted); font-weight: 600; }
.fl-gaps th:first-child { padding-left: 0; text-align: left; }
.fl-gaps tbody th { font-weight: 400; }
.fl-pair { margin: 4px 0 0; padding: 0; list-style: none; }
.fl-pair-step + .fl-pair-step { margin-top: 6px; }
.fl-pair-role { margin: 0 0 2px; color: var(--fl-muted); font-size: 11px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
`;

let sheet: CSSStyleSheet | null = null;

/**
 * The card's sheet, built once per document: a constructable sheet can be adopted by any
 * number of shadow roots, and building it is the only cost worth avoiding twice.
 */
export function cardSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
  }
  return sheet;
}
