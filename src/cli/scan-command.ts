import type { Dataset } from '../core/dataset-schema.ts';
import { htmlToText } from '../core/html-text.ts';
import { buildMatcher, DocumentContext, type Mention } from '../core/matcher/index.ts';

/** What the command needs from the outside world, passed in so tests can run it in memory. */
export interface ScanIo {
  readInput(pathOrDash: string): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** One line of `scan --json` output; the contract in design.md. */
export interface ScanJsonMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  entityName: string;
}

const USAGE = 'usage: factlens scan [--json] FILE|-';

/** HTML by name, or by content when the name does not say (stdin, other extensions). */
export function looksLikeHtml(name: string, content: string): boolean {
  if (/\.html?$/i.test(name)) return true;
  if (/\.(txt|text|md)$/i.test(name)) return false;
  const head = content.slice(0, 2048);
  return /^\s*(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body)\b/i.test(head) || /<\/(?:p|div|body|html|article|li|h[1-6])>/i.test(head);
}

/**
 * Mentions in one text or HTML file, for `factlens scan`. Offsets are UTF-16 offsets into the
 * input text, or for HTML into its text content (`htmlToText(...).text`); there a block boundary
 * reads as a line break and no mention spans one. Returns the exit code: 0, 1 when the input
 * cannot be read, 2 for a usage error.
 */
export async function scanCommand(argv: string[], dataset: Dataset, io: ScanIo): Promise<number> {
  const args = argv[0] === 'scan' ? argv.slice(1) : argv;
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const target = rest[0];
  if (rest.length !== 1 || target === undefined || (target.startsWith('-') && target !== '-')) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = await io.readInput(target);
  } catch (e) {
    io.stderr(`factlens scan: cannot read ${target === '-' ? 'standard input' : target}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const matcher = buildMatcher(dataset.entities);
  let text = input;
  let mentions: Mention[];
  if (looksLikeHtml(target, input)) {
    const page = htmlToText(input);
    text = page.text;
    mentions = matcher.scanPieces(page.pieces, page.breaks, new DocumentContext()).map((m) => {
      const start = (page.starts[m.startPiece] as number) + m.startOffset;
      const end = (page.starts[m.endPiece] as number) + m.endOffset;
      return { start, end, entityId: m.entityId, text: text.slice(start, end) };
    });
  } else mentions = matcher.scan(text);
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const out: ScanJsonMention[] = mentions.map((m) => ({
    start: m.start, end: m.end, text: m.text, entityId: m.entityId, entityName: names.get(m.entityId) ?? m.entityId,
  }));
  if (json) io.stdout(`${JSON.stringify({ mentions: out })}\n`);
  else {
    const lines = out.map((m) => `${m.start}-${m.end}\t${m.entityName} (${m.entityId})\t${JSON.stringify(m.text)}`);
    io.stdout(lines.length ? `${lines.join('\n')}\n` : '');
  }
  return 0;
}
