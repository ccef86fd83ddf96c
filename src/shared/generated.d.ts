/**
 * Modules the build generates from dist/gen (scripts/lib/bundle-extension.js). They exist
 * only inside bundles: code that imports them is wired in an entrypoint's index, and the
 * modules beside it take the data as parameters so tests can pass fixtures.
 */

declare module 'factlens:tables' {
  /** The matcher tables as scripts/gen-tables.ts wrote them to dist/gen/tables.json. */
  const tables: string;
  export default tables;
}

declare module 'factlens:entities' {
  import type { EntityInfo } from '../core/dataset-schema.ts';
  /** Every entity's id, name, kind and Russian name: enough for the page app to name, filter and list marks. */
  const entities: EntityInfo[];
  export default entities;
}

declare module 'factlens:dataset' {
  import type { Dataset } from '../core/dataset-schema.ts';
  /** The whole dataset; the build refuses it anywhere but the background. */
  const dataset: Dataset;
  export default dataset;
}
