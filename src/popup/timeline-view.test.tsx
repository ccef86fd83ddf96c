// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../core/dataset-schema.ts';
import { buildTimeline } from '../core/timeline.ts';
import { LocaleProvider, type UiLocale } from '../ui/i18n.ts';
import { viewerPath } from '../ui/source-ref.ts';
import { english, testLocale } from '../../test/unit/i18n/locales.ts';
import { TimelineView } from './timeline-view.tsx';

const a = 'Headline\nLeaders met at the Helsinki summit on Monday. "Fine," Putin said. 48 percent agreed.';
const b = '"Later," Pompeo said.';
const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const dataset: Dataset = {
  version: 1,
  sources: [
    { id: 'a', title: 'Article A', publisher: 'TASS', published: '2018-07-23', language: 'en', translated: true, text: a },
    { id: 'b', title: 'A very long headline about relations between two countries that goes on', publisher: null, published: null, language: 'en', translated: false, text: b },
  ],
  entities: [
    { id: 'crimea', kind: 'event', name: 'Annexation of Crimea', aliases: ['annexation of Crimea'], description: '', date: '2014-03-18' },
    { id: 'helsinki', kind: 'event', name: 'Helsinki summit', aliases: ['Helsinki summit'], description: '', date: '2018-07-16' },
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'], description: '' },
    { id: 'pompeo', kind: 'person', name: 'Mike Pompeo', aliases: ['Pompeo'], description: '' },
    { id: 'vtsiom', kind: 'organization', name: 'VTsIOM', aliases: ['VTsIOM'], description: '' },
  ],
  polls: [
    { id: 'p', pollsterId: 'vtsiom', sourceId: 'a', fieldworkStart: '2018-07-18', fieldworkEnd: '2018-07-19', sampleSize: null, method: null, topicIds: ['helsinki'], figures: [{ label: 'Agree', value: 48, unit: 'percent', question: 'q', ...at(a, '48 percent') }] },
  ],
  quotes: [
    { id: 'q-putin', speakerId: 'putin', text: 'Fine,', sourceId: 'a', ...at(a, 'Fine,'), topicIds: ['helsinki'] },
    { id: 'q-pompeo', speakerId: 'pompeo', text: 'Later,', sourceId: 'b', ...at(b, 'Later,'), topicIds: [] },
  ],
};
const timeline = buildTimeline(dataset);

let root: HTMLElement;
function mount(props: Partial<Parameters<typeof TimelineView>[0]> = {}, locale: UiLocale = english) {
  const opener = { href: (ref: Parameters<typeof viewerPath>[0]) => `chrome-extension://id/${viewerPath(ref)}`, open: vi.fn() };
  root = document.createElement('div');
  document.body.append(root);
  render(
    <LocaleProvider value={locale}>
      <TimelineView load={async () => timeline} opener={opener} {...props} />
    </LocaleProvider>,
    root,
  );
  return { el: root, opener };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 2000 });
const keys = (el: HTMLElement) => [...el.querySelectorAll('.tl-item')].map((li) => li.getAttribute('data-key'));
const rowOf = (el: HTMLElement, key: string) => el.querySelector(`.tl-item[data-key="${key}"]`) as HTMLElement;

describe('TimelineView', () => {
  it('lists items by year, oldest first, with undated ones apart, each dated on its own grounds', async () => {
    const { el } = mount();
    await until(() => el.querySelector('.tl-item'));
    expect([...el.querySelectorAll('.tl-year-title')].map((h) => h.textContent)).toEqual(['2014', '2018', 'Not dated by their sources (1)']);
    expect(keys(el)).toEqual(['crimea', 'helsinki', 'p', 'q-putin', 'q-pompeo']);
    expect(rowOf(el, 'helsinki').querySelector('time')?.textContent).toBe('16 Jul 2018');
    expect(rowOf(el, 'p').querySelector('time')?.textContent).toBe('fieldwork 18–19 Jul 2018');
    expect(rowOf(el, 'q-putin').querySelector('time')?.textContent).toBe('reported 23 Jul 2018');
    expect(rowOf(el, 'q-putin').querySelector('time')?.getAttribute('datetime')).toBe('2018-07-23');
    expect(rowOf(el, 'q-pompeo').querySelector('time')).toBeNull();
    expect(rowOf(el, 'crimea').textContent).toContain('No bundled article names it.');
    expect(rowOf(el, 'p').textContent).toContain('48%');
  });

  it('links each item to its passage in the viewer', async () => {
    const { el, opener } = mount();
    await until(() => el.querySelector('.tl-item'));
    const link = rowOf(el, 'helsinki').querySelector('a.tl-source') as HTMLAnchorElement;
    expect(link.textContent).toBe('Source: TASS, 23 Jul 2018 (translated)');
    const sentence = at(a, 'Leaders met at the Helsinki summit on Monday.');
    expect(link.getAttribute('href')).toBe(`chrome-extension://id/viewer.html?source=a&start=${sentence.start}&end=${sentence.end}`);
    link.click();
    expect(opener.open).toHaveBeenCalledWith({ sourceId: 'a', ...sentence });
    expect((rowOf(el, 'q-pompeo').querySelector('a.tl-source') as HTMLAnchorElement).textContent).toBe('Source: A very long headline about relations between two…');
  });

  it('focused on an entity, shows what concerns it, and everything else on request', async () => {
    const onClearFocus = vi.fn();
    const { el } = mount({ focus: 'helsinki', onClearFocus });
    await until(() => el.querySelector('.tl-item'));
    expect(el.querySelector('.tl-focus-name')?.textContent).toBe('Focused on Helsinki summit');
    expect(keys(el)).toEqual(['helsinki', 'p', 'q-putin']);
    const box = el.querySelector('.tl-only input') as HTMLInputElement;
    box.click();
    await until(() => keys(el).length === 5);
    expect([...el.querySelectorAll('.tl-focused')].map((li) => li.getAttribute('data-key'))).toEqual(['helsinki', 'p', 'q-putin']);
    (el.querySelector('.tl-clear') as HTMLButtonElement).click();
    expect(onClearFocus).toHaveBeenCalled();
  });

  it('says so when nothing concerns the focused entity, and when the timeline cannot be had', async () => {
    const { el } = mount({ focus: 'vtsiom-nothing' });
    await until(() => el.querySelector('.tl-focus-bar'));
    expect(el.textContent).toContain('Nothing in the timeline concerns vtsiom-nothing.');
    expect(keys(el)).toEqual([]);
    render(null, root);
    root.remove();
    const failed = mount({ load: () => Promise.reject(new Error('gone')) });
    await until(() => failed.el.textContent?.includes('The timeline could not be loaded.'));
  });

  it('speaks Russian, dates included', async () => {
    const { el } = mount({}, testLocale('ru'));
    await until(() => el.querySelector('.tl-item'));
    expect(rowOf(el, 'helsinki').querySelector('time')?.textContent).toBe('16 июля 2018 г.');
    expect(rowOf(el, 'q-putin').querySelector('time')?.textContent).toBe('сообщение от 23 июля 2018 г.');
    expect(rowOf(el, 'crimea').querySelector('.tl-kind')?.textContent).toBe('Событие');
  });
});
