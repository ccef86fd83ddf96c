import { decodePackBytes } from '../core/pack-parse.ts';
import { MAX_PACK_BYTES, type PackImportResult, type PackInfo } from '../core/pack-types.ts';
import { sendToBackground } from '../platform/messaging.ts';
import type { Platform } from '../platform/platform.ts';

/** What the options page's data-pack section asks for; tests pass an in-memory one. */
export interface PackApi {
  list(): Promise<PackInfo[]>;
  /** Reads a chosen file and hands its text to the background, which validates, compiles and stores it. */
  importFile(file: Blob & { name: string }): Promise<PackImportResult>;
  remove(packId: string): Promise<PackInfo[]>;
}

/**
 * Reads the file here (size first, so a huge file is never read; strict UTF-8), and leaves
 * everything else to the background, which holds the bundled data a pack merges with.
 */
export async function readPackFile(file: Blob): Promise<{ ok: true; text: string } | Extract<PackImportResult, { ok: false }>> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, error: { code: 'tooLarge', bytes: file.size, limit: MAX_PACK_BYTES } };
  return decodePackBytes(new Uint8Array(await file.arrayBuffer()));
}

/** The data-pack calls over the extension's messaging. */
export function packApiOver(platform: Pick<Platform, 'sendMessage'>): PackApi {
  return {
    list: () => sendToBackground(platform, { type: 'packList' }),
    async importFile(file) {
      const read = await readPackFile(file);
      if (!read.ok) return read;
      return sendToBackground(platform, { type: 'packImport', fileName: file.name, text: read.text });
    },
    remove: (packId) => sendToBackground(platform, { type: 'packRemove', packId }),
  };
}
