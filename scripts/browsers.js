// Where the real browsers are. Both come from Debian's packages; an environment variable
// points at another binary.
import { existsSync } from 'node:fs';

const wanted = [
  { key: 'chromium', name: 'Chromium', env: 'FACTLENS_CHROMIUM', debian: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] },
  { key: 'firefox', name: 'Firefox ESR', env: 'FACTLENS_FIREFOX', debian: 'firefox-esr', paths: ['/usr/bin/firefox-esr'] },
];

/** Finds each browser's binary; `missing` lists those that are not there. */
export function findBrowsers(env = process.env) {
  const found = {};
  const missing = [];
  for (const b of wanted) {
    const path = [env[b.env], ...b.paths].find((p) => p && existsSync(p));
    if (path) found[b.key] = path;
    else missing.push(b);
  }
  return { found, missing };
}
