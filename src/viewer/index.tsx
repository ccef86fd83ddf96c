import { render } from 'preact';
import { getPlatform } from '../platform/index.ts';
import { sendToBackground } from '../platform/messaging.ts';
import { ViewerApp } from './viewer-app.tsx';
import './viewer.css';

const platform = getPlatform();
render(
  <ViewerApp search={location.search} loadSource={(sourceId) => sendToBackground(platform, { type: 'source', sourceId })} />,
  document.getElementById('app') as HTMLElement,
);
