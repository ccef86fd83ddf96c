// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { english, testLocale } from '../../test/unit/i18n/locales.ts';
import { parsePack } from '../core/pack-parse.ts';
import type { PackInfo } from '../core/pack-types.ts';
import { LocaleProvider, type UiLocale } from '../ui/i18n.ts';
import { readPackFile, type PackApi } from './pack-api.tsx';
import { PackSection } from './pack-section.tsx';

const article = { id: 'a1', title: 'A', publisher: null, published: null, language: 'en', translated: false, text: '"No," said Ekaterina Schulmann.' };
const good = JSON.stringify({
  version: 1,
  sources: [article],
  entities: [{ id: 'ekaterina-schulmann', kind: 'person', name: 'Ekaterina Schulmann', aliases: ['Ekaterina Schulmann'], description: '' }],
  polls: [],
  quotes: [{ id: 'q1', speakerId: 'ekaterina-schulmann', text: 'No,', sourceId: 'a1', start: 1, end: 4, topicIds: [] }],
});

/** The options side for real (file reading, validation); the background's storage as a list in memory. */
function memoryApi(): PackApi {
  let packs: PackInfo[] = [];
  return {
    list: async () => packs,
    async importFile(file) {
      const read = await readPackFile(file);
      if (!read.ok) return read;
      const parsed = parsePack(read.text, file.name);
      if (!parsed.ok) return parsed;
      const d = parsed.pack.dataset;
      const pack: PackInfo = {
        id: parsed.pack.name, name: parsed.pack.name, fileName: file.name, bytes: file.size, importedAt: '2026-03-01T10:00:00.000Z',
        counts: { sources: d.sources.length, entities: d.entities.length, quotes: d.quotes.length, polls: d.polls.length },
      };
      packs = [...packs, pack];
      return { ok: true, pack, packs };
    },
    remove: async (id) => (packs = packs.filter((p) => p.id !== id)),
  };
}

let root: HTMLElement;
function mount(locale: UiLocale = english) {
  root = document.createElement('div');
  document.body.append(root);
  render(<LocaleProvider value={locale}><PackSection api={memoryApi()} /></LocaleProvider>, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 2000 });
function choose(el: HTMLElement, name: string, content: BlobPart) {
  const input = el.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('PackSection', () => {
  it('imports a pack and lists it with size, counts and date; removes it', async () => {
    const el = mount();
    await until(() => el.querySelector('.pack-none'));
    choose(el, 'osaka-interviews.json', good);
    await until(() => el.querySelector('.pack'));
    expect(el.querySelector('.pack-name')?.textContent).toBe('osaka-interviews');
    expect(el.querySelector('.pack-meta')?.textContent).toBe('1 KB · 1 source · 1 new name · 1 quote · 0 polls · imported 1 Mar 2026');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Imported “osaka-interviews”.');
    (el.querySelector('.pack-remove') as HTMLButtonElement).click();
    await until(() => el.querySelector('.pack-none'));
  });

  it('shows why a file was refused, field by field, and keeps the list as it was', async () => {
    const el = mount();
    choose(el, 'good.json', good);
    await until(() => el.querySelector('.pack'));
    choose(el, 'bad.json', good.replace('"kind":"person"', '"kind":"pundit"').replace('"sourceId":"a1"', '"sourceId":"x"'));
    await until(() => el.querySelector('[role="alert"]'));
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.querySelector('.pack-error-title')?.textContent).toBe('“bad.json” was not imported. Nothing has changed.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['entities[0].kind: must be one of person, organization, event, place, topic (not "pundit")']);
    choose(el, 'broken.json', '{\n  "version": 1,\n  "sources": [,]\n}');
    await until(() => el.querySelector('[role="alert"]')?.textContent?.includes('line 3, column 15'));
    choose(el, 'latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d]));
    await until(() => el.querySelector('[role="alert"]')?.textContent?.includes('not UTF-8'));
    expect([...el.querySelectorAll('.pack-name')].map((n) => n.textContent)).toEqual(['good']);
  });

  it('speaks Russian, with Russian plurals', async () => {
    const el = mount(testLocale('ru'));
    choose(el, 'p.json', good);
    await until(() => el.querySelector('.pack-meta'));
    expect(el.querySelector('.pack-meta')?.textContent).toMatch(/^1 КБ · 1 статья · 1 новое имя · 1 цитата · 0 опросов · импортирован 1 марта 2026/);
  });
});
