/**
 * Non-negative integers as ASCII text, five bits per character, least significant first: the
 * last character of a number is one of {@link FINAL}, the others of {@link MORE}. Numbers below 32
 * take one letter, so the node counts of a trie (mostly 0 and 1) read as long runs of `A` and `B`,
 * which gzip squeezes to almost nothing, and nothing needs escaping in JSON or in a JS string.
 */
const FINAL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const MORE = 'ghijklmnopqrstuvwxyz0123456789+/';

/** Per ASCII code: the digit plus 32 for a final digit, the digit for a continued one, -1 otherwise. */
const DIGIT = new Int8Array(0x80).fill(-1);
for (let d = 0; d < 32; d++) {
  DIGIT[FINAL.charCodeAt(d)] = d + 32;
  DIGIT[MORE.charCodeAt(d)] = d;
}

/** Writes each value (a whole number from 0 to 2^31 - 1) in turn; see the module comment. */
export function writeUints(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i] as number;
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new RangeError(`cannot write ${v} as a table number`);
    let s = '';
    while (v >= 32) {
      s += MORE.charAt(v & 31);
      v >>>= 5;
    }
    parts.push(s + FINAL.charAt(v));
  }
  return parts.join('');
}

/**
 * Reads what {@link writeUints} wrote, in one pass. With `sums`, the result is the running totals
 * instead, starting at 0 (one longer): counts per node become offsets per node. Throws, naming
 * `what`, on any other character, on a number left unfinished and on one that overflows, since
 * the text may come from damaged storage.
 */
export function readUints(s: string, what: string, sums = false): Int32Array {
  const n = s.length;
  const out = new Int32Array(n + 1);
  let k = sums ? 1 : 0;
  let total = 0;
  let v = 0;
  let scale = 1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const d = c < 0x80 ? (DIGIT[c] as number) : -1;
    if (d >= 32 && scale === 1) {
      // The usual case: a number in one character.
      total += d - 32;
      out[k++] = sums ? total : d - 32;
      continue;
    }
    if (d < 0 || scale > 2 ** 30) throw new Error(`matcher tables: ${what} holds a malformed number`);
    if (d < 32) {
      v += d * scale;
      scale *= 32;
      continue;
    }
    v += (d - 32) * scale;
    if (v > 0x7fffffff) throw new Error(`matcher tables: ${what} holds a malformed number`);
    total += v;
    out[k++] = sums ? total : v;
    v = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error(`matcher tables: ${what} ends inside a number`);
  if (sums && total > 0x7fffffff) throw new Error(`matcher tables: ${what} holds a malformed number`);
  return out.subarray(0, k);
}
