import { noiseFor } from './perturbation-table';

/** A cell's exact counts and the cell keys of its records (all rows for `cohort`, the met rows for `met`). */
export interface KeyedCounts {
  cohort: number;
  met: number;
  cohortKey: number;
  metKey: number;
}

/**
 * The counts as published to a caller who may not see child rows: each count perturbed by the table with
 * its own cell key, so the same records always give the same figures. The met count is then capped at the
 * cohort (both are perturbed independently, and a rate above 1 would be nonsense); when every outcome met
 * (or none did), the two sets of records are the same (or empty) and so get the same noise (or none).
 */
export function perturbCounts(cell: KeyedCounts): { cohort: number; met: number } {
  const cohort = cell.cohort + noiseFor(cell.cohort, cell.cohortKey);
  const met = cell.met + noiseFor(cell.met, cell.metKey);
  return { cohort, met: Math.min(met, cohort) };
}
