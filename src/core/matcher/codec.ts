import { COMPILED_VERSION } from './compile.ts';
import { readUints, writeUints } from './uint-text.ts';
import type { CompiledMatcher } from './types.ts';

/**
 * The compiled tables as stored: JSON whose fields are text, not base64. Per node its number of
 * edges and of outputs, and per output its entity and flags, as {@link writeUints} numbers (one
 * ASCII letter for the usual 0 and 1); the edge labels as the units themselves. Text of that kind
 * gzips to a fraction of binary, and decoding is one pass that sums counts into offsets.
 */
interface EncodedMatcher {
  version: number;
  ids: string[];
  firstEdge: string;
  label: string;
  outStart: string;
  outEntity: string;
  outFlags: string;
}

function counts(offsets: Int32Array): number[] {
  const out: number[] = [];
  for (let v = 0; v + 1 < offsets.length; v++) out.push((offsets[v + 1] as number) - (offsets[v] as number));
  return out;
}

function flagsOf(values: Int32Array): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if ((values[i] as number) > 0xff) throw new Error('matcher tables: outFlags holds a value over 255');
    out[i] = values[i] as number;
  }
  return out;
}

/**
 * Serialises compiled tables to a string that can be inlined in a bundle or kept in extension
 * storage (a data pack is compiled once at import). Deterministic: the same tables give the same
 * string, so two builds of one dataset are byte-identical.
 */
export function encodeCompiled(c: CompiledMatcher): string {
  let label = '';
  for (let i = 0; i < c.label.length; i += 0x2000) label += String.fromCharCode(...c.label.subarray(i, i + 0x2000));
  const e: EncodedMatcher = {
    version: c.version,
    ids: c.ids,
    firstEdge: writeUints(counts(c.firstEdge)),
    label,
    outStart: writeUints(counts(c.outStart)),
    outEntity: writeUints(c.outEntity),
    outFlags: writeUints(c.outFlags),
  };
  return JSON.stringify(e);
}

/**
 * Reads tables written by {@link encodeCompiled}. It checks the version and that the arrays fit
 * together, and throws on anything else: tables from storage may be stale or damaged, and a
 * matcher over inconsistent arrays would read out of bounds. One pass per field, no construction:
 * this runs when the content script starts, on every page.
 */
export function decodeCompiled(s: string): CompiledMatcher {
  const e = JSON.parse(s) as Partial<EncodedMatcher>;
  if (e.version !== COMPILED_VERSION) throw new Error(`matcher tables have version ${String(e.version)}, expected ${COMPILED_VERSION}`);
  if (!Array.isArray(e.ids) || !e.ids.every((x) => typeof x === 'string')) throw new Error('matcher tables: ids must be strings');
  const field = (name: keyof EncodedMatcher): string => {
    const v = e[name];
    if (typeof v !== 'string') throw new Error(`matcher tables: ${name} is missing`);
    return v;
  };
  const labelText = field('label');
  const label = new Uint16Array(labelText.length);
  for (let i = 0; i < labelText.length; i++) label[i] = labelText.charCodeAt(i);
  const c: CompiledMatcher = {
    version: e.version,
    ids: e.ids,
    firstEdge: readUints(field('firstEdge'), 'firstEdge', true),
    label,
    outStart: readUints(field('outStart'), 'outStart', true),
    outEntity: readUints(field('outEntity'), 'outEntity'),
    outFlags: flagsOf(readUints(field('outFlags'), 'outFlags')),
  };
  checkCompiled(c);
  return c;
}

/** Throws unless the arrays describe a well-formed trie whose every reference is in range. */
export function checkCompiled(c: CompiledMatcher): void {
  const nodes = c.firstEdge.length - 1;
  let ok =
    nodes >= 1 &&
    c.label.length === nodes - 1 &&
    c.outStart.length === nodes + 1 &&
    c.firstEdge[0] === 0 &&
    c.firstEdge[nodes] === c.label.length &&
    c.outStart[0] === 0 &&
    c.outStart[nodes] === c.outEntity.length &&
    c.outFlags.length === c.outEntity.length;
  const entities = c.ids.length;
  for (let o = 0; ok && o < c.outEntity.length; o++) ok = (c.outEntity[o] as number) >= 0 && (c.outEntity[o] as number) < entities;
  for (let v = 0; ok && v < nodes; v++) {
    const lo = c.firstEdge[v] as number;
    const hi = c.firstEdge[v + 1] as number;
    ok = lo <= hi && (c.outStart[v] as number) <= (c.outStart[v + 1] as number);
    // Breadth-first layout: every node's edges lead to nodes after it, so walks always terminate.
    if (ok && lo < hi) ok = lo + 1 > v;
  }
  if (!ok) throw new Error('matcher tables are inconsistent');
}
