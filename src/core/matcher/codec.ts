import { COMPILED_VERSION } from './compile.ts';
import type { CompiledMatcher } from './types.ts';

/** The compiled tables as stored: JSON with each typed array as little-endian base64. */
interface EncodedMatcher {
  version: number;
  ids: string[];
  firstEdge: string;
  label: string;
  outStart: string;
  outEntity: string;
  outFlags: string;
}

type Typed = Int32Array | Uint16Array | Uint8Array;

function toBase64(a: Typed): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(s: string): ArrayBuffer {
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
}

/**
 * Serialises compiled tables to a string that can be inlined in a bundle or kept in extension
 * storage (a data pack is compiled once at import). Typed arrays are stored little-endian, the
 * byte order of every platform the extension runs on.
 */
export function encodeCompiled(c: CompiledMatcher): string {
  const e: EncodedMatcher = {
    version: c.version,
    ids: c.ids,
    firstEdge: toBase64(c.firstEdge),
    label: toBase64(c.label),
    outStart: toBase64(c.outStart),
    outEntity: toBase64(c.outEntity),
    outFlags: toBase64(c.outFlags),
  };
  return JSON.stringify(e);
}

/**
 * Reads tables written by {@link encodeCompiled}. It checks the version and that the arrays fit
 * together, and throws on anything else: tables from storage may be stale or damaged, and a
 * matcher over inconsistent arrays would read out of bounds.
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
  const c: CompiledMatcher = {
    version: e.version,
    ids: e.ids,
    firstEdge: new Int32Array(fromBase64(field('firstEdge'))),
    label: new Uint16Array(fromBase64(field('label'))),
    outStart: new Int32Array(fromBase64(field('outStart'))),
    outEntity: new Int32Array(fromBase64(field('outEntity'))),
    outFlags: new Uint8Array(fromBase64(field('outFlags'))),
  };
  checkCompiled(c);
  return c;
}

/** Throws unless the arrays describe a well-formed trie whose every reference is in range. */
export function checkCompiled(c: CompiledMatcher): void {
  const nodes = c.firstEdge.length - 1;
  const ok =
    nodes >= 1 &&
    c.label.length === nodes - 1 &&
    c.outStart.length === nodes + 1 &&
    c.firstEdge[0] === 0 &&
    c.firstEdge[nodes] === c.label.length &&
    c.outStart[0] === 0 &&
    c.outStart[nodes] === c.outEntity.length &&
    c.outFlags.length === c.outEntity.length &&
    c.outEntity.every((x) => x >= 0 && x < c.ids.length);
  let monotone = ok;
  for (let v = 0; monotone && v < nodes; v++) {
    monotone = (c.firstEdge[v] as number) <= (c.firstEdge[v + 1] as number) && (c.outStart[v] as number) <= (c.outStart[v + 1] as number);
    // Breadth-first layout: every node's edges lead to nodes after it, so walks always terminate.
    if (monotone && (c.firstEdge[v] as number) < (c.firstEdge[v + 1] as number)) monotone = (c.firstEdge[v] as number) + 1 > v;
  }
  if (!monotone) throw new Error('matcher tables are inconsistent');
}
