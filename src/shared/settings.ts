import type { EntityKind } from '../core/dataset-schema.ts';

/**
 * The reader's settings. Stored with a schema version; a stored value that does not validate
 * falls back to its default field by field, so one bad field never costs the others.
 */
export interface Settings {
  version: 1;
  /** Marks and cards on every site. */
  enabled: boolean;
  /** Hostnames where the reader turned FactLens off. */
  disabledSites: string[];
  /** Kinds of entity to mark. */
  kinds: EntityKind[];
  /** How marks look. */
  markStyle: 'underline' | 'tint' | 'none';
  /** Mark every mention, or only the first of each entity. */
  firstOnly: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  enabled: true,
  disabledSites: [],
  // Places and topics ("Russia", "US", "sanctions") would mark most lines of an article about
  // the two countries; a reader who wants them turns them on in the options.
  kinds: ['person', 'organization', 'event'],
  markStyle: 'underline',
  firstOnly: false,
};
