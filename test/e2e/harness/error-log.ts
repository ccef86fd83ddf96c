import type { LoggedError } from './types.ts';

/**
 * Collects errors from every context of one browser and sorts them into the page's own and the
 * extension's, by the script or document they came from. Anything from an extension URL is the
 * extension's, which is how content-script errors (they run inside the page) are told apart.
 */
export class ErrorLog {
  readonly #errors: LoggedError[] = [];

  constructor(private readonly extensionScheme: 'chrome-extension:' | 'moz-extension:') {}

  /** Records an error; `where` is a URL, stack or message that may name an extension script. */
  add(kind: LoggedError['kind'], text: string, where = '', forceExtension = false): void {
    const fromExtension = forceExtension || [where, text].some((s) => s.includes(`${this.extensionScheme}//`));
    this.#errors.push({ origin: fromExtension ? 'extension' : 'page', kind, text, ...(where ? { url: where } : {}) });
  }

  extension(): LoggedError[] {
    return this.#errors.filter((e) => e.origin === 'extension');
  }

  page(): LoggedError[] {
    return this.#errors.filter((e) => e.origin === 'page');
  }

  clear(): void {
    this.#errors.length = 0;
  }
}
