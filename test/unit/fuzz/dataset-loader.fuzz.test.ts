import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/cli/load-dataset.ts';
import { InputError } from '../../../src/pipeline/input-error.ts';
import { validateDataset } from '../../../src/pipeline/validate-dataset.ts';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { prng, wildValue } from './prng.ts';

const VALID_TEXT = readFileSync(new URL('./small-dataset.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'factlens-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every object and array inside a value, with a way to change one slot of it. */
function slots(root: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push({ parent: v, key: i });
        walk(x);
      });
    }
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        walk(x);
      }
    }
  };
  walk(root);
  return out;
}

/** One to three structural changes: a field retyped, dropped, duplicated, or an array emptied. */
function mutate(rand: () => number): unknown {
  const d = JSON.parse(VALID_TEXT) as unknown;
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const all = slots(d);
    const s = all[Math.floor(rand() * all.length)]!;
    const op = rand();
    const p = s.parent as Record<string | number, unknown>;
    if (op < 0.5) p[s.key] = wildValue(rand);
    else if (op < 0.7) {
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete p[s.key];
    } else if (op < 0.85 && Array.isArray(s.parent)) s.parent.push(structuredClone(s.parent[s.key as number]));
    else if (typeof p[s.key] === 'string') p[s.key] = (p[s.key] as string).slice(0, Math.floor(rand() * 5));
    else p[s.key] = wildValue(rand);
  }
  return d;
}

/** Loads a file as the CLI does; a clear error or a dataset, and a dataset's checks never throw. */
function outcome(text: string, name: string): 'valid' | 'refused' | 'invalid' {
  const path = join(dir, name);
  writeFileSync(path, text);
  let d: Dataset;
  try {
    d = loadDataset(path);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const msg = (e as Error).message;
    // One line that names the file and what is wrong with it, even where the JSON parser's
    // own message quotes the input across lines.
    expect(msg.startsWith(`${path}: `)).toBe(true);
    expect(msg).not.toMatch(/[\r\n]/);
    expect(msg.length).toBeGreaterThan(path.length + 2);
    return 'refused';
  }
  const problems = validateDataset(d);
  expect(Array.isArray(problems)).toBe(true);
  return problems.length === 0 ? 'valid' : 'invalid';
}

describe('dataset loader under bad input', () => {
  it('accepts the valid fixture (the mutations start from a good file)', () => {
    expect(outcome(VALID_TEXT, 'valid.json')).toBe('valid');
  });

  it('refuses malformed JSON with one line naming the file', () => {
    const rand = prng(7);
    const cases = ['', '{', 'null', '[]', '"dataset"', '{"version":1', '\u0000\u0001', VALID_TEXT.slice(0, 100), `${VALID_TEXT}}`];
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(rand() * VALID_TEXT.length);
      cases.push(VALID_TEXT.slice(0, at) + String.fromCharCode(Math.floor(rand() * 128)) + VALID_TEXT.slice(at + 1));
    }
    const seen = cases.map((c, i) => outcome(c, `bad-${i}.json`));
    expect(seen.slice(0, 9).every((o) => o === 'refused')).toBe(true);
  });

  it('refuses wrong types and huge values at the top', () => {
    const base = JSON.parse(VALID_TEXT) as Record<string, unknown>;
    const variants = [
      { ...base, version: 2 },
      { ...base, sources: 'none' },
      { ...base, entities: null },
      { ...base, polls: [1, 2, 3] },
      { ...base, quotes: [{}] },
      { ...base, version: 1e308 },
    ];
    variants.forEach((v, i) => expect(outcome(JSON.stringify(v), `top-${i}.json`)).toBe('refused'));
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(['refused']).toContain(outcome(`{"version":1,"sources":${deep}}`, 'deep.json'));
    expect(outcome(JSON.stringify({ ...base, sources: [...(base.sources as unknown[]), { id: 'big', text: 'x'.repeat(5_000_000) }] }), 'huge.json')).toBe('refused');
  });

  it('1,000 mutated variants of a valid dataset: each a clear refusal, a list of problems, or valid', () => {
    const rand = prng(20181);
    const tally = { valid: 0, refused: 0, invalid: 0 };
    for (let i = 0; i < 1000; i++) tally[outcome(JSON.stringify(mutate(rand)), `m-${i % 50}.json`)]++;
    expect(tally.valid + tally.refused + tally.invalid).toBe(1000);
    // The mutations bite: most variants are refused by the schema or caught by the invariants.
    expect(tally.refused + tally.invalid).toBeGreaterThan(500);
  }, 60_000);
});
