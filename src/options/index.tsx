import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { updateSettings, watchSettings } from '../platform/settings-store.ts';
import { LocaleProvider } from '../ui/i18n.ts';
import { OptionsApp, type OptionsApi } from './options-app.tsx';
import { packApiOver } from './pack-api.tsx';
import './options.css';

const platform = getPlatform();
const { locale } = platform;
document.documentElement.lang = locale.lang;
document.title = locale.t('optionsDocTitle');
const api: OptionsApi = {
  watch: (listener, signal) => watchSettings(platform, listener, signal),
  update: (change) => updateSettings(platform, change),
  packs: packApiOver(platform),
};
render(
  <LocaleProvider value={locale}>
    <OptionsApp api={api} />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
