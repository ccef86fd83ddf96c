import type { SourceRef } from '../ui/source-ref.ts';

/**
 * Reads `viewer.html?source=ID&start=N&end=M` (the address `viewerPath` writes). A missing or
 * malformed passage still shows the article, so only the source id is required.
 */
export function parseViewerParams(search: string): { sourceId: string; passage: Omit<SourceRef, 'sourceId'> | null } | null {
  const q = new URLSearchParams(search);
  const sourceId = q.get('source');
  if (!sourceId) return null;
  const start = Number(q.get('start') ?? 'NaN');
  const end = Number(q.get('end') ?? 'NaN');
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
  return { sourceId, passage: ok ? { start, end } : null };
}

/** The text cut around a passage; null when the passage does not lie inside the text. */
export function splitAt(text: string, passage: { start: number; end: number } | null): [string, string, string] | null {
  if (!passage || passage.end > text.length) return null;
  return [text.slice(0, passage.start), text.slice(passage.start, passage.end), text.slice(passage.end)];
}
