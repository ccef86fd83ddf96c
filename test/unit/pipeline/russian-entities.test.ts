import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build-dataset.ts';
import { readRegistry } from '../../../src/pipeline/read-registry.ts';

const registry = readRegistry('data/entities.json');
const CYRILLIC = /[\u0400-\u04ff]/u;

/** Russian names that are none of the entity's Cyrillic aliases, each with the reason. */
const EXPLAINED: Record<string, string> = {
  'russian-interference-2016': 'the alias is the short «вмешательство России в выборы»; the name says which election, as the English one does',
  'public-opinion': 'the alias is «общественное мнение»; the name says whose, as the English "Public opinion in Russia" does',
};

/** Names the Russian press writes in Latin letters, as the outlets themselves do. */
const LATIN_IN_RUSSIAN = new Set(['The Moscow Times', 'UPI', 'Sputnik', 'CBS', 'Face the Nation']);

/** One spelling for comparing a name with an alias: no "(2018)" tail, lower case, ё as е. */
const fold = (s: string) => s.replace(/\s*\([^)]*\)$/u, '').toLowerCase().replaceAll('ё', 'е');

describe('the registry in Russian', () => {
  it('gives every registry entity a Russian name and description, and every person with a role a Russian role', () => {
    for (const e of registry) {
      expect(e.ru, e.id).toBeDefined();
      expect(CYRILLIC.test(e.ru!.description), `${e.id} description`).toBe(true);
      if (!LATIN_IN_RUSSIAN.has(e.ru!.name)) expect(CYRILLIC.test(e.ru!.name), `${e.id} name`).toBe(true);
      expect(Boolean(e.ru!.role), `${e.id} role`).toBe(Boolean(e.role));
      if (e.ru!.role) expect(CYRILLIC.test(e.ru!.role), `${e.id} role`).toBe(true);
    }
  });

  it('names each entity as one of its Cyrillic aliases, or says why not', () => {
    const withAlias = registry.filter((e) => e.aliases.some((a) => CYRILLIC.test(a)));
    expect(withAlias.length).toBeGreaterThan(40);
    for (const e of withAlias) {
      const agrees = e.aliases.some((a) => CYRILLIC.test(a) && fold(a) === fold(e.ru!.name));
      expect(agrees || e.id in EXPLAINED, `${e.id}: «${e.ru!.name}» is none of ${e.aliases.join(', ')}`).toBe(true);
    }
    for (const id of Object.keys(EXPLAINED)) {
      const e = registry.find((x) => x.id === id)!;
      expect(e.aliases.some((a) => fold(a) === fold(e.ru!.name)), `${id} needs no explanation any more`).toBe(false);
    }
  });

  it('keeps the Russian press spellings', () => {
    const name = (id: string) => registry.find((e) => e.id === id)?.ru?.name;
    expect(name('dmitry-peskov')).toBe('Дмитрий Песков');
    expect(name('levada-center')).toBe('Левада-Центр');
    expect(name('vtsiom')).toBe('ВЦИОМ');
    expect(name('helsinki-summit-2018')).toBe('Саммит в Хельсинки (2018)');
    expect(name('mike-pompeo')).toBe('Майк Помпео');
    expect(registry.find((e) => e.id === 'mike-pompeo')?.ru?.role).toMatch(/^Государственный секретарь США/u);
  });

  it('passes through the build unchanged and deterministically, with none invented for speakers the registry lacks', () => {
    const inputs = { sourcesDir: 'data/sources', entitiesPath: 'data/entities.json', curationPath: 'data/curation.json' };
    const built = buildDataset(inputs).dataset;
    for (const e of registry) expect(built.entities.find((x) => x.id === e.id)?.ru, e.id).toEqual(e.ru);
    for (const e of built.entities.filter((x) => x.auto)) expect(e.ru, e.id).toBeUndefined();
    expect(JSON.stringify(buildDataset(inputs).dataset)).toBe(JSON.stringify(built));
  });

  it('refuses a Russian block with a field the schema does not know', () => {
    const raw = JSON.parse(readFileSync('data/entities.json', 'utf8')) as { entities: { ru?: Record<string, unknown> }[] };
    raw.entities[0]!.ru = { ...raw.entities[0]!.ru, nickname: 'x' };
    const dir = mkdtempSync(join(tmpdir(), 'factlens-ru-'));
    writeFileSync(join(dir, 'entities.json'), JSON.stringify(raw));
    try {
      expect(() => readRegistry(join(dir, 'entities.json'))).toThrow(/nickname/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
