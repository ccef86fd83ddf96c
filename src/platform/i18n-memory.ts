import type { Locale } from './i18n.ts';

/** One entry of a Chrome `messages.json`. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole `messages.json`: key to entry. */
export type Catalog = Record<string, CatalogEntry>;

/**
 * A message with its substitutions filled in, by the rules Chrome and Firefox apply:
 * `$name$` is replaced by that placeholder's content (names compare without case), then
 * `$1`…`$9` by the substitutions (a missing one becomes empty) and `$$` by `$`. Tests read
 * the catalogs through this, so a wrong placeholder shows up there and not first in a browser.
 */
export function formatMessage(entry: CatalogEntry, subs: readonly string[]): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  return expanded.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * A locale over catalogs held in memory: unit tests and the fake platform use it with the
 * real catalog files, so they see the words a browser would show. An unknown key comes back
 * as itself, which makes it stand out in any assertion.
 */
export function memoryLocale(catalog: Catalog, lang: string): Locale {
  const keys = new Map(Object.keys(catalog).map((k) => [k.toLowerCase(), k]));
  return {
    lang,
    t(key, ...subs) {
      const found = keys.get(key.toLowerCase());
      return found === undefined ? key : formatMessage(catalog[found]!, subs);
    },
  };
}
