import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageEntityCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { useT } from '../ui/i18n.ts';
import { viewerPath, type SourceOpener } from '../ui/source-ref.ts';
import { MentionList } from './mention-list.tsx';
import { isActiveOn, type PopupApi } from './popup-api.ts';
import { SearchPanel } from './search-panel.tsx';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  api: PopupApi;
  debounceMs?: number;
  /** How often the page's mentions are asked for again while the popup is open. */
  refreshMs?: number;
}

type Mentions = { state: 'loading' } | { state: 'none' } | { state: 'ready'; list: PageEntityCount[] };

/**
 * The toolbar popup: what this page mentions, search over everything, and the switch for
 * this site. Settings are watched, so a change made elsewhere shows here at once.
 */
export function PopupApp({ api, debounceMs, refreshMs = 1000 }: PopupAppProps) {
  const [mentions, setMentions] = useState<Mentions>({ state: 'loading' });
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const t = useT();

  useEffect(() => {
    const ctl = new AbortController();
    api.watch(setSettings, ctl.signal);
    // The host comes from the page's first report, which can arrive after the popup opens.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const askHost = () =>
      void api.host().then((h) => {
        if (ctl.signal.aborted) return;
        if (h === null) timer = setTimeout(askHost, refreshMs);
        else setHost(h);
      });
    askHost();
    return () => {
      ctl.abort();
      clearTimeout(timer);
    };
  }, [api, refreshMs]);

  const active = settings !== null && host !== null && isActiveOn(settings, host);
  useEffect(() => {
    if (settings === null || host === null) return;
    setMentions({ state: 'loading' });
    // Asked again while the popup is open: a page that is still being scanned, that just got
    // switched back on, or that adds content, changes its answer.
    let last = '';
    const ask = () =>
      void api.pageMentions().then((list) => {
        const key = JSON.stringify(list);
        if (key === last) return;
        last = key;
        setMentions(list ? { state: 'ready', list } : { state: 'none' });
      });
    const first = setTimeout(ask, 50);
    const again = setInterval(ask, refreshMs);
    return () => {
      clearTimeout(first);
      clearInterval(again);
    };
  }, [api, active, settings, host, refreshMs]);

  const opener = useMemo<SourceOpener>(
    () => ({ href: (ref) => api.viewerHref(viewerPath(ref)), open: (ref) => api.openPage(viewerPath(ref)) }),
    [api],
  );

  return (
    <main class="popup">
      <header class="top">
        <h1 class="brand">{t('extName')}</h1>
        {host !== null && host !== '' && settings && settings.enabled && (
          <button type="button" class="site-toggle" onClick={() => void api.setSiteActive(host, !active).then(setSettings)}>
            {active ? t('popupSiteOff') : t('popupSiteOn')}
          </button>
        )}
      </header>
      <section class="page" aria-labelledby="page-title">
        <h2 id="page-title" class="section-title">
          {host ? t('popupOnHost', host) : t('popupOnPage')}
        </h2>
        <PageStatus settings={settings} active={active} host={host} mentions={mentions} onReveal={(id) => void api.reveal(id)} />
      </section>
      <SearchPanel search={api.search} opener={opener} debounceMs={debounceMs} />
    </main>
  );
}

function PageStatus(props: { settings: Settings | null; active: boolean; host: string | null; mentions: Mentions; onReveal: (id: string) => void }) {
  const { settings, active, mentions } = props;
  const t = useT();
  if (settings && !settings.enabled) return <p class="note">{t('popupOffEverywhere')}</p>;
  if (settings && props.host && !active) return <p class="note">{t('popupOffHere')}</p>;
  if (mentions.state === 'loading') return <p class="note">{t('popupLoading')}</p>;
  if (mentions.state === 'none') return <p class="note">{t('popupNotRunning')}</p>;
  if (mentions.list.length === 0) return <p class="note">{t('popupNothing')}</p>;
  return <MentionList mentions={mentions.list} onReveal={props.onReveal} />;
}
