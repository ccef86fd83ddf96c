// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lookupEntity } from '../../../src/core/lookup.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { FactCard } from '../../../src/ui/fact-card.tsx';
import { LocaleProvider, type UiLocale } from '../../../src/ui/i18n.ts';
import { viewerPath, type SourceOpener } from '../../../src/ui/source-ref.ts';
import { english, testLocale } from '../i18n/locales.ts';

const dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;
const opener: SourceOpener = { href: (r) => `ext://id/${viewerPath(r)}` };
let root: HTMLElement;

function mount(id: string, locale: UiLocale) {
  root = document.createElement('div');
  document.body.append(root);
  render(
    <LocaleProvider value={locale}>
      <FactCard card={lookupEntity(dataset, id)!} opener={opener} quoteLimit={50} />
    </LocaleProvider>,
    root,
  );
  return root;
}

const text = (el: HTMLElement, sel: string) => [...el.querySelectorAll(sel)].map((n) => n.textContent);

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('FactCard names in the UI language', () => {
  it('reads Dmitry Peskov in Russian in a Russian UI, his quotes signed in Russian', () => {
    const el = mount('dmitry-peskov', testLocale('ru'));
    expect(el.querySelector('.fl-title')!.textContent).toBe('Дмитрий Песков');
    expect(el.querySelector('.fl-role')!.textContent).toBe('Пресс-секретарь президента России, официальный представитель Кремля (с\u00a02012 года)');
    expect(el.querySelector('.fl-desc')!.textContent).toBe('Говорит с\u00a0журналистами от\u00a0имени Владимира Путина и\u00a0Кремля.');
    const speakers = text(el, '.fl-speaker');
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((s) => s === 'Дмитрий Песков')).toBe(true);
  });

  it('keeps the English card as it was in an English UI', () => {
    const el = mount('dmitry-peskov', english);
    expect(el.querySelector('.fl-title')!.textContent).toBe('Dmitry Peskov');
    expect(el.querySelector('.fl-role')!.textContent).toBe('Press secretary of the President of Russia, the Kremlin spokesman (since 2012)');
    expect(el.querySelector('.fl-desc')!.textContent).toBe('Speaks for Vladimir Putin and the Kremlin to reporters.');
    expect(text(el, '.fl-speaker').every((s) => s === 'Dmitry Peskov')).toBe(true);
  });

  it('names the pollster of each poll in Russian, and keeps the dated subtitle of an event', () => {
    const el = mount('helsinki-summit-2018', testLocale('ru'));
    expect(el.querySelector('.fl-title')!.textContent).toBe('Саммит в Хельсинки (2018)');
    expect(el.querySelector('.fl-role')!.textContent).toMatch(/^Событие, 16 июля 2018 г\./u);
    const pollTitles = text(el, '.fl-poll-title');
    expect(pollTitles.length).toBeGreaterThan(1);
    for (const title of pollTitles) expect(title).toMatch(/Левада-Центр|ВЦИОМ/u);
    expect(el.textContent).not.toMatch(/Levada Center|VTsIOM/);
  });
});
