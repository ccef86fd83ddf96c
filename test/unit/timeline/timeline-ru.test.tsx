// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildTimeline } from '../../../src/core/timeline.ts';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { TimelineView } from '../../../src/popup/timeline-view.tsx';
import type { UiLocale } from '../../../src/ui/i18n.ts';
import { viewerPath } from '../../../src/ui/source-ref.ts';
import { english, testLocale } from '../i18n/locales.ts';
import { mountInLocale } from '../ui/mount.tsx';

const dataset = buildDataset({ sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' }).dataset;
// Through JSON, as the background's answer reaches the popup.
const timeline = JSON.parse(JSON.stringify(buildTimeline(dataset))) as ReturnType<typeof buildTimeline>;

function mount(locale: UiLocale, focus: string) {
  const opener = { href: (ref: Parameters<typeof viewerPath>[0]) => `ext://id/${viewerPath(ref)}` };
  return mountInLocale(<TimelineView load={async () => timeline} opener={opener} focus={focus} />, locale);
}

const names = (el: HTMLElement) => [...el.querySelectorAll('.tl-name')].map((n) => n.textContent ?? '');

describe('the timeline in the UI language', () => {
  it('names events, speakers and pollsters in Russian, and the focus too', async () => {
    const el = mount(testLocale('ru'), 'helsinki-summit-2018');
    await vi.waitFor(() => expect(el.querySelector('.tl-item')).toBeTruthy());
    expect(el.querySelector('.tl-focus-name')?.textContent).toBe('В фокусе: Саммит в Хельсинки (2018)');
    const shown = names(el);
    expect(shown).toContain('Саммит в Хельсинки (2018)');
    expect(shown).toContain('Левада-Центр');
    expect(shown).toContain('ВЦИОМ');
    expect(shown.filter((n) => !/[\u0400-\u04ff]/u.test(n))).toEqual([]);
  });

  it('keeps the English names in an English UI', async () => {
    const el = mount(english, 'helsinki-summit-2018');
    await vi.waitFor(() => expect(el.querySelector('.tl-item')).toBeTruthy());
    expect(el.querySelector('.tl-focus-name')?.textContent).toBe('Focused on Helsinki summit (2018)');
    expect(names(el)).toEqual(expect.arrayContaining(['Helsinki summit (2018)', 'Levada Center', 'VTsIOM']));
    expect(names(el).filter((n) => /[\u0400-\u04ff]/u.test(n))).toEqual([]);
  });
});
