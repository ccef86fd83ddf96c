// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakePlatform } from '../platform/fake.ts';
import { SETTINGS_KEY, updateSettings, watchSettings } from '../platform/settings-store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { OptionsApp } from './options-app.tsx';
import { hostFromInput } from './site-list.tsx';
import { english } from '../../test/unit/i18n/locales.ts';
import { LocaleProvider } from '../ui/i18n.ts';

let root: HTMLElement;
function mount() {
  const p = createFakePlatform();
  root = document.createElement('div');
  document.body.append(root);
  render(
    <LocaleProvider value={english}>
      <OptionsApp api={{ watch: (l, s) => watchSettings(p, l, s), update: (c) => updateSettings(p, c) }} />
    </LocaleProvider>,
    root,
  );
  return { p, el: root, stored: () => p.state.storage.get(SETTINGS_KEY) as Settings | undefined };
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const until = (f: () => unknown) => vi.waitFor(() => expect(f()).toBeTruthy(), { timeout: 2000 });
const input = (el: HTMLElement, sel: string) => el.querySelector(sel) as HTMLInputElement;

describe('OptionsApp', () => {
  it('writes each change at once', async () => {
    const { el, stored } = mount();
    await until(() => input(el, 'input[name="enabled"]'));
    input(el, 'input[name="enabled"]').click();
    await until(() => stored()?.enabled === false);
    input(el, 'input[name="kind-event"]').click();
    await until(() => stored() && !stored()!.kinds.includes('event'));
    input(el, 'input[name="kind-event"]').click();
    await until(() => stored()?.kinds.join() === DEFAULT_SETTINGS.kinds.join());
    input(el, 'input[value="tint"]').click();
    await until(() => stored()?.markStyle === 'tint');
    input(el, 'input[name="firstOnly"]').click();
    await until(() => stored()?.firstOnly === true);
  });

  it('adds and removes sites, refusing what is not a site name', async () => {
    const { el, stored } = mount();
    await until(() => el.querySelector('form.add-site'));
    const field = input(el, '#add-site');
    field.value = 'https://News.Example/page';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    el.querySelector('form.add-site')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await until(() => stored()?.disabledSites.join() === 'news.example');
    await until(() => el.querySelector('.site')?.textContent === 'news.example');
    field.value = 'not a site';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    el.querySelector('form.add-site')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await until(() => el.querySelector('[role="alert"]'));
    (el.querySelector('.site-list button') as HTMLButtonElement).click();
    await until(() => stored()?.disabledSites.length === 0);
  });

  it('shows changes made elsewhere', async () => {
    const { p, el } = mount();
    await until(() => input(el, 'input[name="firstOnly"]'));
    await updateSettings(p, (s) => ({ ...s, firstOnly: true }));
    await until(() => input(el, 'input[name="firstOnly"]').checked);
  });
});

describe('hostFromInput', () => {
  it('reads host names from what people paste', () => {
    expect(hostFromInput('news.example')).toBe('news.example');
    expect(hostFromInput(' News.Example:8080 ')).toBe('news.example');
    expect(hostFromInput('https://a.b.example/x?y')).toBe('a.b.example');
    expect(hostFromInput('localhost')).toBe('localhost');
    expect(hostFromInput('')).toBeNull();
    expect(hostFromInput('hello')).toBeNull();
    expect(hostFromInput('two words')).toBeNull();
  });
});
