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

/** `cell` with the markers of the findings that hold (a cell can carry two) and their words for screen readers. */
export function flagged(cell: HeatCell, ...kinds: (FlagKind | false | null | undefined)[]): HeatCell {
  const found = kinds.filter((k): k is FlagKind => Boolean(k));
  if (found.length === 0) return cell;
  return {
    ...cell,
    label: `${cell.label}; flagged: ${found.map((k) => FLAGS[k].words).join('; ')}`,
    flag: { kind: found.join(' '), symbol: found.map((k) => FLAGS[k].symbol).join('') },
  };
}
