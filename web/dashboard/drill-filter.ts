import type { AgencyType, EvidenceFilter } from './generated/graphql';

/** What a cell counts: one YOT's evidence for one criterion or one agency type, countable on a day. */
export interface EvidenceCell {
  yotCode: string;
  criterion?: string;
  agencyType?: AgencyType;
  /** The day the cell was judged on; absent: today, as the coverage views default. */
  asOf?: string;
}

/**
 * The filter a cell counts with: the countable-evidence rule on the cell's day (the same rule coverage counts
 * with, src/domain/rules), and for an agency type, evidence provided by or involving an agency of that type.
 */
export function cellFilter(cell: EvidenceCell): EvidenceFilter {
  return {
    yotCodes: [cell.yotCode],
    criterionCodes: cell.criterion ? [cell.criterion] : null,
    agencyTypes: cell.agencyType ? [cell.agencyType] : null,
    countable: true,
    currentOn: cell.asOf ?? null,
  };
}
