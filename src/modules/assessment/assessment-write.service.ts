import { In } from 'typeorm';
import { HubContext } from '../../graphql/context';
import { BadUserInputError, ConflictError } from '../../graphql/errors';
import { findAllById, findById, updateVersioned } from '../../graphql/records';
import { addMonths, isoDateOrToday, todayIso } from '../../graphql/scalars';
import { AuditService } from '../audit/audit.service';
import { Evidence } from '../evidence/evidence.entity';
import { Criterion } from '../framework/criterion.entity';
import { Framework } from '../framework/framework.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { Yot } from '../yot/yot.entity';
import { Assessment } from './assessment.entity';
import { AssessmentKind, AssessmentStatus, AwardLevel, RatingBand, UNDECIDED_STATUSES } from './assessment.enums';
import { Gate, GateProblem, invalidCitation, problemWith, refuseIf, showsOutcomes } from './assessment.gates';
import { DecideAssessmentInput, RateCriterionInput, StartAssessmentInput } from './assessment-write.inputs';
import { CriterionRatingRevision } from './criterion-rating-revision.entity';
import { CriterionRating } from './criterion-rating.entity';
import { RatingEvidence } from './rating-evidence.entity';

/** The assessor's workflow: start, rate (keeping every rating), decide (behind the sign-off gates). */
export class AssessmentWriteService {
  /** Starts an assessment; a re-verification may start from copies of a decided baseline's ratings. */
  static async start(tx: HubContext, input: StartAssessmentInput): Promise<{ assessment: Assessment }> {
    const yot = await findById(tx, Yot, input.yotId, 'input.yotId');
    const repo = tx.db.getRepository(Assessment);
    if (await repo.existsBy({ yotId: yot.id, status: In([...UNDECIDED_STATUSES]) })) {
      throw new ConflictError(`${yot.name} already has an assessment in progress; decide it first.`, {
        field: 'input.yotId',
      });
    }
    let baseline: Assessment | null = null;
    if (input.baselineAssessmentId) {
      if (input.kind !== AssessmentKind.REDESIGNATION)
        throw new BadUserInputError(
          'Only a REDESIGNATION starts from a baseline assessment.',
          'input.baselineAssessmentId',
        );
      baseline = await findById(tx, Assessment, input.baselineAssessmentId, 'input.baselineAssessmentId');
      if (baseline.yotId !== yot.id)
        throw new BadUserInputError('The baseline assessment is of another YOT.', 'input.baselineAssessmentId');
      if (UNDECIDED_STATUSES.includes(baseline.status))
        throw new BadUserInputError('The baseline assessment is not decided yet.', 'input.baselineAssessmentId');
    }
    const framework = await FrameworkService.find(tx, DEFAULT_FRAMEWORK_CODE);
    const assessment = await repo.save(
      repo.create({
        yotId: yot.id,
        frameworkId: framework.id,
        level: input.level,
        kind: input.kind,
        status: AssessmentStatus.IN_PROGRESS,
        startedOn: isoDateOrToday(input.startedOn, 'input.startedOn'),
        decidedOn: null,
        validUntil: null,
        commendations: [],
        baselineAssessmentId: baseline?.id ?? null,
      }),
    );
    await AuditService.changed(tx, 'startAssessment', 'Assessment', assessment.id, null, assessment);
    if (baseline) await carryOver(tx, baseline, assessment, framework);
    return { assessment: assessment };
  }

