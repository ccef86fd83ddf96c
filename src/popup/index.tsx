import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { cardSheet } from '../ui/card-styles.ts';
import { createPopupApi, resolveTabId } from './popup-api.ts';
import { PopupApp } from './popup-app.tsx';
import './popup.css';

const platform = getPlatform();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, cardSheet()];
void resolveTabId(platform, location.search).then((tabId) => {
  render(<PopupApp api={createPopupApi(platform, tabId)} />, document.getElementById('app') as HTMLElement);
});
