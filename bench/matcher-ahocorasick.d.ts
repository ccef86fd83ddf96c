/** The npm package `ahocorasick` (plain JS): just what the matcher benchmark calls. */
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    /** [index of the last character, keywords ending there][] */
    search(text: string): [number, string[]][];
  }
}
