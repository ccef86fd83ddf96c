import type * as v from 'valibot';

/**
 * One line for a failed schema check: the path of the first bad field and what is wrong with
 * it, so an error message stays on one line however many fields are wrong.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'does not match its schema';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${path ? `field "${path}" ` : ''}${first.message}${more}`;
}