  /** Rates a criterion; the previous rating stays in its history. Refused on a decided assessment. */
  static async rate(
    tx: HubContext,
    input: RateCriterionInput,
  ): Promise<{ rating: CriterionRating; assessment: Assessment }> {
    const assessment = await findById(tx, Assessment, input.assessmentId, 'input.assessmentId');
    if (!UNDECIDED_STATUSES.includes(assessment.status)) {
      throw new BadUserInputError(
        `The assessment was decided (${assessment.status}) and its ratings are locked.`,
        'input.assessmentId',
      );
    }
    const criterion = await findById(tx, Criterion, input.criterionId, 'input.criterionId');
    if (criterion.frameworkId !== assessment.frameworkId)
      throw new BadUserInputError(
        `${criterion.code} is not a criterion of this assessment's framework.`,
        'input.criterionId',
      );
    const evidence = await findAllById(tx, Evidence, [...new Set(input.evidenceIds)], 'input.evidenceIds');
    for (const [i, item] of evidence.entries()) {
      if (item.yotId !== assessment.yotId)
        throw new BadUserInputError(`"${item.title}" is evidence of another YOT.`, `input.evidenceIds[${i}]`);
      const invalid = invalidCitation(item, todayIso());
      if (invalid) throw new BadUserInputError(`${criterion.code} ${invalid}.`, `input.evidenceIds[${i}]`);
    }
    if (
      input.band === RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES &&
      !evidence.some((e) => showsOutcomes(e, todayIso()))
    ) {
      const cited = evidence.length
        ? evidence.map((e) => `"${e.title}" (${e.kind}, ${e.reviewState})`).join(', ')
        : 'no evidence';
      const problems: GateProblem[] = [
        {
          criterion: criterion.code,
          evidenceId: null,
          reason: `cites ${cited}; the band needs at least one accepted OUTCOME_DATA or CASE_STUDY item`,
        },
      ];
      refuseIf(
        Gate.OUTCOME_EVIDENCE_REQUIRED,
        problems,
        'input.evidenceIds',
        'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES needs evidence of outcomes.',
      );
    }

    const ratings = tx.db.getRepository(CriterionRating);
    const existing = await ratings.findOneBy({ assessmentId: assessment.id, criterionId: criterion.id });
    const values = {
      score: input.score,
      band: input.band,
      rationale: input.rationale,
      ratedBy: tx.actor,
      ratedAt: new Date(),
      carriedOver: false,
    };
    let rating: CriterionRating;
    if (existing) {
      if (input.expectedVersion == null && !existing.carriedOver) {
        throw new ConflictError(
          `${criterion.code} is already rated (version ${existing.version}); pass expectedVersion to re-rate it.`,
          { currentVersion: existing.version },
        );
      }
      rating = await updateVersioned(tx, CriterionRating, existing, input.expectedVersion ?? existing.version, values);
    } else {
      rating = await ratings.save(
        ratings.create({ assessmentId: assessment.id, criterionId: criterion.id, ...values }),
      );
    }
    await citeEvidence(
      tx,
      rating,
      evidence.map((e) => e.id),
      false,
    );
    await AuditService.changed(tx, 'rateCriterion', 'CriterionRating', rating.id, existing, {
      ...rating,
      evidenceIds: evidence.map((e) => e.id),
    });
    return { rating, assessment };
  }

  /** Decides an assessment behind the sign-off gates; an award is valid for the framework's validity months. */
  static async decide(tx: HubContext, input: DecideAssessmentInput): Promise<{ assessment: Assessment }> {
    const before = await findById(tx, Assessment, input.id, 'input.id');
    if (!UNDECIDED_STATUSES.includes(before.status))
      throw new BadUserInputError(`The assessment is already decided (${before.status}).`, 'input.id');
    const decidedOn = isoDateOrToday(input.decidedOn, 'input.decidedOn');
    if (decidedOn > todayIso())
      throw new BadUserInputError(`decidedOn (${decidedOn}) is in the future.`, 'input.decidedOn');
    if (before.startedOn && decidedOn < before.startedOn)
      throw new BadUserInputError(
        `decidedOn (${decidedOn}) is before the assessment started (${before.startedOn}).`,
        'input.decidedOn',
      );
    const level = input.level ?? before.level;
    const awarded = input.outcome === AssessmentStatus.AWARDED;
    const commendations = [...new Set(input.commendations)];
    if (commendations.length && !(awarded && level === AwardLevel.QUALITY_LEAD)) {
      throw new BadUserInputError('Commendations are added only to a Quality Lead award.', 'input.commendations');
    }
    const framework = await tx.db.getRepository(Framework).findOneByOrFail({ id: before.frameworkId });
    if (awarded) await checkGates(tx, before, level, decidedOn);
    const after = await updateVersioned(tx, Assessment, before, input.expectedVersion, {
      status: input.outcome,
      level,
      commendations: commendations,
      decidedOn,
      validUntil: awarded ? addMonths(decidedOn, framework.validityMonths) : null,
      assessedBy: input.assessedBy ?? before.assessedBy,
      summary: input.summary ?? before.summary,
    });
    await AuditService.changed(tx, 'decideAssessment', 'Assessment', after.id, before, after);
    return { assessment: after };
  }
}

