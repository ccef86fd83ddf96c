/**
 * Line rules that recognise site furniture around an article's text. They describe kinds of
 * boilerplate seen across news sites (ad slots, "read more" teasers, donation appeals, comment
 * forms, photo credits), never the wording of one article.
 */

/** Ad slots and share/print/login furniture: the whole line is the label. */
const FURNITURE = /^(advertisement|advertising|ad|sponsored( content)?|story continues below( this)? advertisement|scroll to continue|support us|subscribe( now)?|donate( now)?|share( this( article| story)?)?|print|email|comments?( \(\d+\))?|log ?in|sign ?up|sign in|register|read more|read next|show more|load more|license photo|skip to (main )?content|close|menu|search|follow us|listen to (this )?article|\d+ min read)[.!:]?$/i;

/** Teasers that link elsewhere: "READ MORE: ...", "RELATED: ...". */
const TEASER = /^(read more|read also|also read|related|more|see also|recommended|watch|listen|more on this|more from|further reading|you might also like|you may also like)\s*[:|–—-]\s*\S/i;

/** Headings after which a page lists other stories or hosts its comments: the article has ended. */
const TRAILER = /^(latest headlines|latest news|most (popular|read|viewed|shared)|trending( now)?|related (articles|stories|coverage|news)|more stories|more from [\w .]+|recommended( for you)?|you may also like|you might also like|read next|leave a (comment|reply)|post a comment|add a comment|comments|join the conversation|\d+ comments?)[.:]?$/i;

/** Comment forms, anti-spam notes, wire credits and copyright lines. */
const COMMENT_FORM = /(^(additional )?(reporting|writing|editing) by\b|contributed to this report\.?$|^our standards:|^copyright\b|all rights reserved|may not be published, broadcast|^sign up (to|for)\b|newsletter$|your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|send a comment|post comment|cancel reply|save my name, email)/i;

/** Photo credits: "© AP Photo/...", "File Photo by ...", "(Name, Agency via AP)", "Photo: ...", "Getty Images". */
const CREDIT = /(©|\(c\) |\bphoto(graph)?s? (by|courtesy|credit)\b|\b(photo|photograph|image|picture|illustration)s?: |\bphoto\/|\bimage: |\bcredit: |\bgetty images\b|\bvia (ap|reuters|afp|getty|epa|tass)\b|\b(ap|afp|reuters|epa|tass|ria novosti|sputnik) photo\b|\bpool photo\b|\| license photo|\bshutterstock\b)/i;

/** Bylines and dates as page metadata rather than prose: "By Jane Doe", "date 2017-12-04 Register". */
const BYLINE = /^([Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}'.-]+(\s+\p{Lu}[\p{L}'.-]+){0,3}(\s*(,|and|\|)\s*.*)?$/u;
const DATE_LINE = /(\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(updated|published|posted)\b.*\d{4})/i;

/** Appeals for money or subscriptions in the publisher's own voice. */
const APPEAL_STRONG = /(favou?r to ask|remind me later|not ready to (support|subscribe|donate)|support us (monthly|today|now)|please (support|donate|subscribe|consider supporting)|make a (donation|contribution)|become a (member|subscriber|supporter|patron)|ad-free|disabled (all )?ads|fill the gap|payment methods|paiment methods|monthly (donation|contribution)|one-time (donation|contribution))/i;
const APPEAL_WE = /\b(we|us|our)\b/i;
const APPEAL_ASK = /(your (support|help|donation|contribution)|support (independent|our|open)|help us|we need your|donat|subscri|journalism|reader-funded|keep (providing|reporting))/i;

/** Quoted passages are someone's words, so appeal wording inside them is not the site talking. */
function unquoted(line: string): string {
  return line.replace(/["“«„][^"”»“]*["”»“]/g, ' ');
}

/** Whether a line is site furniture that no article sentence would be. */
export function isFurniture(line: string): boolean {
  return FURNITURE.test(line) || TEASER.test(line) || COMMENT_FORM.test(line);
}

/** Whether a heading ends the article (what follows is other stories or comments). */
export function isTrailer(line: string): boolean {
  return TRAILER.test(line);
}

/** Whether a line is a photo caption with a credit. */
export function isCredit(line: string): boolean {
  return CREDIT.test(line);
}

/** Whether a line is a byline or a bare date stamp. */
export function isByline(line: string): boolean {
  if (BYLINE.test(line)) return true;
  return DATE_LINE.test(line) && wordCount(line) <= 6 && !/[.!?]$/.test(line);
}

/** Whether a paragraph asks the reader for money or a subscription in the site's own voice. */
export function isAppeal(paragraph: string): boolean {
  const text = unquoted(paragraph);
  if (APPEAL_STRONG.test(text)) return true;
  return APPEAL_WE.test(text) && APPEAL_ASK.test(text) && /\b(support|help|donat|subscri)/i.test(text);
}

/** A short line that reads as a heading or a link label: no end punctuation, mostly capitalised words. */
export function isHeadingLike(line: string): boolean {
  if (/[.!?:;,"”»]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 16) return false;
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  const caps = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w));
  return long.length === 0 || caps.length / long.length >= 0.6;
}

/** Words in a line, for length rules. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
