// Step 4 of the build: one manifest per browser from the base manifest.json.

export const GECKO_ID = 'factlens@factlens.app';

/**
 * Chrome wants a service worker, a minimum version for the Highlight API (105) and host access
 * for injecting the card UI; Firefox
 * wants background scripts, a gecko id, the data-collection declaration (which needs 142+),
 * and calls the context-menu permission `menus`.
 */
export function browserManifest(base, browser, version) {
  const m = JSON.parse(JSON.stringify(base));
  m.version = version;
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '105';
    // scripting.executeScript (the card UI, on first use) needs host access in Chrome, which
    // content_scripts matches do not grant; these are exactly those matches, so the install
    // warning stays the one the content script already causes. Firefox lets the content
    // script's own matches serve.
    m.host_permissions = [...new Set(m.content_scripts.flatMap((c) => c.matches))];
  } else if (browser === 'firefox') {
    m.background = { scripts: ['background.js'] };
    m.permissions = m.permissions.map((p) => (p === 'contextMenus' ? 'menus' : p));
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  return `${JSON.stringify(m, null, 2)}\n`;
}
