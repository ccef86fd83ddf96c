import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/index.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';

interface Run { code: number; out: string; err: string }

async function run(argv: string[], extra: Partial<CliIo> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: async () => '', cwd: process.cwd(), root: process.cwd(), ...extra };
  const code = await main(argv, io);
  return { code, out, err };
}

const meta = (id: string): string => JSON.stringify({ id, title: 'A title', publisher: null, published: '2019-01-01', language: 'en', translated: false, url: null });

/** A sources folder holding one good article plus whatever a case adds. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-src-'));
  writeFileSync(join(dir, 'good.txt'), 'A title\n\n"We are ready," Peskov said.\n');
  writeFileSync(join(dir, 'good.meta.json'), meta('good'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function buildInto(dir: string): Promise<Run & { out_file: string }> {
  const outFile = join(mkdtempSync(join(tmpdir(), 'factlens-out-')), 'dataset.json');
  const r = await run(['build-data', '--sources', dir, '--out', outFile]);
  return { ...r, out_file: outFile };
}

describe('factlens build-data on bad input', () => {
  const oneLine = (r: Run): void => {
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  };

  test('a file with no text', async () => {
    const r = await buildInto(folder({ 'empty.txt': '  \n\n', 'empty.meta.json': meta('empty') }));
    oneLine(r);
    expect(r.err).toMatch(/empty\.txt: has no text/);
    expect(existsSync(r.out_file)).toBe(false);
  });

  test('broken metadata JSON, and metadata that misses a field', async () => {
    const broken = await buildInto(folder({ 'bad.txt': 'Text', 'bad.meta.json': '{"id": "bad",' }));
    oneLine(broken);
    expect(broken.err).toMatch(/bad\.meta\.json: is not valid JSON/);
    const partial = await buildInto(folder({ 'bad.txt': 'Text', 'bad.meta.json': '{"id": "bad"}' }));
    oneLine(partial);
    expect(partial.err).toMatch(/bad\.meta\.json: field "title"/);
    const missing = await buildInto(folder({ 'lonely.txt': 'Text' }));
    expect(missing.err).toMatch(/lonely\.meta\.json: is missing/);
  });

  test('invalid UTF-8', async () => {
    const r = await buildInto(folder({ 'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x0a]), 'latin1.meta.json': meta('latin1') }));
    oneLine(r);
    expect(r.err).toMatch(/latin1\.txt: is not valid UTF-8 text/);
  });

  test('an unbalanced quotation mark: a warning, and the rest of the article still counts', async () => {
    const r = await buildInto(folder({ 'odd.txt': 'A title\n\nHe said "this never ends.\n\nPlain paragraph.\n\n"Fine," Lavrov said.\n', 'odd.meta.json': meta('odd') }));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: odd\.txt: unbalanced quotation mark/);
    expect(r.out).toMatch(/2 quotes/);
  });

  test('a 50 MB file is refused with its size and the limit, before it is read', async () => {
    const dir = folder({ 'huge.meta.json': meta('huge') });
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = await buildInto(dir);
    oneLine(r);
    expect(r.err).toMatch(/huge\.txt: is 50\.0 MB; articles may be at most 2 MB/);
  });

  test('a failed build leaves the previous output untouched and no temporary file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'factlens-keep-'));
    const outFile = join(outDir, 'dataset.json');
    writeFileSync(outFile, 'previous');
    const r = await run(['build-data', '--sources', folder({ 'bad.txt': '', 'bad.meta.json': meta('bad') }), '--out', outFile]);
    expect(r.code).toBe(1);
    expect(readdirSync(outDir)).toEqual(['dataset.json']);
  });

  test('a missing folder and an unknown option', async () => {
    expect((await run(['build-data', '--sources', '/nonexistent/dir'])).err).toMatch(/\/nonexistent\/dir: is not a folder of articles/);
    const r = await run(['build-data', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --bogus/);
  });
});

describe('factlens dataset and lookup', () => {
  let datasetPath: string;
  beforeAll(async () => {
    datasetPath = join(mkdtempSync(join(tmpdir(), 'factlens-ds-')), 'dataset.json');
    const r = await run(['build-data', '--out', datasetPath]);
    expect(r.code).toBe(0);
  });

  test('dataset --json prints the whole dataset', async () => {
    const r = await run(['dataset', '--json'], { datasetPath });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.version).toBe(1);
    expect(d.sources).toHaveLength(5);
  });

  test('lookup by any alias, in any script or spelling', async () => {
    for (const q of ['Levada Centre', 'Левада-Центр', 'levada-center']) {
      const r = await run(['lookup', '--json', q], { datasetPath });
      expect(JSON.parse(r.out).entity.id).toBe('levada-center');
    }
    const r = await run(['lookup', 'Fedorov'], { datasetPath });
    expect(r.out).toMatch(/^Valery Fyodorov \(person\)/);
    expect(r.out).toContain('Russians today look at the prospects');
  });

  test('an unknown name, a missing dataset', async () => {
    const r = await run(['lookup', 'Nobody Known'], { datasetPath });
    expect(r.code).toBe(1);
    expect(r.err).toBe('factlens: no entity in the dataset is called "Nobody Known"\n');
    const gone = await run(['dataset'], { datasetPath: '/nonexistent/dataset.json' });
    expect(gone.code).toBe(1);
    expect(gone.err).toMatch(/dataset\.json: does not exist/);
  });
});

describe('factlens scan', () => {
  test('is wired to the bundled dataset and reads files and standard input', async () => {
    const datasetPath = join(mkdtempSync(join(tmpdir(), 'factlens-scan-')), 'dataset.json');
    expect((await run(['build-data', '--out', datasetPath])).code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'factlens-in-')), 'page.txt');
    writeFileSync(file, 'Dmitry Peskov spoke to the Levada Centre.');
    const r = await run(['scan', '--json', file], { datasetPath });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).mentions.map((m: { entityId: string }) => m.entityId)).toEqual(['dmitry-peskov', 'levada-center']);
    const stdin = await run(['scan', '--json', '-'], { datasetPath, readStdin: async () => 'VTsIOM' });
    expect(JSON.parse(stdin.out).mentions[0].entityId).toBe('vtsiom');
  });
});

describe('factlens build-data as the main build runs it', () => {
  test('naming the repository\'s own sources folder still applies data/curation.json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'factlens-main-')), 'dataset.json');
    expect((await run(['build-data', '--sources', 'data/sources', '--out', out])).code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    const labels = d.polls.flatMap((p: { figures: Array<{ label: string }> }) => p.figures.map((f) => f.label));
    expect(labels).toContain('Relations will stay the same');
  });
});
