import type { DocumentContext } from './context.ts';
import { FLAG_AFTER_FULL_NAME, FLAG_ALL_CAPS, FLAG_BLOCKER, FLAG_CAPITALISED } from './keys.ts';
import type { CompiledMatcher } from './types.ts';

/** Whether the text at `i` begins with a capital (or title-case) letter. */
export function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const cp = text.codePointAt(i);
  return cp !== undefined && /[\p{Lu}\p{Lt}]/u.test(String.fromCodePoint(cp));
}

const LOWER = /^\p{Ll}/u;

/** Whether `text[start, end)` has a lower-case letter; ASCII is read without an expression. */
function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER.test(text.slice(i, Math.min(i + 2, end)))) return true;
  }
  return false;
}

/**
 * Decides what a matched span links to, from the patterns that end there. An entity qualifies
 * when one of its aliases there passes its guards (`capitalised`: the span starts with a capital, and has no lower-case letter if the alias is an
 * acronym in capitals;
 * `afterFullName`: the document named the entity before). One qualifying entity links; several
 * (an alias two entities share) link only if exactly one of them was named before; blockers link
 * nothing. An entity linked by an alias without `afterFullName` counts as named from then on.
 * `nodes[0 .. count - 1]` are the trie nodes ending a pattern at the span's end. Returns the
 * entity index, or -1 when the span links nothing.
 */
export function resolveOutputs(
  m: CompiledMatcher,
  nodes: Int32Array,
  count: number,
  text: string,
  start: number,
  end: number,
  ctx: DocumentContext,
): number {
  const { outStart, outEntity, outFlags, ids } = m;
  if (count === 1) {
    // The usual case: one pattern, without guards, ends there.
    const o = outStart[nodes[0] as number] as number;
    if (outStart[(nodes[0] as number) + 1] === o + 1 && outFlags[o] === 0) {
      ctx.addNamed(ids, outEntity[o] as number);
      return outEntity[o] as number;
    }
  }
  let first = -1;
  let firstNames = false;
  let several: Set<number> | null = null;
  let cap: boolean | null = null;
  for (let k = 0; k < count; k++) {
    const node = nodes[k] as number;
    for (let o = outStart[node] as number; o < (outStart[node + 1] as number); o++) {
      const flags = outFlags[o] as number;
      if (flags & FLAG_BLOCKER) continue;
      const entity = outEntity[o] as number;
      if (flags & FLAG_CAPITALISED) {
        cap ??= capitalAt(text, start);
        if (!cap) continue;
      }
      if (flags & FLAG_ALL_CAPS && hasLowerCase(text, start, end)) continue;
      if (flags & FLAG_AFTER_FULL_NAME && !ctx.hasNamed(ids, entity)) continue;
      const names = !(flags & FLAG_AFTER_FULL_NAME);
      if (first < 0 || first === entity) {
        first = entity;
        firstNames ||= names;
      } else {
        several ??= new Set([first]);
        several.add(entity);
      }
    }
  }
  if (first < 0) return -1;
  if (several === null) {
    if (firstNames) ctx.addNamed(ids, first);
    return first;
  }
  let only = -1;
  for (const entity of several) {
    if (!ctx.hasNamed(ids, entity)) continue;
    if (only >= 0) return -1;
    only = entity;
  }
  return only;
}
