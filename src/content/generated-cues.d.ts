declare module 'factlens:cues' {
  import type { EntityKind } from '../core/dataset-schema.ts';
  /**
   * Per entity kind, one expression source for the cues of its aliases (src/core/cues.ts),
   * made at build time so the content script can rule a page out without its matcher.
   */
  const cues: Partial<Record<EntityKind, string>>;
  export default cues;
}
