import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { SETTINGS_VERSION, isActiveOn, parseSettings, withSite } from '../../../src/shared/settings-parse.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not a record', () => {
    for (const stored of [undefined, null, 'on', 42, [], [{ enabled: false }]]) {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('does not hand out the defaults object itself', () => {
    const s = parseSettings(undefined);
    s.disabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('keeps every valid field of a current record', () => {
    const stored = { version: 1, enabled: false, disabledSites: ['news.example'], kinds: ['person'], markStyle: 'tint', firstOnly: true };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('replaces only the invalid fields with their defaults', () => {
    const s = parseSettings({
      version: 1,
      enabled: 'yes',
      disabledSites: ['news.example', 7],
      kinds: ['person', 'event'],
      markStyle: 'blink',
      firstOnly: true,
    });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, kinds: ['person', 'event'], firstOnly: true });
  });

  it('rejects a kind the dataset does not have, and a site that is not a host name', () => {
    const s = parseSettings({ version: 1, kinds: ['person', 'planet'], disabledSites: ['http://x.example/'] });
    expect(s.kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect(s.disabledSites).toEqual([]);
  });

  it('lower-cases sites, removes duplicates and drops unknown fields', () => {
    const s = parseSettings({ version: 1, disabledSites: ['News.Example', 'news.example'], theme: 'dark' });
    expect(s.disabledSites).toEqual(['news.example']);
    expect(s).not.toHaveProperty('theme');
  });

  it('migrates a record from before versioning, keeping its valid fields', () => {
    const s = parseSettings({ enabled: false, markStyle: 'none', disabledSites: ['a.example'] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, enabled: false, markStyle: 'none', disabledSites: ['a.example'] });
  });

  it('keeps what it understands of a record from a newer version', () => {
    const s = parseSettings({ version: 9, firstOnly: true, shinyNewField: 1 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, firstOnly: true });
  });
});

describe('site switches', () => {
  it('turns a site off and on again, and respects the global switch', () => {
    const off = withSite(DEFAULT_SETTINGS, 'News.Example', false);
    expect(off.disabledSites).toEqual(['news.example']);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });

  it('does not add a site twice', () => {
    const twice = withSite(withSite(DEFAULT_SETTINGS, 'a.example', false), 'a.example', false);
    expect(twice.disabledSites).toEqual(['a.example']);
  });
});

describe('hand-written field checks', () => {
  const base = { version: 1, enabled: false, disabledSites: ['a.example'], kinds: ['person'], markStyle: 'tint', firstOnly: true } as const;

  it('falls back on each bad field alone and keeps the rest', () => {
    const bad: [keyof typeof base, unknown][] = [
      ['enabled', 'false'],
      ['enabled', 0],
      ['enabled', null],
      ['disabledSites', 'a.example'],
      ['disabledSites', ['a.example', 'a b.example']],
      ['disabledSites', ['x'.repeat(254)]],
      ['disabledSites', [{ toString: () => 'a.example' }]],
      ['kinds', ['person', 'toString']],
      ['kinds', 'person'],
      ['kinds', [['person']]],
      ['markStyle', 'Underline'],
      ['markStyle', ['tint']],
      ['firstOnly', 1],
    ];
    for (const [key, value] of bad) {
      const s = parseSettings({ ...base, [key]: value });
      expect(s, `${key}: ${JSON.stringify(value)}`).toEqual({ ...base, [key]: DEFAULT_SETTINGS[key] });
    }
  });

  it('trims and lower-cases sites before judging them, and accepts bracketed IPv6 hosts', () => {
    expect(parseSettings({ ...base, disabledSites: ['  News.Example ', '[::1]', 'x'.repeat(253)] }).disabledSites)
      .toEqual(['news.example', '[::1]', 'x'.repeat(253)]);
  });

  it('reads only the record\'s own fields, never inherited ones', () => {
    const forged = Object.assign(Object.create({ enabled: false, markStyle: 'none' }), { version: 1 });
    expect(parseSettings(forged)).toEqual(DEFAULT_SETTINGS);
  });

  it('hands out fresh default lists after a fallback', () => {
    const s = parseSettings({ ...base, kinds: 'bad' });
    s.kinds.pop();
    expect(DEFAULT_SETTINGS.kinds).toHaveLength(3);
  });
});
