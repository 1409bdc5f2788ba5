import { In } from 'typeorm';
import { HubContext } from '../../../graphql/context';
import { loadExisting } from '../../../graphql/loaders';
import { addMonths } from '../../../graphql/scalars';
import { Assessment } from '../../assessment/assessment.entity';
import { AwardLevel, DatePrecision } from '../../assessment/assessment.enums';
import { CoverageService, REVERIFICATION_WARNING_MONTHS } from '../coverage.service';
import { AwardState } from '../coverage.types';
import { GapKind } from '../gaps.types';
import { Add, GapFinder, Scope } from './finder';

/** The award each coverage view reports: expiring, expired (and redesignation overdue), or of unknown date. */
async function awardGaps(ctx: HubContext, scope: Scope, add: Add): Promise<void> {
  const coverage = await CoverageService.forYots(ctx, scope.yots, scope.asOf);
  const statuses = coverage.map((c, i) => ({ yot: scope.yots[i], status: c.award })).filter((s) => s.status);
  if (statuses.length === 0) return;
  const awards = await loadExisting(
    ctx.loaders.byId(Assessment),
    statuses.map((s) => s.status!.assessmentId),
  );
  const awardById = new Map(awards.map((a) => [a.id, a]));
  const redesignations = await ctx.db
    .getRepository(Assessment)
    .findBy({ yotId: In(statuses.map((s) => s.yot)), kind: 'REDESIGNATION' as never });
  for (const { yot, status } of statuses) {
    const award = awardById.get(status!.assessmentId)!;
    const level = LEVEL_IN_WORDS[award.level];
    const until = status!.validUntil ? dateInWords(status!.validUntil, status!.validUntilPrecision) : null;
    if (status!.state === AwardState.UNKNOWN) {
      const why =
        award.decidedOn == null
          ? 'has no recorded decision date, so whether it is current is unknown'
          : `is dated to the month only and ${scope.asOf} falls in its decision or expiry month, so whether it is current on that date is unknown`;
      add(
        yot,
        GapKind.AWARD_DATE_UNKNOWN,
        'Assessment',
        award.id,
        `The ${level} award ${why}; record the date from its award letter.`,
      );
    } else if (status!.state === AwardState.EXPIRED) {
      add(
        yot,
        GapKind.AWARD_EXPIRED,
        'Assessment',
        award.id,
        `The ${level} award expired ${until}; it needs re-verification.`,
      );
      if (!redesignationAfter(award, redesignations))
        add(
          yot,
          GapKind.REDESIGNATION_OVERDUE,
          'Assessment',
          award.id,
          `No redesignation of the ${level} award is recorded, though its three years ended ${until}.`,
        );
    } else if (status!.validUntil && status!.validUntil <= addMonths(scope.asOf, REVERIFICATION_WARNING_MONTHS)) {
      add(
        yot,
        GapKind.AWARD_EXPIRING,
        'Assessment',
        award.id,
        `The ${level} award expires ${until}; start re-verification.`,
      );
    }
  }
}

/** True when a redesignation of `award` (or of its YOT, started or decided after it) is among `redesignations`. */
function redesignationAfter(award: Assessment, redesignations: Assessment[]): boolean {
  return redesignations.some(
    (r) =>
      r.yotId === award.yotId &&
      r.id !== award.id &&
      (r.baselineAssessmentId === award.id ||
        r.decidedOn == null ||
        award.decidedOn == null ||
        r.decidedOn > award.decidedOn),
  );
}

const LEVEL_IN_WORDS: Record<AwardLevel, string> = { QUALITY_MARK: 'Quality Mark', QUALITY_LEAD: 'Quality Lead' };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "on 2024-09-01", or "at the end of September 2022" for a month-precision end date. */
function dateInWords(iso: string, precision: DatePrecision): string {
  return precision === DatePrecision.MONTH
    ? `at the end of ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
    : `on ${iso}`;
}

export const awardFinder: GapFinder = {
  kinds: [GapKind.AWARD_EXPIRING, GapKind.AWARD_EXPIRED, GapKind.REDESIGNATION_OVERDUE, GapKind.AWARD_DATE_UNKNOWN],
  find: awardGaps,
};
