/**
 * Scores the mention engine on the real-text corpus: test/corpus/real/*.json hold each passage's
 * address and labels, DIR holds the passages' texts as `<id>.txt` (read from the stored pages
 * into a folder outside the repository). Reports recall, look-alikes linked and false links for
 * the dev and test halves, and a table by category.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMatcher } from '../../src/core/matcher/index.ts';
import { readRegistry } from '../../src/pipeline/read-registry.ts';
import { addScores, emptyScore, halfOf, scorePassage, type CorpusPassage, type PassageScore } from './score-mentions.ts';


const SCORED_KINDS = new Set(['person', 'organization', 'event']);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = process.cwd();
const dir = arg('--texts');
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run eval:mentions -- --texts DIR [--half dev|test] [--show ID] [--list]');
  process.exit(2);
}
const onlyHalf = arg('--half');
const show = arg('--show');
const list = process.argv.includes('--list');
const corpusDir = join(root, 'test/corpus/real');
const passages: CorpusPassage[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as CorpusPassage[]);
const entities = readRegistry(join(root, 'data/entities.json'));
const kinds = new Map(entities.map((e) => [e.id, e.kind]));
const matcher = buildMatcher(entities);

const totals = { dev: emptyScore(), test: emptyScore() };
const counts = { dev: 0, test: 0 };
let missing = 0;
const context = (text: string, s: number, e: number) =>
  JSON.stringify(text.slice(Math.max(0, s - 40), s)) + ' [' + text.slice(s, e) + '] ' + JSON.stringify(text.slice(e, e + 40));
for (const p of passages) {
  const half = halfOf(p.site);
  if (onlyHalf && half !== onlyHalf) continue;
  if (show && p.id !== show) continue;
  const file = join(dir, `${p.id}.txt`);
  if (!existsSync(file)) {
    missing++;
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const links = matcher.scan(text).filter((m) => SCORED_KINDS.has(kinds.get(m.entityId) ?? ''));
  let s: PassageScore;
  try {
    s = scorePassage(text, p.labels, links);
  } catch (e) {
    console.error(`${p.id}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
    continue;
  }
  counts[half]++;
  addScores(totals[half], s);
  if (show || list) {
    for (const m of s.misses) console.log(`${half} ${p.id} MISS ${m.label.entity} (${m.label.category}) ${context(text, m.at, m.at + m.label.form.length)}`);
    for (const w of s.wrong) console.log(`${half} ${p.id} FALSE ${w.link.entityId} ${w.why} ${context(text, w.link.start, w.link.end)}`);
  }
  if (show) for (const l of links) console.log(`  link ${l.entityId} ${context(text, l.start, l.end)}`);
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
for (const half of ['dev', 'test'] as const) {
  const t = totals[half];
  if (counts[half] === 0) continue;
  console.log(`\n${half}: ${counts[half]} passages`);
  console.log(`  recall ${pct(t.found, t.positives)} (${t.found}/${t.positives})`);
  console.log(`  look-alikes linked ${pct(t.lookAlikesLinked, t.lookAlikes)} (${t.lookAlikesLinked}/${t.lookAlikes})`);
  console.log(`  false links ${pct(t.falseLinks, t.links)} of links made (${t.falseLinks}/${t.links})`);
  console.log('  | category | right | of |');
  for (const [k, v] of [...t.byCategory].sort()) console.log(`  | ${k} | ${pct(v.ok, v.total)} | ${v.total} |`);
}
if (missing) console.log(`\n${missing} passages have no text in ${dir}`);
