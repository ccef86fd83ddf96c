/**
 * A problem with one input file, reported as a single line that names the file, so a person
 * adding an article sees at once which file to fix and why. The CLI prints `message` and exits
 * non-zero; nothing is written.
 */
export class InputError extends Error {
  /** The file at fault, as given on the command line or found in the sources folder. */
  readonly file: string;

  constructor(file: string, problem: string) {
    // Parser messages can quote the input across lines; the report stays one line.
    super(`${file}: ${problem.replace(/\s*[\r\n]+\s*/g, ' ')}`);
    this.name = 'InputError';
    this.file = file;
  }
}
