import { useLocale, type UiLocale } from './i18n.ts';
import { formatNumber } from './format.ts';

const rules = new Map<string, Intl.PluralRules>();

/** The key suffix for each plural category; languages without few/many never ask for them. */
const SUFFIX: Record<Intl.LDMLPluralRule, string> = { zero: 'Other', one: 'One', two: 'Other', few: 'Few', many: 'Many', other: 'Other' };

/**
 * A counted phrase in the right grammatical number: `plural(locale, 'popupMentions', 5)` reads
 * `popupMentionsMany` in Russian ("5 упоминаний") and `popupMentionsOther` in English. Every
 * counted key exists with all four suffixes (One, Few, Many, Other) in every language, so
 * the catalogs stay symmetrical; `$1` is the number written for the language, then `subs`.
 */
export function plural(locale: UiLocale, key: string, n: number, ...subs: string[]): string {
  let r = rules.get(locale.lang);
  if (!r) {
    r = new Intl.PluralRules(locale.lang);
    rules.set(locale.lang, r);
  }
  return locale.t(`${key}${SUFFIX[r.select(n)]}`, formatNumber(n, locale.lang), ...subs);
}

/** {@link plural} bound to the locale in force: `const tn = usePlural(); tn('popupMentions', n)`. */
export function usePlural(): (key: string, n: number, ...subs: string[]) => string {
  const locale = useLocale();
  return (key, n, ...subs) => plural(locale, key, n, ...subs);
}
