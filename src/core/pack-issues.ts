import type * as v from 'valibot';

/** `entities[0].kind` for valibot's path of object keys and array indices. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(the file)';
}

/** The words valibot uses for a type it expected, as a reader would say them. */
function described(expected: string): string {
  const words: Record<string, string> = {
    string: 'text', number: 'a number', boolean: 'true or false', Array: 'a list', Object: 'an object', null: 'null',
  };
  return expected.split(' | ').map((x) => words[x] ?? x).join(' or ');
}

/**
 * One line for one schema issue, naming the field and what is wrong: `entities[0].kind: must be
 * one of person, organization, …`. A schema's own message (dates, ids) is kept; valibot's
 * generic "Invalid type" ones are reworded, and a missing field says so.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  if (issue.received === 'undefined') return `${path}: is missing`;
  if (issue.type === 'picklist' || issue.type === 'literal') {
    const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ').map((o) => o.replace(/^"(.*)"$/, '$1')).join(', ');
    return `${path}: must be ${issue.type === 'literal' ? options : `one of ${options}`} (not ${issue.received})`;
  }
  if (!issue.message.startsWith('Invalid ')) return `${path}: ${issue.message}`;
  return `${path}: must be ${described(issue.expected ?? 'something else')} (not ${issue.received})`;
}
