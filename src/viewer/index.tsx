import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { sendToBackground } from '../platform/messaging.ts';
import { LocaleProvider } from '../ui/i18n.ts';
import { ViewerApp } from './viewer-app.tsx';
import './viewer.css';

const platform = getPlatform();
const { locale } = platform;
document.documentElement.lang = locale.lang;
document.title = locale.t('viewerDocTitle');
render(
  <LocaleProvider value={locale}>
    <ViewerApp search={location.search} loadSource={(sourceId) => sendToBackground(platform, { type: 'source', sourceId })} />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
