import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

/** The rule ids and messages the project's own lint config reports for a snippet of our code. */
async function lint(code: string, file = 'src/ui/snippet.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const decl = 'declare const el: HTMLElement; declare const s: string;\n';

describe('the lint rule against markup parsing and code evaluation', () => {
  it.each([
    ['innerHTML', 'el.innerHTML = s;', /innerHTML/],
    ['outerHTML', 'el.outerHTML = s;', /outerHTML/],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', s);", /insertAdjacentHTML/],
    ['document.write', 'document.write(s);', /document\.write/],
    ['eval', 'eval(s);', /no-eval/],
    ['window.eval', 'window.eval(s);', /no-eval/],
    ['setTimeout with a string', 'setTimeout(s + "", 0);', /no-implied-eval/],
    ['setTimeout with a literal string', "setTimeout('alert(1)', 0);", /no-implied-eval/],
    ['new Function', "new Function('return 1');", /Function/],
    ['dangerouslySetInnerHTML', 'export const X = () => <div dangerouslySetInnerHTML={{ __html: s }} />;', /dangerouslySetInnerHTML/],
  ])('fires on %s', async (_name, code, expected) => {
    const messages = await lint(decl + code);
    expect(messages.some((m) => expected.test(m))).toBe(true);
  });

  it('fires in every layer that runs in the browser', async () => {
    for (const file of ['src/content/x.ts', 'src/background/x.ts', 'src/popup/x.tsx', 'src/shared/x.ts', 'src/core/x.ts']) {
      expect((await lint(`${decl}el.innerHTML = s;`, file)).some((m) => /innerHTML/.test(m))).toBe(true);
    }
  });

  it('leaves safe DOM building alone', async () => {
    const messages = await lint(`${decl}el.textContent = s; el.append(document.createElement('p')); const t = el.innerHTML.length; void t;`);
    expect(messages.filter((m) => /innerHTML|eval|Function|insertAdjacent/.test(m))).toEqual([]);
  });
});
