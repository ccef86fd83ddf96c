import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/shared/settings-parse.ts';
import { ENTITY_KINDS } from '../../../src/core/dataset-schema.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { prng, wildValue } from './prng.ts';

const CHOSEN: Settings = { version: 1, enabled: false, disabledSites: ['example.org'], kinds: ['person'], markStyle: 'tint', firstOnly: true };
const FIELDS = ['enabled', 'disabledSites', 'kinds', 'markStyle', 'firstOnly'] as const;

/** Whether a value is a usable Settings object, field by field. */
function wellFormed(s: Settings): boolean {
  return (
    s.version === 1 &&
    typeof s.enabled === 'boolean' &&
    Array.isArray(s.disabledSites) && s.disabledSites.every((h) => typeof h === 'string' && /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(h)) &&
    Array.isArray(s.kinds) && s.kinds.every((k) => (ENTITY_KINDS as readonly string[]).includes(k)) &&
    ['underline', 'tint', 'none'].includes(s.markStyle) &&
    typeof s.firstOnly === 'boolean'
  );
}

describe('stored settings under corruption', () => {
  it('anything that is not an object gives the defaults', () => {
    for (const stored of [undefined, null, 0, 'settings', [], [CHOSEN], true, 'x'.repeat(100_000)]) {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('one corrupted field falls back alone; the reader\'s other choices are kept (2,000 seeded cases)', () => {
    const rand = prng(1987);
    for (let i = 0; i < 2000; i++) {
      const field = FIELDS[Math.floor(rand() * FIELDS.length)]!;
      const bad = wildValue(rand);
      const out = parseSettings({ ...CHOSEN, [field]: bad });
      expect(wellFormed(out)).toBe(true);
      for (const other of FIELDS) if (other !== field) expect(out[other]).toEqual(CHOSEN[other]);
    }
  });

  it('settings from before versioning, or from an unknown version, keep every valid field', () => {
    const { version: _v, ...old } = CHOSEN;
    expect(parseSettings(old)).toEqual(CHOSEN);
    expect(parseSettings({ ...old, version: 0 })).toEqual(CHOSEN);
    for (const version of [-1, 1.5, '1', null, 99]) expect(wellFormed(parseSettings({ ...old, version }))).toBe(true);
  });

  it('prototype keys and huge lists never leak into the result', () => {
    const stored = JSON.parse('{"__proto__":{"enabled":false},"constructor":1,"kinds":["person","person","ghost"],"disabledSites":[]}') as unknown;
    const out = parseSettings(stored);
    expect(wellFormed(out)).toBe(true);
    expect(Object.keys(out).sort()).toEqual(['disabledSites', 'enabled', 'firstOnly', 'kinds', 'markStyle', 'version']);
    const many = parseSettings({ ...CHOSEN, disabledSites: Array.from({ length: 50_000 }, (_, i) => `site${i % 10}.example`) });
    expect(many.disabledSites).toHaveLength(10);
  });
});
