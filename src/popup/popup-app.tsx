import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Timeline } from '../core/timeline-types.ts';
import type { PageEntityCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { useT } from '../ui/i18n.ts';
import { viewerPath, type SourceOpener } from '../ui/source-ref.ts';
import { TimelineOpenerProvider } from '../ui/timeline-link.tsx';
import { timelinePath, type TimelineOpener } from '../ui/timeline-path.ts';
import { MentionList } from './mention-list.tsx';
import { isActiveOn, type PopupApi } from './popup-api.ts';
import { SearchPanel } from './search-panel.tsx';
import { TimelineTabs, panelProps, type PopupView } from './timeline-tabs.tsx';
import { TimelineView } from './timeline-view.tsx';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  api: PopupApi;
  debounceMs?: number;
  /** How often the page's mentions are asked for again while the popup is open. */
  refreshMs?: number;
  /** Loads the timeline; without it the popup has no Timeline tab. */
  timeline?: () => Promise<Timeline>;
}

type Mentions = { state: 'loading' } | { state: 'none' } | { state: 'ready'; list: PageEntityCount[] };

/**
 * The toolbar popup: what this page mentions, search over everything, and the switch for
 * this site. Settings are watched, so a change made elsewhere shows here at once.
 */
export function PopupApp({ api, debounceMs, refreshMs = 1000, timeline }: PopupAppProps) {
  const [mentions, setMentions] = useState<Mentions>({ state: 'loading' });
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const t = useT();
  const [view, setView] = useState<PopupView>('page');
  const [focus, setFocus] = useState<string | null>(null);
  // The timeline is asked for when first shown, and then kept, as the page tab is, across switches.
  const [timelineSeen, setTimelineSeen] = useState(false);
  const show = (v: PopupView) => {
    setView(v);
    if (v === 'timeline') setTimelineSeen(true);
  };

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
  // A card's "Timeline" link turns the popup to its Timeline tab, focused on the card's entity.
  const timelineOpener = useMemo<TimelineOpener>(
    () => ({ href: (id) => api.viewerHref(timelinePath(id)), open: (id) => (setFocus(id), show('timeline')) }),
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
      {timeline && <TimelineTabs view={view} onView={show} />}
      <div {...(timeline ? panelProps('page', view) : {})}>
        <TimelineOpenerProvider value={timeline ? timelineOpener : null}>
          <section class="page" aria-labelledby="page-title">
            <h2 id="page-title" class="section-title">
              {host ? t('popupOnHost', host) : t('popupOnPage')}
            </h2>
            <PageStatus settings={settings} active={active} host={host} mentions={mentions} onReveal={(id) => void api.reveal(id)} />
          </section>
          <SearchPanel search={api.search} opener={opener} debounceMs={debounceMs} />
        </TimelineOpenerProvider>
      </div>
      {timeline && timelineSeen && (
        <div {...panelProps('timeline', view)}>
          <TimelineView load={timeline} opener={opener} focus={focus} onClearFocus={() => setFocus(null)} />
        </div>
      )}
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
