// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset-schema.ts';
import { buildMatcher } from '../../../src/core/matcher/index.ts';
import { prng } from '../fuzz/prng.ts';
import { rootHasCue, textHasCue } from '../../../src/content/cue-probe.ts';
import { LETTER, cueFold, cueOf, cueText, fullCueFold as fullFold, cueRegExp, cueSource, cuesOf } from '../../../src/core/cues.ts';

const registry = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../data/entities.json'), 'utf8')) as { entities: Entity[] };
const entities = registry.entities;
const aliases = entities.flatMap((e) => [e.name, ...e.aliases]);
const matcher = buildMatcher(entities);
const cues = cueRegExp([cueSource(cuesOf(aliases))])!;

/** What a page may do to a name that the matcher still accepts: case, marks, invisible characters, endings, look-alike letters. */
const NOISE = ['\u00ad', '\u200b', '\u0301', '\u0308', '\ufeff'];
const LOOKALIKE: Record<string, string> = { o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', e: 'é', E: 'É', a: 'á', u: 'ü', i: 'í', е: 'ё', Е: 'Ё', и: 'й', P: 'Ｐ', s: 'ｓ' };
const SEPARATORS = [' ', '-', '\u00a0', ' – ', '\u2014', '\n', '\u2212', '\t\u00ad ', '\u2011'];
const FILLER = ['the', 'summit', 'report', 'центр', 'news', 'and', 'of', 'в', 'лев', 'us', '2016', 'Mo', 'Pes', 'Lev'];

function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)]!;
}

function disguise(r: () => number, alias: string): string {
  let out = '';
  for (const ch of alias) {
    const x = r();
    if (ch === ' ' || ch === '-') out += pick(r, SEPARATORS);
    else if (ch === "'") out += pick(r, ["'", '\u2019', '\u02bc']);
    else if (x < 0.1 && LOOKALIKE[ch]) out += LOOKALIKE[ch];
    else if (x < 0.2) out += ch.toUpperCase();
    else if (x < 0.3) out += ch.toLowerCase();
    else out += ch;
    if (r() < 0.08) out += pick(r, NOISE);
  }
  if (/[\u0400-\u04ff]$/.test(alias) && r() < 0.5) out = out.slice(0, -1) + pick(r, ['а', 'у', 'ом', 'е', 'ой', 'ы', 'ым']);
  return out;
}

