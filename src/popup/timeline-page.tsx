import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { sendToBackground } from '../platform/messaging.ts';
import { LocaleProvider } from '../ui/i18n.ts';
import { viewerPath } from '../ui/source-ref.ts';
import { timelineFocus, timelinePath } from '../ui/timeline-path.ts';
import { TimelineView } from './timeline-view.tsx';
import './popup.css';
import './timeline.css';

// timeline.html: the timeline in a tab, where a card in a web page opens it (a page cannot open the popup).
const platform = getPlatform();
const { locale } = platform;
document.documentElement.lang = locale.lang;
document.title = locale.t('timelineDocTitle');
const load = () => sendToBackground(platform, { type: 'timeline' });
const opener = { href: (ref: Parameters<typeof viewerPath>[0]) => platform.extensionUrl(viewerPath(ref)) };
const root = document.getElementById('app') as HTMLElement;

function show(focus: string | null) {
  render(
    <LocaleProvider value={locale}>
      <main class="timeline-page">
        <h1 class="brand">{locale.t('timelineDocTitle')}</h1>
        <p class="note">{locale.t('timelineIntro')}</p>
        <TimelineView
          load={load}
          opener={opener}
          focus={focus}
          onClearFocus={() => {
            history.replaceState(null, '', timelinePath());
            show(null);
          }}
        />
      </main>
    </LocaleProvider>,
    root,
  );
}
show(timelineFocus(location.search));