/** Refuses an award while any gate fails, naming each criterion and item at fault. */
async function checkGates(tx: HubContext, assessment: Assessment, level: AwardLevel, decidedOn: string): Promise<void> {
  const criteria = await tx.db
    .getRepository(Criterion)
    .find({ where: { frameworkId: assessment.frameworkId }, order: { position: 'ASC' } });
  const ratings = await tx.db.getRepository(CriterionRating).findBy({ assessmentId: assessment.id });
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  if (level === AwardLevel.QUALITY_LEAD) {
    const rated = new Set(ratings.map((r) => r.criterionId));
    const missing = criteria
      .filter((c) => !rated.has(c.id))
      .map((c) => ({ criterion: c.code, evidenceId: null, reason: 'not rated' }));
    refuseIf(
      Gate.ALL_CRITERIA_RATED,
      missing,
      'input.level',
      `A Quality Lead award needs all ${criteria.length} criteria rated.`,
    );
  }
  const cited = ratings.length
    ? await tx.db.getRepository(RatingEvidence).findBy({ ratingId: In(ratings.map((r) => r.id)) })
    : [];
  const evidence = cited.length
    ? await tx.db.getRepository(Evidence).findBy({ id: In([...new Set(cited.map((c) => c.evidenceId))]) })
    : [];
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const criterionOfRating = new Map(ratings.map((r) => [r.id, codeOf.get(r.criterionId) ?? '?']));
  const problems: GateProblem[] = [];
  for (const c of cited) {
    const item = byId.get(c.evidenceId)!;
    const reason = invalidCitation(item, decidedOn);
    if (reason) problems.push(problemWith(criterionOfRating.get(c.ratingId)!, item, reason));
  }
  problems.sort((a, b) => a.criterion.localeCompare(b.criterion, 'en', { numeric: true }));
  refuseIf(
    Gate.CITED_EVIDENCE_VALID,
    problems,
    'input.outcome',
    'An award cannot rest on rejected, withdrawn or expired evidence.',
  );
}

/** Copies a baseline's ratings (and their citations) into a new assessment, marked as carried over. */
async function carryOver(
  tx: HubContext,
  baseline: Assessment,
  assessment: Assessment,
  framework: Framework,
): Promise<void> {
  const oldCriteria = await tx.db.getRepository(Criterion).findBy({ frameworkId: baseline.frameworkId });
  const newCriteria = await tx.db.getRepository(Criterion).findBy({ frameworkId: framework.id });
  const byCode = new Map(newCriteria.map((c) => [c.code, c.id]));
  const codeOf = new Map(oldCriteria.map((c) => [c.id, c.code]));
  const repo = tx.db.getRepository(CriterionRating);
  for (const old of await repo.find({ where: { assessmentId: baseline.id }, order: { id: 'ASC' } })) {
    const criterionId = byCode.get(codeOf.get(old.criterionId) ?? '');
    if (criterionId === undefined) continue; // the criterion no longer exists in the current framework
    const copy = await repo.save(
      repo.create({
        assessmentId: assessment.id,
        criterionId,
        score: old.score,
        band: old.band,
        rationale: old.rationale,
        ratedBy: old.ratedBy,
        ratedAt: old.ratedAt,
        carriedOver: true,
      }),
    );
    const cited = await tx.db.getRepository(RatingEvidence).findBy({ ratingId: old.id });
    await citeEvidence(
      tx,
      copy,
      cited.map((c) => c.evidenceId),
      true,
    );
    await AuditService.changed(tx, 'startAssessment', 'CriterionRating', copy.id, null, copy);
  }
}

/** Replaces a rating's citations and appends a revision, so the rating's history keeps every version. */
async function citeEvidence(
  tx: HubContext,
  rating: CriterionRating,
  evidenceIds: number[],
  carriedOver: boolean,
): Promise<void> {
  const citations = tx.db.getRepository(RatingEvidence);
  await citations.delete({ ratingId: rating.id });
  if (evidenceIds.length)
    await citations.insert(evidenceIds.map((evidenceId) => ({ ratingId: rating.id, evidenceId })));
  const revisions = tx.db.getRepository(CriterionRatingRevision);
  await revisions.save(
    revisions.create({
      ratingId: rating.id,
      score: rating.score,
      band: rating.band,
      rationale: rating.rationale,
      ratedBy: rating.ratedBy ?? tx.actor,
      ratedAt: rating.ratedAt ?? new Date(),
      carriedOver,
      evidenceIds,
    }),
    { reload: false },
  );
}
