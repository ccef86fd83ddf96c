/**
 * The parts of an entity a view may name it by. Views that hold only a slice of an entity (a
 * timeline item's speaker, a name looked up by id) pass that slice; a whole `Entity` fits too.
 */
export interface EntityWords {
  name: string;
  role?: string | null;
  description?: string;
  ru?: { name?: string; role?: string; description?: string };
}

const isRussian = (lang: string) => lang === 'ru' || lang.startsWith('ru-');

/** A Russian word of one or two letters (a preposition, conjunction or particle) and the space after it. */
const SHORT_WORD = /(^|[\s(«„"—–-])([а-яё]{1,2}) /giu;

/**
 * Curated Russian with each one- or two-letter word tied to the next by a no-break space, as
 * Russian typesetting does, so a line never ends on «с» or «и» ("(с 2012 года)" keeps together).
 * Only for the texts the dataset curates; what comes from a source is shown as written.
 */
function tieShortWords(text: string): string {
  // Twice: a tied word may start the next match ("и в Кремле").
  return text.replace(SHORT_WORD, '$1$2\u00a0').replace(SHORT_WORD, '$1$2\u00a0');
}

/**
 * The entity's name in the UI's language: «Дмитрий Песков» under Russian headings, the
 * dataset's English name otherwise, and always the English where no Russian was curated (auto
 * speakers, data packs), so a name is never missing.
 */
export function entityName(entity: EntityWords, lang: string): string {
  return (isRussian(lang) && entity.ru?.name) || entity.name;
}

/**
 * A person's role in the UI's language, or null when there is none to show. Where no Russian
 * role was curated the English one stays: a role in English tells the reader more than none.
 */
export function entityRole(entity: EntityWords, lang: string): string | null {
  const ru = isRussian(lang) && entity.ru?.role;
  return ru ? tieShortWords(ru) : entity.role || null;
}

/** What the entity is, in the UI's language where curated; empty when the dataset says nothing. */
export function entityDescription(entity: EntityWords, lang: string): string {
  const ru = isRussian(lang) && entity.ru?.description;
  return ru ? tieShortWords(ru) : entity.description || '';
}
