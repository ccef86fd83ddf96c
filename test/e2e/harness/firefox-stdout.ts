import type { Readable } from 'node:stream';
import type { LoggedError } from './types.ts';

const flat = (s: string) => s.replace(/["\s]/g, '');

/**
 * Firefox's own console output, for the one context WebDriver BiDi cannot see: the extension's
 * background (event) page. With `devtools.console.stdout.content` on, Firefox prints every
 * content-side `console.error` as `console.error: "text"` (no source) and every uncaught error
 * as `JavaScript error: <url>, line N: <message>`.
 */
export class FirefoxStdout {
  readonly #exceptions: LoggedError[] = [];
  readonly #consoleErrors: string[] = [];
  #partial = '';

  constructor(private readonly extensionScheme = 'moz-extension://') {}

  /** Starts reading a stream of the browser process. */
  listen(stream: Readable | null | undefined): void {
    stream?.on('data', (chunk: Buffer) => {
      const lines = (this.#partial + chunk.toString('utf8')).split('\n');
      this.#partial = lines.pop() ?? '';
      lines.forEach((l) => this.#line(l));
    });
  }

  /**
   * Errors that only the process output shows: uncaught errors in extension scripts, and console
   * errors that no BiDi-visible context (`seen`: page, content script, extension page) logged,
   * which leaves the background.
   */
  extensionErrors(seen: LoggedError[]): LoggedError[] {
    const out: LoggedError[] = this.#exceptions.filter((e) => !seen.some((s) => s.kind === 'exception' && s.text === e.text));
    const pool = seen.filter((s) => s.kind === 'console').map((s) => flat(s.text));
    for (const text of this.#consoleErrors) {
      const i = pool.indexOf(flat(text));
      if (i >= 0) pool.splice(i, 1);
      else out.push({ origin: 'extension', kind: 'console', text, url: 'background (Firefox console output)' });
    }
    return out;
  }

  clear(): void {
    this.#exceptions.length = 0;
    this.#consoleErrors.length = 0;
  }

  #line(line: string): void {
    const js = /^JavaScript error: (\S+), line \d+: (.*)$/.exec(line);
    if (js && js[1]!.startsWith(this.extensionScheme)) {
      this.#exceptions.push({ origin: 'extension', kind: 'exception', text: js[2]!, url: js[1]! });
      return;
    }
    const ce = /^console\.error: (.*)$/.exec(line);
    // Firefox's own modules log through prefixed console instances, printed unquoted as
    // `console.error: RSLoader: ...`; a script's arguments are printed quoted or as values.
    if (ce && !/^[A-Za-z][\w.-]*: /.test(ce[1]!)) this.#consoleErrors.push(ce[1]!.replace(/^"(.*)"$/, '$1'));
  }
}
