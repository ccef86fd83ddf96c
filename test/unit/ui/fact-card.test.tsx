// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { FactCard } from '../../../src/ui/fact-card.tsx';
import { viewerPath, type SourceOpener } from '../../../src/ui/source-ref.ts';
import { helsinkiCard } from './helsinki-card.fixture.ts';
import { mountInLocale } from './mount.tsx';

const opener: SourceOpener = { href: (r) => `ext://id/${viewerPath(r)}` };
function mount(props: Partial<Parameters<typeof FactCard>[0]> = {}) {
  return mountInLocale(<FactCard card={helsinkiCard} opener={opener} {...props} />);
}

describe('FactCard', () => {
  it('is a dialog named by the entity', () => {
    const el = mount();
    const dialog = el.querySelector('[role="dialog"]')!;
    const title = el.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Helsinki summit');
    expect(el.querySelector('.fl-role')?.textContent).toBe('Event, 16 Jul 2018');
  });

  it('writes every figure, the change and the poll details', () => {
    const el = mount();
    const charts = [...el.querySelectorAll('svg.fl-chart')];
    expect(charts).toHaveLength(2);
    expect(charts[0]!.getAttribute('aria-label')).toBe(
      'Negative view of the US: 42%, from ~70% to 42%; Summit improved relations: 29%; Summit worsened relations: 4%',
    );
    expect(charts[0]!.textContent).toContain('42%');
    expect(charts[0]!.textContent).toContain('from ~70%');
    expect(charts[1]!.getAttribute('aria-label')).toContain('Relations will stay the same: 48%');
    expect(charts[1]!.getAttribute('aria-label')).toContain('Optimistic about improved relations: 38%');
    const metas = [...el.querySelectorAll('.fl-poll')].map((p) => p.querySelector('.fl-meta')?.textContent);
    expect(metas).toEqual([
      'Fieldwork 19–25 Jul 2018 · 1,600 respondents · face-to-face interviews at home',
      'Fieldwork 18 Jul 2018 · sample size and method not stated',
    ]);
  });

  it('draws bars in proportion and the earlier value as an outline', () => {
    const el = mount();
    const bars = [...el.querySelectorAll('svg.fl-chart')[0]!.querySelectorAll('rect.fl-chart-bar')].map((r) => Number(r.getAttribute('width')));
    expect(bars[0]! / bars[1]!).toBeCloseTo(42 / 29, 5);
    const ghost = el.querySelector('rect.fl-chart-ghost')!;
    expect(Number(ghost.getAttribute('width')) / bars[0]!).toBeCloseTo(70 / 42, 5);
  });

  it('attributes quotes only to their speaker and links every item to its passage', () => {
    const el = mount();
    const quotes = [...el.querySelectorAll('.fl-quote')];
    expect(quotes[0]!.querySelector('.fl-speaker')?.textContent).toBe('Donald Trump');
    expect(quotes[1]!.querySelector('.fl-speaker')).toBeNull();
    expect(quotes[1]!.querySelector('.fl-attrib')?.textContent).toMatch(/^Unattributed, 2 Aug 2018 · Source: Express, 2 Aug 2018$/);
    const q = helsinkiCard.quotes[0]!.quote;
    const link = quotes[0]!.querySelector('a.fl-source')!;
    expect(link.getAttribute('href')).toBe(`ext://id/viewer.html?source=src-express&start=${q.start}&end=${q.end}`);
    expect(el.querySelectorAll('a.fl-source')).toHaveLength(4);
  });

  it('hands link clicks to the opener when it can open sources itself', () => {
    const open = vi.fn();
    const el = mount({ opener: { ...opener, open } });
    el.querySelector<HTMLAnchorElement>('.fl-poll a.fl-source')!.click();
    const figs = helsinkiCard.polls[0]!.poll.figures;
    expect(open).toHaveBeenCalledWith({ sourceId: 'src-express', start: figs[0]!.start, end: figs[2]!.end });
  });

  it('leads with quotes for a person and folds long quote lists', async () => {
    const person = { ...helsinkiCard, entity: { ...helsinkiCard.entity, kind: 'person' as const, role: 'Speaker' } };
    const el = mount({ card: person, quoteLimit: 1 });
    const titles = [...el.querySelectorAll('.fl-section-title')].map((h) => h.textContent);
    expect(titles).toEqual(['Quotes (2)', 'Polls (2)']);
    expect(el.querySelectorAll('.fl-quote')).toHaveLength(1);
    el.querySelector<HTMLButtonElement>('.fl-more')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelectorAll('.fl-quote')).toHaveLength(2);
  });

  it('says so when nothing is known', () => {
    const el = mount({ card: { ...helsinkiCard, polls: [], quotes: [] } });
    expect(el.querySelector('.fl-empty')?.textContent).toMatch(/No poll or quote/);
  });
});
