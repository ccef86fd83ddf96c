import { DatasetSchema, type Dataset } from '../core/dataset-schema.ts';
import { readJsonFile } from '../pipeline/read-json.ts';

/** Reads and validates a built dataset, naming the file and the first problem when it is unusable. */
export function loadDataset(path: string): Dataset {
  return readJsonFile(path, DatasetSchema, 'does not exist: run `npm run build` (or `factlens build-data`) first');
}
