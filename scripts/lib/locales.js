// The `_locales` step of the build: one catalog file per area under locales/<lang>/, merged into
// the single messages.json per language that Chrome and Firefox read.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from './generated-data.js';

/** The language the manifest names as `default_locale`: every key must exist in it. */
export const DEFAULT_LOCALE = 'en';

const KEY = /^[a-z][A-Za-z0-9]*$/;
const PLACEHOLDER_REF = /\$([A-Za-z0-9_@]+)\$/g;

/**
 * Every catalog file under `locales/`, read and checked entry by entry. Returns the entries in
 * a stable order (languages, then files, by name) so two builds write identical bytes, and the
 * problems found; the caller decides which problems stop a build.
 */
export function readLocales(root) {
  const dir = join(root, 'locales');
  const langs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const entries = [];
  const problems = [];
  for (const lang of langs) {
    const files = readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
    for (const file of files) {
      const where = `locales/${lang}/${file}`;
      let data;
      try {
        data = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
      } catch (err) {
        problems.push({ fatal: true, text: `${where}: not valid JSON (${err.message})` });
        continue;
      }
      for (const [key, entry] of Object.entries(data)) {
        const bad = entryProblem(key, entry);
        if (bad) problems.push({ fatal: true, text: `${where}: "${key}" ${bad}` });
        else entries.push({ lang, file: where, key, entry });
      }
    }
  }
  problems.push(...crossProblems(entries, langs));
  return { langs, entries, problems };
}

/** What makes one entry unloadable by Chrome or Firefox, or null. */
function entryProblem(key, entry) {
  if (!KEY.test(key)) return 'is not a camelCase key of letters and digits';
  if (typeof entry !== 'object' || entry === null || typeof entry.message !== 'string') return 'has no "message" string';
  const declared = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
    if (typeof p?.content !== 'string') return `placeholder "${name}" has no "content" string`;
  }
  for (const [, name] of entry.message.matchAll(PLACEHOLDER_REF)) {
    if (!declared.has(name.toLowerCase())) return `uses $${name}$ but declares no such placeholder`;
  }
  return null;
}

/** The substitutions ("$1", "$2") a message consumes, through its placeholders or directly. */
export function substitutionsOf(entry) {
  const used = new Set();
  const expanded = entry.message.replace(PLACEHOLDER_REF, (_, name) => {
    const p = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return p ? p[1].content : '';
  });
  for (const [, n] of expanded.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)) used.add(Number(n));
  return [...used].sort((a, b) => a - b);
}

/**
 * Problems across files: a key defined twice in one language (browsers compare keys without
 * case, so "popupTitle" and "popuptitle" collide), a key missing from a language, and a key
 * whose translations consume different substitutions.
 */
function crossProblems(entries, langs) {
  const problems = [];
  const byLang = new Map(langs.map((l) => [l, new Map()]));
  for (const e of entries) {
    const seen = byLang.get(e.lang);
    const prev = seen.get(e.key.toLowerCase());
    if (prev) problems.push({ fatal: true, text: `"${e.key}" is defined twice for ${e.lang}: ${prev.file} and ${e.file}` });
    else seen.set(e.key.toLowerCase(), e);
  }
  const keys = new Set(entries.map((e) => e.key.toLowerCase()));
  for (const k of [...keys].sort()) {
    const present = langs.filter((l) => byLang.get(l).has(k));
    const missing = langs.filter((l) => !byLang.get(l).has(k));
    const some = byLang.get(present[0]).get(k);
    if (missing.length) problems.push({ fatal: missing.includes(DEFAULT_LOCALE), text: `"${some.key}" (${some.file}) is missing for ${missing.join(', ')}` });
    const subs = present.map((l) => substitutionsOf(byLang.get(l).get(k).entry).join(','));
    if (new Set(subs).size > 1) problems.push({ fatal: false, text: `"${some.key}" takes substitutions ${present.map((l, i) => `${l}: [${subs[i]}]`).join(', ')}` });
  }
  return problems;
}

/** One messages.json object per language, keys in catalog order. */
export function mergeLocales(entries) {
  const out = {};
  for (const { lang, key, entry } of entries) {
    out[lang] ??= {};
    out[lang][key] = entry;
  }
  return out;
}

/**
 * Writes `<outDir>/_locales/<lang>/messages.json`. Problems that would stop a browser loading
 * the extension (bad JSON, a duplicate, a key absent from the default language) throw;
 * others are reported and left to the unit test, so one catalog in progress does not stop
 * everyone's build.
 */
export function writeLocales(root, outDir, log = console.warn) {
  const { entries, problems } = readLocales(root);
  const fatal = problems.filter((p) => p.fatal);
  if (fatal.length) throw new BuildError(`locales: ${fatal.map((p) => p.text).join('; ')}`);
  for (const p of problems) log(`locales: ${p.text}`);
  for (const [lang, messages] of Object.entries(mergeLocales(entries))) {
    mkdirSync(join(outDir, '_locales', lang), { recursive: true });
    writeFileSync(join(outDir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}
