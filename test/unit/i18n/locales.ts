import { resolve } from 'node:path';
import { readLocales, mergeLocales } from '../../../scripts/lib/locales.js';
import { memoryLocale, type Catalog } from '../../../src/platform/i18n-memory.ts';
import type { UiLocale } from '../../../src/ui/i18n.ts';

/** The repository root; from the file's own path, as DOM test environments give import.meta.url another scheme. */
const root = resolve(import.meta.dirname, '../../..');
let merged: Record<string, Catalog> | null = null;

/** The catalogs as the build merges them into `_locales/<lang>/messages.json`. */
export function catalogs(): Record<string, Catalog> {
  merged ??= mergeLocales(readLocales(root).entries);
  return merged;
}

/**
 * A locale over the real catalog files, as a browser set to `lang` would see them: keys the
 * language lacks fall back to English, as `default_locale` makes them fall back there.
 */
export function testLocale(lang = 'en'): UiLocale {
  const all = catalogs();
  return memoryLocale({ ...all.en, ...all[lang] }, lang);
}

/** The English UI, which unit tests render with unless they test another language. */
export const english: UiLocale = testLocale('en');
