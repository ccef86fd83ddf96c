/**
 * The text content of an HTML page, for the `scan` CLI and the golden tests: what the content
 * script sees as DOM text nodes, without a DOM. Text runs become pieces, with a block boundary
 * wherever a block element (p, div, li, h1…, br…) opens or closes between them, so a name split
 * over two paragraphs is never one mention. Script, style, head and other non-rendered content
 * is left out. Character references are decoded: numeric ones all, named ones for the common
 * set below (an unknown name stays as written).
 */

/** Text content as pieces (the content script's shape) and as one string with `\n` at block boundaries. */
export interface HtmlText {
  text: string;
  pieces: string[];
  /** `breaks[i]`: 1 when a block boundary separates piece i-1 from piece i, else 0. */
  breaks: number[];
  /** Where piece i begins in `text`. */
  starts: number[];
}

const BLOCKS = new Set(
  ('address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'option legend body html').split(' '),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select', 'head', 'title']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', hellip: '…',
  zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', middot: '·', bull: '•',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', dollar: '$', percnt: '%', minus: '−',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å',
  iacute: 'í', iuml: 'ï', oacute: 'ó', ocirc: 'ô', ouml: 'ö', oslash: 'ø', uacute: 'ú', uuml: 'ü', ccedil: 'ç',
  ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', prime: '′', Prime: '″', times: '×',
};

/** Decodes character references in a run of text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.charAt(0) !== '#') return NAMED[ref] ?? whole;
    const cp = ref.charAt(1) === 'x' || ref.charAt(1) === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** Index just past the `>` closing a tag that starts at `i`, minding quoted attribute values. */
function tagEnd(html: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < html.length; j++) {
    const c = html.charAt(j);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

/** Text content of an HTML document or fragment (see the module note). */
export function htmlToText(html: string): HtmlText {
  const pieces: string[] = [];
  const breaks: number[] = [];
  let pendingBreak = 0;
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      breaks.push(pieces.length > 0 ? pendingBreak : 0);
      pieces.push(decodeEntities(html.slice(i, textEnd)));
      pendingBreak = 0;
    }
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!m) {
      if (/^<[!?]/.test(html.slice(lt, lt + 2))) i = tagEnd(html, lt);
      else {
        breaks.push(pieces.length > 0 ? pendingBreak : 0);
        pieces.push('<');
        pendingBreak = 0;
        i = lt + 1;
      }
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    i = tagEnd(html, lt);
    if (BLOCKS.has(name)) pendingBreak = 1;
    if (!m[1] && SKIPPED.has(name) && !html.slice(lt, i).endsWith('/>')) {
      const close = lower.indexOf(`</${name}`, i);
      const body = name === 'head' ? lower.indexOf('<body', i) : -1;
      const stop = close < 0 ? (body < 0 ? html.length : body) : body >= 0 && body < close ? body : close;
      i = stop < html.length && stop === close ? tagEnd(html, stop) : stop;
      pendingBreak = 1;
    }
  }
  const starts: number[] = [];
  let text = '';
  pieces.forEach((p, k) => {
    if (k > 0 && breaks[k] === 1) text += '\n';
    starts.push(text.length);
    text += p;
  });
  return { text, pieces, breaks, starts };
}
