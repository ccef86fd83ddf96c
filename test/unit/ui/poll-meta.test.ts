import { describe, expect, it } from 'vitest';
import { pollMeta } from '../../../src/ui/poll-item.tsx';
import { english, testLocale } from '../i18n/locales.ts';
import { helsinkiCard } from './helsinki-card.fixture.ts';

describe('pollMeta', () => {
  const base = helsinkiCard.polls[0]!;
  const withPoll = (p: Partial<typeof base.poll>) => ({ ...base, poll: { ...base.poll, ...p } });

  it('states fieldwork, sample and method when known', () => {
    expect(pollMeta(base, english)).toBe('Fieldwork 19–25 Jul 2018 · 1,600 respondents · face-to-face interviews at home');
  });

  it('says in one phrase what the source leaves out', () => {
    expect(pollMeta(withPoll({ method: null }), english)).toBe('Fieldwork 19–25 Jul 2018 · 1,600 respondents · method not stated');
    expect(pollMeta(withPoll({ fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null }), english)).toBe(
      'Fieldwork dates, sample size and method not stated',
    );
  });

  it('says the same in Russian, with Russian dates, counts and plural', () => {
    const ru = testLocale('ru');
    const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(sp(pollMeta(base, ru))).toBe('Проведён 19–25 июля 2018 г. · 1 600 респондентов · face-to-face interviews at home');
    expect(pollMeta(withPoll({ fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null }), ru)).toBe(
      'Не указано: сроки опроса, размер выборки и метод',
    );
    expect(sp(pollMeta(withPoll({ sampleSize: 21, method: null }), ru))).toBe('Проведён 19–25 июля 2018 г. · 21 респондент · не указано: метод');
  });
});
