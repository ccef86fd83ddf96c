import { render, type ComponentChild } from 'preact';
import { afterEach } from 'vitest';
import { LocaleProvider, type UiLocale } from '../../../src/ui/i18n.ts';
import { english } from '../i18n/locales.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/**
 * Renders UI as an entrypoint does, inside a locale (English unless a test says otherwise), in a
 * fresh element of the document, unmounted and removed after each test of the importing file.
 */
export function mountInLocale(node: ComponentChild, locale: UiLocale = english): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<LocaleProvider value={locale}>{node}</LocaleProvider>, root);
  mounted.push(root);
  return root;
}
