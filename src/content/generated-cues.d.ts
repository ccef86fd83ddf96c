declare module 'factlens:cues' {
  import type { EntityKind } from '../core/dataset-schema.ts';
  /**
   * Per entity kind, one expression source for the cues of its aliases (src/content/cues.ts),
   * made at build time so the content script can rule a page out without its matcher.
   */
  const cues: Partial<Record<EntityKind, string>>;
  export default cues;
}
