import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { sendToBackground } from '../platform/messaging.ts';
import { cardSheet } from '../ui/card-styles.ts';
import { LocaleProvider } from '../ui/i18n.ts';
import { createPopupApi, resolveTabId } from './popup-api.ts';
import { PopupApp } from './popup-app.tsx';
import './popup.css';
import './timeline.css';

const platform = getPlatform();
const { locale } = platform;
document.documentElement.lang = locale.lang;
document.title = locale.t('extName');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, cardSheet()];
void resolveTabId(platform, location.search).then((tabId) => {
  render(
    <LocaleProvider value={locale}>
      <PopupApp api={createPopupApi(platform, tabId)} timeline={() => sendToBackground(platform, { type: 'timeline' })} />
    </LocaleProvider>,
    document.getElementById('app') as HTMLElement,
  );
});
