/**
 * Disclosure control for counts about children (DfE practice: counts from 1 to the threshold are not
 * published). A cell is suppressed when its cohort, its met count, or its not-met count (derivable as
 * cohort − met) is between 1 and the threshold. Secondary suppression then hides, in every group of cells
 * that add up to a published total (cells sharing all dimensions but one), the next-smallest cell whenever
 * exactly one cell of the group is suppressed, so no suppressed value can be recovered by subtraction.
 * Repeats until stable, since a secondary suppression can leave another group with a single suppressed cell.
 */
export interface Cell {
  /** The cell's value in each grouping dimension, e.g. ['E08000011', 'SUITABLE_ETE']. */
  key: string[];
  cohort: number;
  met: number;
  suppressed?: boolean;
}

/** Marks `suppressed` on each cell (in place) and returns the cells. */
export function suppress<T extends Cell>(cells: T[], threshold: number): T[] {
  const small = (n: number) => n >= 1 && n <= threshold;
  for (const c of cells) c.suppressed = small(c.cohort) || small(c.met) || small(c.cohort - c.met);
  const dims = cells[0]?.key.length ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let d = 0; d < dims; d++) {
      const groups = new Map<string, T[]>();
      for (const c of cells) {
        const margin = JSON.stringify(c.key.filter((_, i) => i !== d));
        groups.set(margin, [...(groups.get(margin) ?? []), c]);
      }
      for (const group of groups.values()) {
        if (group.filter((c) => c.suppressed).length !== 1) continue;
        const candidates = group
          .filter((c) => !c.suppressed)
          .sort((a, b) => a.cohort - b.cohort || a.key.join().localeCompare(b.key.join()));
        if (candidates.length === 0) continue;
        candidates[0].suppressed = true;
        changed = true;
      }
    }
  }
  return cells;
}
