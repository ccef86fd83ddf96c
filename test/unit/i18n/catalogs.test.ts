import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readLocales, substitutionsOf } from '../../../scripts/lib/locales.js';
import { catalogs } from './locales.ts';

const root = resolve(import.meta.dirname, '../../..');
const PLURAL = ['One', 'Few', 'Many', 'Other'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every literal key the code looks up: `t('key'…)`, and counted keys `tn('key', n)` / `plural(locale, 'key', n)`. */
function usedKeys(): { plain: Map<string, string>; counted: Map<string, string> } {
  const plain = new Map<string, string>();
  const counted = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    for (const m of text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9]+)['"`]/g)) plain.set(m[1]!, where);
    for (const m of text.matchAll(/\b(?:tn\(|plural\(\s*\w+\s*,)\s*['"`]([A-Za-z0-9]+)['"`]/g)) counted.set(m[1]!, where);
  }
  return { plain, counted };
}

describe('locale catalogs', () => {
  const { langs, entries, problems } = readLocales(root);

  it('hold English and Russian, and load in a browser', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'ru']));
    expect(langs).toContain(DEFAULT_LOCALE);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('define every key once per language, in every language, with the same substitutions', () => {
    expect(problems.map((p) => p.text)).toEqual([]);
  });

  it('agree on placeholder names between languages', () => {
    const all = catalogs();
    for (const [key, en] of Object.entries(all.en!)) {
      const ru = all.ru![key];
      if (!ru) continue;
      expect(Object.keys(ru.placeholders ?? {}).sort(), key).toEqual(Object.keys(en.placeholders ?? {}).sort());
      expect(substitutionsOf(ru), key).toEqual(substitutionsOf(en));
    }
  });

  it('define every key the code uses', () => {
    const all = catalogs();
    const { plain, counted } = usedKeys();
    expect(plain.size).toBeGreaterThan(60);
    const missing = [...plain].filter(([k]) => !(k in all.en!)).map(([k, f]) => `${k} (${f})`);
    for (const [k, f] of counted) for (const s of PLURAL) if (!(`${k}${s}` in all.en!)) missing.push(`${k}${s} (${f})`);
    expect(missing).toEqual([]);
  });

  it('give counted keys all four plural forms', () => {
    const all = catalogs();
    for (const lang of Object.keys(all)) {
      const keys = Object.keys(all[lang]!);
      const bases = new Set(keys.filter((k) => /(One|Few|Many)$/.test(k)).map((k) => k.replace(/(One|Few|Many)$/, '')));
      for (const b of bases) expect(PLURAL.filter((s) => !keys.includes(`${b}${s}`)), `${lang} ${b}`).toEqual([]);
    }
  });

  it('are Russian where they say they are', () => {
    const all = catalogs();
    const latinOnly = Object.entries(all.ru!)
      .filter(([, e]) => {
        const bare = e.message.replace(/\$\w+\$/g, '');
        return /[A-Za-z]/.test(bare) && !/[А-Яа-яЁё]/.test(bare);
      })
      .map(([k]) => k);
    // Brand and language tag are the same in both languages on purpose.
    expect(latinOnly.sort()).toEqual(['extLang', 'extName']);
  });
});