describe('cueFold', () => {
  it('folds every character of the Basic Multilingual Plane as the full fold does (the shortcut changes nothing), alone and among plain text', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `Peskov ${ch} «Кремль» — it’s`]) if (cueFold(text) !== fullFold(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('spaces text as folding it and then making each run of non-letters one space would (no-break spaces need no step of their own)', () => {
    const spaced = (t: string) => ` ${cueFold(t).replace(new RegExp(`[^${LETTER}]+`, 'g'), ' ')}`;
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `Peskov\u00a0${String.fromCharCode(c)} «Кремль» — it’s`;
      if (cueText(text) !== spaced(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(cueText('The\u00a0U.S. and «Кремль»')).toBe(' the u s and кремль ');
    // Lone spaces, runs of them and runs of other separators, at either end and between words.
    const r = prng(7);
    const alphabet = ['a', 'B', ' ', ' ', '  ', '.', ', ', '\n', '\u00a0', 'é', '-', 'ж'];
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let n = Math.floor(r() * 12); n > 0; n--) text += pick(r, alphabet);
      if (cueText(text) !== spaced(text)) expect.fail(`spaced differently: ${JSON.stringify(text)}`);
    }
  });

  it('folds plain English and Russian prose by lower-casing it, a no-break space becoming a space', () => {
    expect(cueFold('The\u00a0Kremlin’s «Песков» — AND')).toBe('the kremlin’s «песков» — and');
    expect(cueFold('Sergei Lavrov\u0301 и Шойгу')).toBe(fullFold('Sergei Lavrov\u0301 и Шойгу'));
  });
});

describe('cues', () => {
  it('take the start of a word or the join of two, without what a Russian ending may replace, full stops kept', () => {
    expect(cueOf('Peskov')).toBe('^pesko');
    expect(cueOf('Dmitry Peskov')).toBe('mitry pes');
    expect(cueOf('Levada-Centre')).toBe('evada cen');
    expect(cueOf('White House')).toBe('^white hou');
    expect(cueOf('Face the Nation')).toBe('^face the');
    expect(cueOf('Песков')).toBe('^песко');
    expect(cueOf('Москва')).toBe('^москв');
    expect(cueOf('Дмитрий')).toBe('^дмитр');
    expect(cueOf('Владимир Путин')).toBe('^влади');
    expect(cueOf('ВЦИОМ')).toBe('^вциом');
    expect(cueOf('U.S.')).toBe('^u.s.');
    expect(cueOf('Chloë Øster')).toBe('^chloe ost');
  });

  it('keep no cue that contains another, and a word start only on the short ones', () => {
    expect(cuesOf(['US', 'USA', 'Peskov', 'Dmitry Peskov'])).toEqual([' us', 'mitry pes', 'pesko']);
  });

  it('find every text in which the matcher finds a name (a cue test never rules out a real mention)', () => {
    const r = prng(6);
    let named = 0;
    for (let i = 0; i < 4000; i++) {
      const parts = [pick(r, FILLER), disguise(r, pick(r, aliases)), pick(r, FILLER)];
      const text = parts.join(pick(r, [' ', '\n', ' — ', ', ']));
      if (matcher.scan(text).length === 0) continue;
      named++;
      if (!textHasCue(text, cues)) expect.fail(`no cue in ${JSON.stringify(text)}`);
    }
    expect(named).toBeGreaterThan(2000);
  });

  it('find every text in which the matcher finds a name written in another script, among text in that script', () => {
    const foreign: Entity[] = ['Σότσι', 'თბილისი', 'Երևան', 'موسكو', 'מוסקבה', '普京', 'プーチン', '푸틴', 'Ґонтарук', 'Тоқаев', 'नई दिल्ली', 'กรุงเทพ']
      .map((name, i) => ({ id: `foreign-${i}`, kind: 'place', name, aliases: [], description: '' }) as Entity);
    const m = buildMatcher(foreign);
    const re = cueRegExp([cueSource(cuesOf(foreign.map((e) => e.name)))])!;
    const filler = ['στο', 'შეხვედრა', 'քաղաքում', 'في', 'היום', '表示', '大統領', '대통령은', 'у', '—', '2019', 'ＡＢＣ', '・', '،'];
    const r = prng(9);
    let named = 0;
    for (let i = 0; i < 3000; i++) {
      const text = [pick(r, filler), disguise(r, pick(r, foreign).name), pick(r, filler)].join(pick(r, [' ', '\n', '، ', '。', '・', ' — ']));
      if (m.scan(text).length === 0) continue;
      named++;
      if (!textHasCue(text, re)) expect.fail(`no cue in ${JSON.stringify(text)}`);
    }
    expect(named).toBeGreaterThan(1500);
  });

  it('find a name that opens a block in markup without whitespace between tags (textContent joins it to the word before)', () => {
    for (const [before, named] of [['Updated 2026', 'Peskov said no'], ['Economy', 'White House staff'], ['Read more', 'Кремль ответил']] as const) {
      const body = document.createElement('body');
      const div = body.appendChild(document.createElement('div'));
      for (const text of [before, named]) div.append(Object.assign(document.createElement('p'), { textContent: text }));
      expect(matcher.scan(named).length).toBeGreaterThan(0);
      expect(rootHasCue(body, cues, () => undefined)).toBe(true);
    }
  });

  it('take any character outside the letters they name as a word break', () => {
    expect(textHasCue('5\u00f7Peskov', cues)).toBe(true);
  });

  it('name only word characters of the matcher as letters, so a word start they require the matcher requires too', () => {
    const letter = new RegExp(`[${LETTER}]`);
    const bad: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (letter.test(ch) && !/[\p{L}\p{N}]/u.test(ch)) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('rule out a page for a name in another script unless the page names it: a pack in Greek, Georgian, Armenian, Arabic, Hebrew, Chinese, Japanese or Korean wakes nothing elsewhere', () => {
    const names: [string, string, string][] = [
      // The name, a text naming it, a text in the same script that does not.
      ['Σότσι', 'Συνάντηση στο Σότσι χθες', 'Συνάντηση στην Αθήνα χθες'],
      ['თბილისი', 'შეხვედრა თბილისი, ორშაბათს', 'შეხვედრა ბათუმში, ორშაბათს'],
      ['Երևան', 'Հանդիպումը Երևան քաղաքում', 'Հանդիպումը Գյումրի քաղաքում'],
      ['موسكو', 'اجتماع في موسكو اليوم', 'اجتماع في القاهرة اليوم'],
      ['מוסקבה', 'פגישה במוסקבה היום', 'פגישה בירושלים היום'],
      ['普京', '俄罗斯总统 普京 表示', '美国总统 拜登 表示'],
      ['プーチン', 'ロシアのプーチン大統領', 'アメリカのバイデン大統領'],
      ['푸틴', '러시아 푸틴 대통령은', '미국 바이든 대통령은'],
      ['Ґонтарук', 'Зустріч з Ґонтаруком у Києві', 'Зустріч з Гончаруком у Києві'],
      ['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев мәлімдеді', 'Премьер-министр мәлімдеді'],
    ];
    const english = 'The committee reviewed a proposal on regional trade while local officials said that several reports would follow.';
    for (const [name, naming, other] of names) {
      const re = cueRegExp([cueSource(cuesOf([name]))])!;
      expect(textHasCue(naming, re), naming).toBe(true);
      expect(textHasCue(other, re), other).toBe(false);
      expect(textHasCue(english, re), `${name} in English`).toBe(false);
    }
  });

  it('rule out ordinary text that names nothing', () => {
    const text = 'The committee reviewed a proposal on regional trade while local officials said that several reports would follow. '.repeat(200);
    expect(matcher.scan(text)).toEqual([]);
    expect(textHasCue(text, cues)).toBe(false);
  });

  it('read a long text in chunks cut at whitespace, so a name at a chunk border is found', () => {
    const words = 'alpha beta gamma '.repeat(1200);
    for (let shift = 0; shift < 8; shift++) {
      const text = `${words.slice(0, 16_380 + shift)} Peskov ${words}`;
      expect(textHasCue(text, cues)).toBe(true);
    }
  });

  it('pass over a name that only the scripts and styles of a page hold, and find one its words hold beside them', () => {
    const body = (html: string) => Object.assign(document.createElement('body'), { innerHTML: html });
    const ld = '<script type="application/ld+json">{"headline":"Dmitry Peskov on talks","about":"Levada Centre"}</script>';
    const quiet = '<p>The committee reviewed a proposal on regional trade.</p>';
    for (const html of [
      `${ld}${quiet}`,
      `${quiet}<style>.levada-centre::after { content: "Kremlin" }</style>`,
      `<div>${quiet}<noscript>Peskov needs scripts</noscript></div>${ld}${ld}`,
    ]) expect(rootHasCue(body(html), cues, () => undefined), html).toBe(false);
    for (const html of [
      `${ld}<p>Dmitry Peskov said no.</p>`,
      `<p>Dmitry Peskov said no.</p>${ld}`,
      // The words join across the cut as they do across any element: "Pes" and "kov" stay one word.
      `<p>Dmitry Pes<script>var x = 1;</script>kov said no.</p>`,
      // An earlier copy of a script's text in the page's words is cut instead: the name stays found.
      `<p>Peskov</p><script>Peskov</script>`,
    ]) expect(rootHasCue(body(html), cues, () => undefined), html).toBe(true);
  });

  it('read the open shadow root of every element that may hold one, however deep in elements that may not', () => {
    // The DOM standard's valid shadow host names, and a custom element.
    const hosts = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span', 'news-card'];
    for (const tag of hosts) {
      const body = document.createElement('body');
      const cell = body.appendChild(document.createElement('table')).appendChild(document.createElement('tr')).appendChild(document.createElement('td'));
      const host = cell.appendChild(document.createElement('ul')).appendChild(document.createElement('li')).appendChild(document.createElement('a')).appendChild(document.createElement(tag));
      host.textContent = 'Weather for the weekend.';
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(Object.assign(document.createElement('p'), { textContent: 'Dmitry Peskov spoke.' }));
      const seen: ShadowRoot[] = [];
      expect(rootHasCue(body, cues, (root) => seen.push(root)), tag).toBe(true);
      expect(seen, tag).toEqual([shadow]);
    }
  });

  it('read a page a few elements at a time, entering big containers, so a name across elements at a chunk border is found', () => {
    const words = 'alpha beta gamma '.repeat(40);
    const page = (fill: number, name: string) => {
      const body = document.createElement('body');
      const article = document.createElement('article');
      for (let i = 0; i < 24; i++) article.append(Object.assign(document.createElement('p'), { textContent: words }));
      // A paragraph of many inline elements (so it is read element by element), the name split
      // over two of them, and the chunk of 16 KB filling up around it.
      const p = document.createElement('p');
      for (let i = 0; i < 20; i++) p.append(Object.assign(document.createElement('span'), { textContent: 'x ' }));
      p.append(Object.assign(document.createElement('span'), { textContent: ' '.padEnd(fill, 'y') }));
      p.append(Object.assign(document.createElement('a'), { textContent: ` ${name.slice(0, 3)}` }));
      p.append(Object.assign(document.createElement('b'), { textContent: name.slice(3) }));
      article.append(p, Object.assign(document.createElement('p'), { textContent: words }));
      body.append(article);
      return body;
    };
    for (let fill = 0; fill < 40; fill++) {
      expect(rootHasCue(page(fill, 'Peskov'), cues, () => undefined)).toBe(true);
      expect(rootHasCue(page(fill, 'Paskov'), cues, () => undefined)).toBe(false);
    }
  });
});
