// The page probe's fold (src/core/cues.ts `cueFold`): what a page's text costs to fold before
// the cue expression is tried, beside the full fold (`fullCueFold`: decomposition and a
// Unicode-property expression, what every text went through before) that plain text skips. The
// first call in a fresh process stands for a page's first probe (the expression compiles then);
// the warm figure is the median of many calls.
import { execFileSync } from 'node:child_process';
import { cueFold, fullCueFold as fullFold } from '../src/core/cues.ts';

const SIZE = 6_000;
const sample = (words: string) => words.repeat(Math.ceil(SIZE / words.length)).slice(0, SIZE);
const TEXTS: Record<string, string> = {
  'English prose': sample('The council said on Tuesday that “regional trade” talks would resume — after a pause of several weeks. '),
  'Russian prose': sample('Совет заявил во вторник, что «переговоры о торговле» возобновятся — после паузы в несколько недель. '),
  'accents (full fold)': sample('Café owners in Zürich said the ﬁnal résumé was “naïve” — after a pause of several weeks. '),
};
const FOLDS: Record<string, (t: string) => string> = { cueFold, 'full fold': fullFold };

const [mode, foldName, textName] = process.argv.slice(2);
if (mode === '--first-call') {
  // A child process: one call, as a page's first probe makes it.
  const t0 = performance.now();
  FOLDS[foldName!]!(TEXTS[textName!]!);
  console.log((performance.now() - t0).toFixed(4));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function warmUs(fold: (t: string) => string, text: string): number {
  const runs: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) fold(text + i);
    runs.push(((performance.now() - t0) / 200) * 1000);
  }
  return median(runs);
}
function firstCallMs(fold: string, text: string): number {
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) runs.push(Number(execFileSync(process.execPath, [process.argv[1]!, '--first-call', fold, text], { encoding: 'utf8' })));
  return median(runs);
}

console.log(`Fold of ${SIZE} characters, node ${process.version}; first call: median of 7 fresh processes; warm: median of 15 runs of 200 calls.\n`);
console.log('| text | cueFold first call ms | full fold first call ms | cueFold warm µs | full fold warm µs | warm ratio |\n|---|---|---|---|---|---|');
for (const name of Object.keys(TEXTS)) {
  const text = TEXTS[name]!;
  const [a, b] = [firstCallMs('cueFold', name), firstCallMs('full fold', name)];
  const [c, d] = [warmUs(cueFold, text), warmUs(fullFold, text)];
  console.log(`| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${c.toFixed(1)} | ${d.toFixed(1)} | ${(d / c).toFixed(1)}x |`);
}
