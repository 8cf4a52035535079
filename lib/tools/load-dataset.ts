/** Node-only: reads the bundled assets/dataset.json (the CLI, tests, evals). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../types';

export const DATASET_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/dataset.json');

let cached: Dataset | null = null;

export function loadBundledDataset(file: string = DATASET_PATH): Dataset {
  if (file === DATASET_PATH && cached) return cached;
  const d = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  if (file === DATASET_PATH) cached = d;
  return d;
}
