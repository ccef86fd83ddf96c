import { memoryLocale } from './i18n-memory.ts';

/**
 * The language the UI speaks and the words it uses. `lang` is the language of the catalog the
 * browser actually chose (its `extLang` entry), not merely the browser's language: a German
 * browser gets the English catalog, and its dates must then be English too.
 */
export interface Locale {
  readonly lang: string;
  t(key: string, ...subs: string[]): string;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/**
 * The browser's own locale, over `i18n.getMessage`: both browsers pick the catalog from the
 * browser's UI language, fall back to `default_locale` key by key, and answer synchronously.
 * Reads `browser` or `chrome` directly, as it is also used where webextension-polyfill is not
 * loaded (the card in a page). Outside an extension it is an empty locale that returns keys.
 */
export function browserLocale(): Locale {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  if (!api) return memoryLocale({}, 'en');
  return {
    lang: api.getMessage('extLang') || 'en',
    t: (key, ...subs) => api.getMessage(key, subs) || key,
  };
}
