import { describe, expect, it } from 'vitest';
import { pollMeta } from '../../../src/ui/poll-item.tsx';
import { helsinkiCard } from './helsinki-card.fixture.ts';

describe('pollMeta', () => {
  const base = helsinkiCard.polls[0]!;
  const withPoll = (p: Partial<typeof base.poll>) => ({ ...base, poll: { ...base.poll, ...p } });

  it('states fieldwork, sample and method when known', () => {
    expect(pollMeta(base)).toBe('Fieldwork 19–25 Jul 2018 · 1,600 respondents · face-to-face interviews at home');
  });

  it('says in one phrase what the source leaves out', () => {
    expect(pollMeta(withPoll({ method: null }))).toBe('Fieldwork 19–25 Jul 2018 · 1,600 respondents · method not stated');
    expect(pollMeta(withPoll({ fieldworkStart: null, fieldworkEnd: null, sampleSize: null, method: null }))).toBe(
      'Fieldwork dates, sample size and method not stated',
    );
  });
});
