import type { EntityCard } from '../core/card-types.ts';
import { formatContrasts, pollHeading } from './format-contrast.ts';

const excerpt = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\s+/g, ' ');

/** A card as plain text for the terminal: the same facts the hover card shows, with their sources. */
export function formatCard(card: EntityCard): string {
  const e = card.entity;
  const lines = [`${e.name} (${e.kind}${e.auto ? ', added from an article' : ''})`];
  if (e.role) lines.push(`  ${e.role}`);
  if (e.date) lines.push(`  ${e.date}`);
  if (e.description) lines.push(`  ${e.description}`);
  if (card.polls.length > 0) lines.push('', 'Polls:');
  for (const p of card.polls) {
    lines.push(`  ${pollHeading(p)} [${p.relation}]`);
    for (const f of p.poll.figures) {
      const unit = f.unit === 'percent' ? '%' : f.unit === 'points' ? ' points' : '';
      const from = f.previous != null ? ` (from ${f.previous}${unit})` : '';
      lines.push(`    ${f.value}${unit}${from}  ${f.label}`, `      “${excerpt(p.source.text, f.start, f.end)}”`);
    }
    lines.push(`    Source: ${p.source.title}${p.source.publisher ? `, ${p.source.publisher}` : ''}${p.source.published ? `, ${p.source.published}` : ''}`);
  }
  if (card.quotes.length > 0) lines.push('', 'Quotes:');
  for (const q of card.quotes) {
    const who = q.speaker ? q.speaker.name : 'unattributed';
    lines.push(`  “${q.quote.text.replace(/\s+/g, ' ')}”`, `    — ${who}${q.quote.date ? `, ${q.quote.date}` : ''} [${q.relation}]; ${q.source.title}${q.source.publisher ? `, ${q.source.publisher}` : ''}${q.source.translated ? ' (translated)' : ''}`);
  }
  lines.push(...formatContrasts(card.contrasts));
  if (card.polls.length === 0 && card.quotes.length === 0) lines.push('', 'No polls or quotes in the dataset yet.');
  return `${lines.join('\n')}\n`;
}
