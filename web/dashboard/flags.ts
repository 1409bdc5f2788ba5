import type { HeatCell } from './Heatmap';

/**
 * Findings flagged on heatmap cells: a marker and words, never colour alone. The kinds match the gaps of the same
 * name (GapKind), and rated-without-evidence is a rating on a criterion with no countable evidence at all.
 */
export const FLAGS = {
  RATING_ABOVE_EVIDENCE: { symbol: '⚠', words: 'rating above its evidence' },
  RATED_WITHOUT_EVIDENCE: { symbol: '∅', words: 'rated without evidence' },
  MISSING_STATUTORY_PARTNER: { symbol: '⚑', words: 'statutory partner missing' },
} as const;

export type FlagKind = keyof typeof FLAGS;

/** `cell` with the finding's marker and its words added to what a screen reader hears. */
export function flagged(cell: HeatCell, kind: FlagKind | undefined): HeatCell {
  if (!kind) return cell;
  return { ...cell, label: `${cell.label}; flagged: ${FLAGS[kind].words}`, flag: { kind, symbol: FLAGS[kind].symbol } };
}
