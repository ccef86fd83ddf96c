// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from './popup-app.tsx';
import type { PopupApi } from './popup-api.ts';
import type { PageEntityCount } from '../shared/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { withSite } from '../shared/settings-parse.ts';
import { helsinkiCard } from '../../test/unit/ui/helsinki-card.fixture.ts';
import { mountInLocale } from '../../test/unit/ui/mount.tsx';
import { english, testLocale } from '../../test/unit/i18n/locales.ts';

const page: PageEntityCount[] = [
  { entityId: 'levada', name: 'Levada Centre', ru: { name: 'Левада-Центр' }, kind: 'organization', count: 1 },
  { entityId: 'helsinki-summit', name: 'Helsinki summit', kind: 'event', count: 3 },
];

function fakeApi(over: Partial<PopupApi> = {}) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const listeners = new Set<(s: Settings) => void>();
  const api: PopupApi = {
    pageMentions: vi.fn(async () => page),
    reveal: vi.fn(async () => true),
    search: vi.fn(async (q: string) => (/helsinki/i.test(q) ? [helsinkiCard] : [])),
    host: async () => 'news.example',
    settings: async () => settings,
    watch: (l, signal) => {
      listeners.add(l);
      signal.addEventListener('abort', () => listeners.delete(l));
      l(settings);
    },
    setSiteActive: vi.fn(async (host: string, active: boolean) => {
      settings = withSite(settings, host, active);
      listeners.forEach((l) => l(settings));
      return settings;
    }),
    viewerHref: (p) => `chrome-extension://id/${p}`,
    openPage: vi.fn(),
    ...over,
  };
  return api;
}

function mount(api: PopupApi, refreshMs = 60_000, locale = english) {
  return mountInLocale(<PopupApp api={api} debounceMs={0} refreshMs={refreshMs} />, locale);
}

const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 2000 });
const button = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;

describe('PopupApp', () => {
  it('lists the page mentions, most mentioned first, and reveals the one clicked', async () => {
    const api = fakeApi();
    const el = mount(api);
    await until(() => el.querySelectorAll('.mention').length === 2);
    const rows = [...el.querySelectorAll('.mention')];
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Helsinki summit, event, 3 mentions',
      'Levada Centre, organisation, 1 mention',
    ]);
    (rows[1] as HTMLButtonElement).click();
    expect(api.reveal).toHaveBeenCalledWith('levada');
    expect(el.querySelector('#page-title')?.textContent).toBe('On news.example');
  });

  it('names the page mentions in Russian under Russian headings where a Russian name was curated, and in English where not', async () => {
    const el = mount(fakeApi(), 60_000, testLocale('ru'));
    await until(() => el.querySelectorAll('.mention').length === 2);
    expect([...el.querySelectorAll('.mention-name')].map((n) => n.textContent)).toEqual(['Helsinki summit', 'Левада-Центр']);
    expect(el.querySelectorAll('.mention')[1]!.getAttribute('aria-label')).toMatch(/^Левада-Центр, /);
  });

  it('says so when no content script answers on the page', async () => {
    const el = mount(fakeApi({ pageMentions: async () => null }));
    await until(() => el.textContent?.includes('FactLens does not run on this page.'));
  });

  it('turns the site off and back on', async () => {
    const api = fakeApi();
    const el = mount(api);
    await until(() => button(el, 'Turn off on this site'));
    button(el, 'Turn off on this site')!.click();
    await until(() => el.textContent?.includes('FactLens is turned off on this site.'));
    expect(api.setSiteActive).toHaveBeenCalledWith('news.example', false);
    button(el, 'Turn on on this site')!.click();
    await until(() => el.querySelectorAll('.mention').length === 2);
  });

  it('follows the page as its mentions change', async () => {
    let list: PageEntityCount[] = [];
    const el = mount(fakeApi({ pageMentions: async () => list }), 20);
    await until(() => el.textContent?.includes('Nothing on this page is in the dataset.'));
    list = page;
    await until(() => el.querySelectorAll('.mention').length === 2);
  });

  it('waits for the page to report its host', async () => {
    let host: string | null = null;
    const el = mount(fakeApi({ host: async () => host }), 20);
    await new Promise((r) => setTimeout(r, 60));
    expect(button(el, 'Turn off on this site')).toBeUndefined();
    host = 'news.example';
    await until(() => button(el, 'Turn off on this site'));
  });

  it('offers no site switch on a page without a host', async () => {
    const el = mount(fakeApi({ host: async () => '' }));
    await until(() => el.querySelectorAll('.mention').length === 2);
    expect(button(el, 'Turn off on this site')).toBeUndefined();
  });

  it('shows search results as cards, and says when nothing matches', async () => {
    const api = fakeApi();
    const el = mount(api);
    const box = el.querySelector('input[type="search"]') as HTMLInputElement;
    box.value = 'Helsinki';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.querySelector('.results [role="article"]'));
    expect(el.querySelector('.results .fl-title')?.textContent).toBe('Helsinki summit');
    expect(el.querySelector('.results')?.textContent).toContain('42%');
    box.value = 'zzz';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.textContent?.includes('Nothing in the bundled sources matches “zzz”.'));
    expect(el.querySelector('.results [role="article"]')).toBeNull();
  });
});
