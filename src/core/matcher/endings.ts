/**
 * Russian case endings for names written in Cyrillic. A Cyrillic word of an alias is stored as a
 * stem plus an ending class; on the page the stem must be followed by one ending of its class and
 * then the end of the word, so "Путин" finds "Путина", "Путину", "Путиным", and "Левада-Центр"
 * finds "Левада-Центра", while "Путинизм" stays unmatched. The classes follow the final letters of
 * the nominative (normalised: lower case, ё folded to е) and cover both noun and surname/adjective
 * paradigms; they over-generate a little ("Путинах"), which costs nothing, and leave out endings
 * that would turn one name into another (Иван + ов = Иванов).
 */

/** Endings per class, normalised. Class ids are the index here and are stored in compiled tables. */
export const ENDING_CLASSES: readonly (readonly string[])[] = [
  /* 0 consonant: Путин, Песков, Центр, ВЦИОМ */
  ['', 'а', 'у', 'ом', 'ем', 'ым', 'им', 'е', 'ой', 'ей', 'ы', 'и', 'ам', 'ами', 'ах', 'ых', 'их', 'ыми', 'ими'],
  /* 1 -а: Левада, Шойгу is indeclinable and never reaches here */
  ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ам', 'ами', 'ах'],
  /* 2 -я: Россия, Мария */
  ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях'],
  /* 3 -й: Сергей, Николай */
  ['й', 'я', 'ю', 'ем', 'е', 'и', 'ям', 'ями', 'ях'],
  /* 4 -ий: Дмитрий (noun) and Жириновский (adjective) */
  ['ий', 'ия', 'ию', 'ием', 'ии', 'ого', 'ому', 'им', 'ом', 'ая', 'ую', 'ой', 'ие', 'их', 'ими'],
  /* 5 -ый/-ой: Навальный, Толстой */
  ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ые', 'ых', 'ыми'],
  /* 6 -ь: Кремль, Игорь, Русь */
  ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ью', 'ям', 'ями', 'ях'],
  /* 7 -о: Министерство */
  ['о', 'а', 'у', 'ом', 'е'],
  /* 8 -е: Подмосковье */
  ['е', 'я', 'ю', 'ем', 'и'],
  /* 9 -ая: Северная (Корея), Российская (Федерация) */
  ['ая', 'ой', 'ую', 'ою'],
  /* 10 -яя: Верхняя */
  ['яя', 'ей', 'юю', 'ею'],
  /* 11 -ое: Чёрное (море) */
  ['ое', 'ого', 'ому', 'ым', 'ом'],
  /* 12 -ее: Ближнее */
  ['ее', 'его', 'ему', 'им', 'ем'],
  /* 13 -ые: Соединённые (Штаты) */
  ['ые', 'ых', 'ым', 'ыми'],
  /* 14 -ие: мнение (noun) and российские (adjective) */
  ['ие', 'ия', 'ию', 'ием', 'ии', 'их', 'им', 'ими'],
  /* 15 -ы: Штаты */
  ['ы', 'ов', 'ам', 'ами', 'ах'],
  /* 16 -и: санкции (санкций, санкциям) */
  ['и', 'й', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях'],
];

/** Longest ending in any class, in code units: a longer word remainder cannot be an ending. */
export const MAX_ENDING = 3;

const CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
const MIN_STEM = 3;
/** Two-letter endings of adjectives and of nouns declining like them, with their class. */
const ADJECTIVE_ENDINGS: Record<string, number> = { ый: 5, ой: 5, ая: 9, яя: 10, ое: 11, ее: 12, ые: 13, ие: 14 };

/** How one Cyrillic word of an alias declines: the stem to match literally and its ending class. */
export interface Declension {
  stem: string;
  endingClass: number;
}

/**
 * Declension of a normalised word; `upper` says the alias wrote it in capitals, as acronyms are
 * (ВЦИОМ declines as a consonant stem, США ending in a vowel does not). Null when the word is not
 * Cyrillic or does not decline: it then matches only as written.
 */
export function declension(word: string, upper: boolean): Declension | null {
  if (!/^[\u0400-\u04ff]+$/.test(word)) return null;
  const last = word.charAt(word.length - 1);
  const two = word.slice(-2);
  const pick = (cut: number, endingClass: number): Declension | null =>
    word.length - cut >= MIN_STEM ? { stem: word.slice(0, word.length - cut), endingClass } : null;
  if (CONSONANTS.includes(last)) return pick(0, 0);
  if (upper) return null;
  if (two === 'ий') return pick(2, 4);
  if (word.length >= 5) {
    const adjective = ADJECTIVE_ENDINGS[two];
    if (adjective !== undefined) return pick(2, adjective);
  }
  if (last === 'а') return pick(1, 1);
  if (last === 'я') return pick(1, 2);
  if (last === 'й') return pick(1, 3);
  if (last === 'ь') return pick(1, 6);
  if (last === 'о') return pick(1, 7);
  if (last === 'е') return pick(1, 8);
  if (last === 'ы') return pick(1, 15);
  if (last === 'и') return pick(1, 16);
  return null;
}
