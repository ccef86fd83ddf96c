import { describe, expect, it } from 'vitest';
import { entityDescription, entityName, entityRole, type EntityWords } from './entity-text.ts';

const peskov: EntityWords = {
  name: 'Dmitry Peskov',
  role: 'Press secretary of the President of Russia',
  description: 'Speaks for the Kremlin.',
  ru: { name: 'Дмитрий Песков', role: 'Пресс-секретарь президента России', description: 'Говорит от имени Кремля.' },
};
const packOnly: EntityWords = { name: 'Jane Roe', role: 'Reporter', description: 'Wrote about the summit.' };

describe('entity text in the UI language', () => {
  it('is the curated Russian in a Russian UI, whatever the region', () => {
    for (const lang of ['ru', 'ru-RU']) {
      expect(entityName(peskov, lang)).toBe('Дмитрий Песков');
      expect(entityRole(peskov, lang)).toBe('Пресс-секретарь президента России');
      expect(entityDescription(peskov, lang)).toBe('Говорит от\u00a0имени Кремля.');
    }
  });

  it('is the English in every other UI language', () => {
    for (const lang of ['en', 'en-GB', 'de', 'uk', 'rus']) {
      expect(entityName(peskov, lang)).toBe('Dmitry Peskov');
      expect(entityRole(peskov, lang)).toBe('Press secretary of the President of Russia');
      expect(entityDescription(peskov, lang)).toBe('Speaks for the Kremlin.');
    }
  });

  it('ties each one- or two-letter Russian word to the next, so no line ends on one', () => {
    const official: EntityWords = { name: 'X', ru: { name: 'Икс', role: 'Представитель Кремля (с 2012 года)', description: 'Говорит с журналистами и в Кремле, а не за него.' } };
    expect(entityRole(official, 'ru')).toBe('Представитель Кремля (с\u00a02012 года)');
    expect(entityDescription(official, 'ru')).toBe('Говорит с\u00a0журналистами и\u00a0в\u00a0Кремле, а\u00a0не\u00a0за\u00a0него.');
    expect(entityRole({ name: 'X', role: 'Head of a poll (in 2012)' }, 'ru')).toBe('Head of a poll (in 2012)');
  });

  it('falls back to the English, part by part, where no Russian was curated', () => {
    expect(entityName(packOnly, 'ru')).toBe('Jane Roe');
    expect(entityRole(packOnly, 'ru')).toBe('Reporter');
    expect(entityDescription(packOnly, 'ru')).toBe('Wrote about the summit.');
    const nameOnly: EntityWords = { ...packOnly, ru: { name: 'Джейн Роу' } };
    expect(entityName(nameOnly, 'ru')).toBe('Джейн Роу');
    expect(entityRole(nameOnly, 'ru')).toBe('Reporter');
    expect(entityDescription(nameOnly, 'ru')).toBe('Wrote about the summit.');
    expect(entityName({ name: 'X', ru: { name: '' } }, 'ru')).toBe('X');
  });

  it('says there is no role or description rather than inventing one', () => {
    expect(entityRole({ name: 'Kremlin', role: null }, 'ru')).toBeNull();
    expect(entityRole({ name: 'Kremlin' }, 'en')).toBeNull();
    expect(entityDescription({ name: 'Kremlin' }, 'en')).toBe('');
  });
});
