const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The date a quotation was said, where its reporting sentence gives a weekday ("said Sunday",
 * "on Monday") or "yesterday"/"today" and the article's date is known: the latest such day on
 * or before publication. Null otherwise: a date is never guessed.
 */
export function saidOn(reporting: string, published: string | null): string | null {
  if (!published) return null;
  const base = new Date(`${published}T00:00:00Z`);
  const day = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today)\b/i.exec(reporting)?.[1]?.toLowerCase();
  if (!day) return null;
  let back: number;
  if (day === 'today') back = 0;
  else if (day === 'yesterday') back = 1;
  else back = (base.getUTCDay() - WEEKDAYS.indexOf(day) + 7) % 7;
  return new Date(base.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
