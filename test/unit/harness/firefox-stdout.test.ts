import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FirefoxStdout } from '../../e2e/harness/firefox-stdout.ts';

function read(lines: string[]): FirefoxStdout {
  const out = new FirefoxStdout();
  const stream = new PassThrough();
  out.listen(stream);
  stream.write(lines.join('\n') + '\n');
  return out;
}

describe('FirefoxStdout', () => {
  it('counts a console error nobody visible logged as the background\'s', () => {
    const out = read(['console.error: "lookup failed"']);
    expect(out.extensionErrors([]).map((e) => e.text)).toEqual(['lookup failed']);
  });

  it('leaves out Firefox\'s own prefixed module logging', () => {
    const out = read(['console.error: RSLoader: Failed to load remote settings', 'console.error: "ours"']);
    expect(out.extensionErrors([]).map((e) => e.text)).toEqual(['ours']);
  });

  it('counts uncaught errors in extension scripts, not in pages', () => {
    const out = read([
      'JavaScript error: moz-extension://abc/background.js, line 3: TypeError: x is undefined',
      'JavaScript error: http://127.0.0.1:1/page.js, line 1: ReferenceError: y',
    ]);
    expect(out.extensionErrors([]).map((e) => e.text)).toEqual(['TypeError: x is undefined']);
  });
});
