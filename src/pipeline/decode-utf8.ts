import { InputError } from './input-error.ts';

/** Decodes strictly: a file that is not UTF-8 is refused rather than read with replacement characters. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text');
  }
}
