// Step 5 of the build: zips whose bytes depend only on the files in them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

/** Built from local fields, so the DOS time stored in the zip is the same in every time zone. */
const FIXED_TIME = new Date(2024, 0, 1, 0, 0, 0);

/** Every file under `dir`, as forward-slash paths relative to `base`, sorted by code unit. */
export function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, base));
    else out.push(relative(base, p).split(sep).join('/'));
  }
  return out.sort();
}

/** Writes a zip of `files` (paths relative to `base`) with fixed timestamps, in sorted order. */
export function writeZip(outFile, base, files) {
  const entries = {};
  for (const f of [...files].sort()) {
    entries[f] = [readFileSync(join(base, f)), { mtime: FIXED_TIME, level: 9 }];
  }
  writeFileSync(outFile, zipSync(entries));
}
