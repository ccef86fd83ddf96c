import { useState } from 'preact/hooks';
import { useT } from '../ui/i18n.ts';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  sites: string[];
  onAdd: (host: string) => void;
  onRemove: (host: string) => void;
}

/** Accepts "news.example", "https://news.example/page" or "News.Example:8080"; null when it is no host. */
export function hostFromInput(input: string): string | null {
  const t = input.trim();
  if (!t) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `http://${t}`).hostname.toLowerCase();
    const named = /^[a-z0-9.-]+$/.test(host) && (host.includes('.') || host === 'localhost');
    return named ? host : null;
  } catch {
    return null;
  }
}

/** The sites where the reader turned FactLens off, with a way to add one and to undo each. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const t = useT();
  const submit = (e: Event) => {
    e.preventDefault();
    // The field itself, not state: a submit can arrive before a pending re-render.
    const typed = ((e.currentTarget as HTMLFormElement).elements.namedItem('site') as HTMLInputElement).value;
    const host = hostFromInput(typed);
    if (!host) return setError(t('optionsNotASite', typed.trim()));
    setError('');
    setDraft('');
    onAdd(host);
  };
  return (
    <div class="sites">
      <h2 class="sub">{t('optionsSitesTitle')}</h2>
      {sites.length === 0 ? (
        <p class="note">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((h) => (
            <li key={h}>
              <span class="site">{h}</span>
              <button type="button" aria-label={t('optionsSiteOnAgainLabel', h)} onClick={() => onRemove(h)}>
                {t('optionsSiteOnAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={submit}>
        <label for="add-site">{t('optionsAddSiteLabel')}</label>
        <input id="add-site" name="site" placeholder="news.example" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('optionsAddSite')}</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
