// Types of locales.js, for the unit tests that check the catalogs with the build's own rules.

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export interface ReadEntry {
  lang: string;
  file: string;
  key: string;
  entry: LocaleEntry;
}

export interface LocaleProblem {
  /** Whether a browser would refuse the extension (the build stops) or only a unit test complains. */
  fatal: boolean;
  text: string;
}

export const DEFAULT_LOCALE: string;
export function readLocales(root: string): { langs: string[]; entries: ReadEntry[]; problems: LocaleProblem[] };
export function substitutionsOf(entry: LocaleEntry): number[];
export function mergeLocales(entries: ReadEntry[]): Record<string, Record<string, LocaleEntry>>;
export function writeLocales(root: string, outDir: string, log?: (line: string) => void): void;
