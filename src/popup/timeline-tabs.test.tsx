// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Timeline } from '../core/timeline-types.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { helsinkiCard } from '../../test/unit/ui/helsinki-card.fixture.ts';
import { PopupApp } from './popup-app.tsx';
import type { PopupApi } from './popup-api.ts';
import { mountInLocale } from '../../test/unit/ui/mount.tsx';

const timeline: Timeline = {
  items: [
    { kind: 'event', key: 'crimea', date: '2014-03-18', basis: 'event', entityIds: ['crimea'], entity: { id: 'crimea', name: 'Annexation of Crimea', description: '' }, passages: [] },
    { kind: 'event', key: helsinkiCard.entity.id, date: '2018-07-16', basis: 'event', entityIds: [helsinkiCard.entity.id], entity: { ...helsinkiCard.entity }, passages: [] },
  ],
  sources: {},
  names: { crimea: 'Annexation of Crimea', [helsinkiCard.entity.id]: helsinkiCard.entity.name },
};

const api: PopupApi = {
  pageMentions: async () => [],
  reveal: async () => true,
  search: async () => [helsinkiCard],
  host: async () => 'news.example',
  settings: async () => DEFAULT_SETTINGS,
  watch: (l) => l(DEFAULT_SETTINGS),
  setSiteActive: async () => DEFAULT_SETTINGS,
  viewerHref: (p) => `chrome-extension://id/${p}`,
  openPage: vi.fn(),
};

function mount(load?: () => Promise<Timeline>) {
  return mountInLocale(<PopupApp api={api} debounceMs={0} refreshMs={60_000} timeline={load} />);
}

const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 2000 });
const tab = (el: HTMLElement, name: string) => [...el.querySelectorAll('[role="tab"]')].find((b) => b.textContent === name) as HTMLButtonElement;
const shown = (el: HTMLElement) => [...el.querySelectorAll('[role="tabpanel"]')].filter((p) => !(p as HTMLElement).hidden).map((p) => p.id);

describe('the popup timeline tab', () => {
  it('switches between the page and the timeline, asking for the timeline once, when first shown', async () => {
    const load = vi.fn(async () => timeline);
    const el = mount(load);
    expect(shown(el)).toEqual(['panel-page']);
    expect(load).not.toHaveBeenCalled();
    tab(el, 'Timeline').click();
    await until(() => el.querySelectorAll('.tl-item').length === 2);
    expect(shown(el)).toEqual(['panel-timeline']);
    expect(tab(el, 'Timeline').getAttribute('aria-selected')).toBe('true');
    tab(el, 'This page').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await until(() => shown(el)[0] === 'panel-timeline');
    tab(el, 'This page').click();
    await until(() => shown(el)[0] === 'panel-page');
    tab(el, 'Timeline').click();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a search result card links to the timeline focused on its entity', async () => {
    const el = mount(async () => timeline);
    const box = el.querySelector('input[type="search"]') as HTMLInputElement;
    box.value = 'Helsinki';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.querySelector('.results .fl-timeline'));
    const link = el.querySelector('.results .fl-timeline') as HTMLAnchorElement;
    expect(link.getAttribute('aria-label')).toBe(`Timeline of ${helsinkiCard.entity.name}`);
    expect(link.getAttribute('href')).toBe(`chrome-extension://id/timeline.html?entity=${helsinkiCard.entity.id}`);
    link.click();
    await until(() => shown(el)[0] === 'panel-timeline' && el.querySelector('.tl-item'));
    expect(el.querySelector('.tl-focus-name')?.textContent).toBe(`Focused on ${helsinkiCard.entity.name}`);
    expect([...el.querySelectorAll('.tl-item')].map((li) => li.getAttribute('data-key'))).toEqual([helsinkiCard.entity.id]);
    expect(api.openPage).not.toHaveBeenCalled();
  });

  it('has no tabs and no card link without a timeline', async () => {
    const el = mount();
    const box = el.querySelector('input[type="search"]') as HTMLInputElement;
    box.value = 'Helsinki';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.querySelector('.results [role="article"]'));
    expect(el.querySelector('[role="tablist"]')).toBeNull();
    expect(el.querySelector('.fl-timeline')).toBeNull();
  });
});
