import { createHash } from 'node:crypto';

/**
 * Scores linked mentions against labelled facts about a text: the real-text corpus
 * (test/corpus/real) and the written gate (test/corpus/written) share it, so both count alike.
 */

/** One labelled fact: the `occurrence`-th place `form` occurs as a whole word is, or must not be linked to, an entity. */
export interface MentionLabel {
  form: string;
  occurrence: number | 'all';
  entity?: string;
  not?: string;
  category: string;
  /** The real case a written passage reproduces (`<passage id>#<label index>`), written passages only. */
  reproduces?: string;
}

/** One passage of the real-text corpus as the repository keeps it: where to read it, and its labels. */
export interface CorpusPassage {
  id: string;
  url: string;
  query: string;
  site: string;
  language: string;
  confusable: boolean;
  labels: MentionLabel[];
}

/** A link the engine made: UTF-16 offsets into the text. */
export interface LinkedSpan {
  start: number;
  end: number;
  entityId: string;
}

/** What one passage scores. Counts add up across passages. */
export interface PassageScore {
  positives: number;
  found: number;
  lookAlikes: number;
  lookAlikesLinked: number;
  links: number;
  falseLinks: number;
  byCategory: Map<string, { total: number; ok: number }>;
  misses: { label: MentionLabel; at: number }[];
  wrong: { link: LinkedSpan; why: string }[];
}

const WORD = /[\p{L}\p{N}_]/u;

/** Every place `form` occurs as a whole word, by start offset. */
export function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = i > 0 ? text.slice(Math.max(0, i - 2), i) : '';
    const after = text.slice(i + form.length, i + form.length + 2);
    const b = [...before].pop();
    const a = [...after][0];
    if ((b === undefined || !WORD.test(b)) && (a === undefined || !WORD.test(a))) out.push(i);
  }
  return out;
}

interface Span {
  start: number;
  end: number;
  label: MentionLabel;
}

/** The spans a passage's labels name; throws when a label names an occurrence the text lacks. */
export function labelSpans(text: string, labels: readonly MentionLabel[]): Span[] {
  const spans: Span[] = [];
  for (const label of labels) {
    const at = occurrences(text, label.form);
    if (label.occurrence === 'all') {
      if (at.length === 0) throw new Error(`label ${JSON.stringify(label.form)}: not in the text`);
      for (const s of at) spans.push({ start: s, end: s + label.form.length, label });
    } else {
      const s = at[label.occurrence - 1];
      if (s === undefined) throw new Error(`label ${JSON.stringify(label.form)} #${label.occurrence}: the text has ${at.length}`);
      spans.push({ start: s, end: s + label.form.length, label });
    }
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Scores `links` (made on `text`, of the scored kinds only) against the labels.
 * - A positive label is found when a link to its entity overlaps it. A positive label inside a
 *   longer positive label of another entity ("Putin" in "Putin–Trump summit") is not counted:
 *   the longer one is what a reader links.
 * - A look-alike is linked wrongly when a link to the entity it must not be overlaps it.
 * - A link is false when it overlaps no positive label of its entity.
 */
export function scorePassage(text: string, labels: readonly MentionLabel[], links: readonly LinkedSpan[]): PassageScore {
  const spans = labelSpans(text, labels);
  const pos = spans.filter((s) => s.label.entity !== undefined);
  const neg = spans.filter((s) => s.label.not !== undefined);
  const nested = (s: Span) =>
    pos.some((o) => o !== s && o.label.entity !== s.label.entity && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start);
  const score: PassageScore = {
    positives: 0, found: 0, lookAlikes: neg.length, lookAlikesLinked: 0, links: links.length, falseLinks: 0,
    byCategory: new Map(), misses: [], wrong: [],
  };
  const tally = (category: string, ok: boolean) => {
    const c = score.byCategory.get(category) ?? { total: 0, ok: 0 };
    c.total++;
    if (ok) c.ok++;
    score.byCategory.set(category, c);
  };
  for (const s of pos) {
    if (nested(s)) continue;
    score.positives++;
    const ok = links.some((l) => l.entityId === s.label.entity && overlaps(l, s));
    if (ok) score.found++;
    else score.misses.push({ label: s.label, at: s.start });
    tally(s.label.category, ok);
  }
  for (const s of neg) {
    const bad = links.find((l) => l.entityId === s.label.not && overlaps(l, s));
    if (bad) score.lookAlikesLinked++;
    tally(s.label.category, !bad);
  }
  for (const l of links) {
    if (pos.some((s) => s.label.entity === l.entityId && overlaps(l, s))) continue;
    score.falseLinks++;
    const alike = neg.find((s) => s.label.not === l.entityId && overlaps(l, s));
    score.wrong.push({ link: l, why: alike ? `look-alike (${alike.label.category})` : 'unlabelled' });
  }
  return score;
}

/** Sums passage scores. */
export function addScores(total: PassageScore, s: PassageScore): PassageScore {
  total.positives += s.positives;
  total.found += s.found;
  total.lookAlikes += s.lookAlikes;
  total.lookAlikesLinked += s.lookAlikesLinked;
  total.links += s.links;
  total.falseLinks += s.falseLinks;
  for (const [k, v] of s.byCategory) {
    const c = total.byCategory.get(k) ?? { total: 0, ok: 0 };
    c.total += v.total;
    c.ok += v.ok;
    total.byCategory.set(k, c);
  }
  total.misses.push(...s.misses);
  total.wrong.push(...s.wrong);
  return total;
}

/** An empty score to sum into. */
export function emptyScore(): PassageScore {
  return { positives: 0, found: 0, lookAlikes: 0, lookAlikesLinked: 0, links: 0, falseLinks: 0, byCategory: new Map(), misses: [], wrong: [] };
}

/** The half a site's passages belong to, fixed before any rule was written (test/corpus/real/README.md). */
export function halfOf(site: string): 'dev' | 'test' {
  return parseInt(createHash('sha256').update(site).digest('hex')[0] as string, 16) % 2 === 0 ? 'dev' : 'test';
}
