/** Where a JSON text first breaks the grammar: 1-based line and column, and what was expected there. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  detail: string;
}

class Stop extends Error {
  constructor(readonly at: number, readonly detail: string) {
    super(detail);
  }
}

/**
 * Finds the first syntax error in `text` with a small strict JSON reader. Browsers word (and
 * place) `JSON.parse` errors differently, and some name no position at all ("Unexpected end of
 * JSON input"), so an import error gets its line and column from here instead. Null when the
 * text is valid JSON.
 */
export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (detail: string): never => {
    throw new Stop(i, i >= text.length ? `the text ends early (${detail})` : `${detail}, found ${JSON.stringify(text[i])}`);
  };
  const expect = (ch: string, what: string): void => {
    if (text[i] !== ch) fail(what);
    i++;
  };
  const string = (): void => {
    expect('"', 'expected a string in double quotes');
    for (;;) {
      if (i >= text.length) fail('expected the closing quote of a string');
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail('expected no control character inside a string');
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('expected four hex digits after \\u');
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else fail('expected a valid escape after \\');
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('expected less deeply nested data');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':', 'expected ":" after a property name');
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else return expect('}', 'expected "," or "}" after a property value');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else return expect(']', 'expected "," or "]" after an array element');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail('expected a value');
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) fail('expected nothing after the data');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: e.at - lineStart + 1, detail: e.detail };
  }
}
