import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { updateSettings, watchSettings } from '../platform/settings-store.ts';
import { OptionsApp, type OptionsApi } from './options-app.tsx';
import './options.css';

const platform = getPlatform();
const api: OptionsApi = {
  watch: (listener, signal) => watchSettings(platform, listener, signal),
  update: (change) => updateSettings(platform, change),
};
render(<OptionsApp api={api} />, document.getElementById('app') as HTMLElement);
