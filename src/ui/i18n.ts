import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a catalog key and fills its `$1`… placeholders; `t('popupOnHost', host)`. */
export type Translate = (key: string, ...subs: string[]) => string;

/**
 * The UI's language and words. `lang` is the language of the catalog in use, so dates and
 * numbers are written in the language the words are in.
 */
export interface UiLocale {
  readonly lang: string;
  t: Translate;
}

/**
 * What a component sees without a provider: keys instead of words. Entrypoints always provide
 * the browser's locale and tests the English catalogs; a key on screen means one was forgotten.
 */
const KEYS_ONLY: UiLocale = { lang: 'en', t: (key) => key };

const LocaleContext = createContext<UiLocale>(KEYS_ONLY);

/**
 * Wraps a rendered tree with its locale: `<LocaleProvider value={browserLocale()}>`. Only
 * entrypoints do this, so components never reach for the browser themselves.
 */
export const LocaleProvider = LocaleContext.Provider;

/** The locale in force, for components that format dates or numbers as well as words. */
export function useLocale(): UiLocale {
  return useContext(LocaleContext);
}

/** The translator in force: `const t = useT(); t('cardClose')`. */
export function useT(): Translate {
  return useContext(LocaleContext).t;
}
