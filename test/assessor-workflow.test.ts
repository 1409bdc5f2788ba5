import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  DecideAssessmentDocument,
  RateCriterionDocument,
  RecordEvidenceDocument,
  ReviewEvidenceDocument,
  StartAssessmentDocument,
  UpdateEvidenceDocument,
  WithdrawEvidenceDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';
import { withoutWrites } from './support/snapshot';

describe("the assessor's workflow", () => {
  let hub: TestHub;
  let barnet: string;
  let knowsley: string;
  const criteria: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub();
    barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`);
    knowsley = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E08000011'`);
    for (const row of await hub.dataSource.query(`SELECT id, code FROM criterion`))
      criteria[row.code] = encodeGlobalId('Criterion', row.id);
  });
  afterAll(() => hub.close());

  const refused = async (run: () => Promise<{ errors?: readonly GraphQLFormattedError[] }>) =>
    (await withoutWrites(hub.dataSource, run)).errors;

  const record = async (
    title: string,
    kind: 'CASE_STUDY' | 'OUTCOME_DATA' | 'PROTOCOL',
    extra: { yotId?: string; expiresOn?: string } = {},
  ) => {
    const { data, errors } = await hub.exec(RecordEvidenceDocument, {
      input: {
        yotId: extra.yotId ?? barnet,
        title,
        kind,
        occurredOn: '2024-02-01',
        expiresOn: extra.expiresOn ?? null,
        criteria: [],
      },
    });
    expect(errors).toBeUndefined();
    return data!.recordEvidence!.evidence;
  };
  const accept = async (id: string, version: number) => {
    const { data } = await hub.exec(ReviewEvidenceDocument, {
      input: { id, expectedVersion: version, state: 'ACCEPTED' },
    });
    return data!.reviewEvidence!.evidence;
  };

  let assessmentId: string;
  let caseStudy: string;
  let protocol: string;

  it('starts one assessment per YOT at a time', async () => {
    const { data, errors } = await hub.exec(StartAssessmentDocument, {
      input: { yotId: barnet, level: 'QUALITY_LEAD', kind: 'INITIAL', startedOn: '2024-01-10' },
    });
    expect(errors).toBeUndefined();
    expect(data!.startAssessment!.assessment).toMatchObject({
      level: 'QUALITY_LEAD',
      kind: 'INITIAL',
      status: 'IN_PROGRESS',
      startedOn: '2024-01-10',
      ratings: [],
      version: 1,
    });
    assessmentId = data!.startAssessment!.assessment.id;
    expectError(
      await refused(() =>
        hub.exec(StartAssessmentDocument, { input: { yotId: barnet, level: 'QUALITY_MARK', kind: 'INITIAL' } }),
      ),
      'CONFLICT',
      ['startAssessment'],
    );
    expectError(
      await refused(() =>
        hub.exec(StartAssessmentDocument, {
          input: { yotId: encodeGlobalId('Yot', 999), level: 'QUALITY_MARK', kind: 'INITIAL' },
        }),
      ),
      'NOT_FOUND',
    );
  });

  it('rates a criterion 0–10 with cited evidence of the same YOT only', async () => {
    protocol = (await record('SEND screening protocol', 'PROTOCOL')).id;
    const { data, errors } = await hub.exec(RateCriterionDocument, {
      input: {
        assessmentId,
        criterionId: criteria.S6,
        score: 7,
        band: 'ESTABLISHED',
        rationale: 'Screening protocol agreed',
        evidenceIds: [protocol],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.rateCriterion!.rating).toMatchObject({
      score: 7,
      band: 'ESTABLISHED',
      ratedBy: 'tester',
      carriedOver: false,
      version: 1,
      criterion: { code: 'S6' },
      evidence: [{ title: 'SEND screening protocol' }],
      history: [
        {
          score: 7,
          band: 'ESTABLISHED',
          rationale: 'Screening protocol agreed',
          ratedBy: 'tester',
          carriedOver: false,
          evidence: [{ title: 'SEND screening protocol' }],
        },
      ],
    });
    const tooHigh = await refused(() =>
      hub.exec(RateCriterionDocument, {
        input: {
          assessmentId,
          criterionId: criteria.S1,
          score: 11,
          band: 'EMERGING',
          rationale: 'x y z',
          evidenceIds: [],
        },
      }),
    );
    expect(expectError(tooHigh, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.score' });
    const knowsleyItem = await globalId(
      hub.dataSource,
      'Evidence',
      'evidence',
      `title = 'Effective strategic leadership'`,
    );
    const foreign = await refused(() =>
      hub.exec(RateCriterionDocument, {
        input: {
          assessmentId,
          criterionId: criteria.S9,
          score: 5,
          band: 'EMERGING',
          rationale: 'Borrowed',
          evidenceIds: [knowsleyItem],
        },
      }),
    );
    expect(expectError(foreign, 'BAD_USER_INPUT').message).toContain('evidence of another YOT');
    expectError(
      await refused(() =>
        hub.exec(RateCriterionDocument, {
          input: {
            assessmentId,
            criterionId: encodeGlobalId('Criterion', 999),
            score: 5,
            band: 'EMERGING',
            rationale: 'Nothing',
            evidenceIds: [],
          },
        }),
      ),
      'NOT_FOUND',
    );
  });

  it('never overwrites a rating silently: re-rating needs the current version and keeps the history', async () => {
    const blind = await refused(() =>
      hub.exec(RateCriterionDocument, {
        input: {
          assessmentId,
          criterionId: criteria.S6,
          score: 3,
          band: 'EMERGING',
          rationale: 'Second opinion',
          evidenceIds: [],
        },
      }),
    );
    expect(expectError(blind, 'CONFLICT', ['rateCriterion']).extensions).toMatchObject({ currentVersion: 1 });
    const { data } = await hub.exec(RateCriterionDocument, {
      input: {
        assessmentId,
        criterionId: criteria.S6,
        score: 8,
        band: 'WIDESPREAD_EFFECTIVE_PRACTICE',
        rationale: 'Screening now routine',
        evidenceIds: [protocol],
        expectedVersion: 1,
      },
    });
    expect(data!.rateCriterion!.rating).toMatchObject({ score: 8, version: 2 });
    expect(data!.rateCriterion!.rating.history.map((h) => [h.score, h.rationale])).toEqual([
      [8, 'Screening now routine'],
      [7, 'Screening protocol agreed'],
    ]);
    expectError(
      await refused(() =>
        hub.exec(RateCriterionDocument, {
          input: {
            assessmentId,
            criterionId: criteria.S6,
            score: 9,
            band: 'WIDESPREAD_EFFECTIVE_PRACTICE',
            rationale: 'Stale',
            evidenceIds: [],
            expectedVersion: 1,
          },
        }),
      ),
      'CONFLICT',
    );
  });

  it('gate: the Quality Lead band needs an accepted OUTCOME_DATA or CASE_STUDY item, naming the criterion and what was cited', async () => {
    caseStudy = (await record('Case study: EHCP kept through custody', 'CASE_STUDY')).id;
    const input = {
      assessmentId,
      criterionId: criteria.S7,
      score: 9,
      band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES' as const,
      rationale: 'Outcomes shown',
      evidenceIds: [protocol, caseStudy],
    };
    const error = expectError(await refused(() => hub.exec(RateCriterionDocument, { input })), 'BAD_USER_INPUT', [
      'rateCriterion',
    ]);
    expect(error.extensions).toMatchObject({ gate: 'OUTCOME_EVIDENCE_REQUIRED', problems: [{ criterion: 'S7' }] });
    expect(error.message).toContain(
      'S7: cites "SEND screening protocol" (PROTOCOL, SUBMITTED), "Case study: EHCP kept through custody" (CASE_STUDY, SUBMITTED)',
    );
    await accept(caseStudy, 1);
    const { data, errors } = await hub.exec(RateCriterionDocument, { input });
    expect(errors).toBeUndefined();
    expect(data!.rateCriterion!.rating).toMatchObject({
      band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
      criterion: { code: 'S7' },
    });
  });

  it('gate: a Quality Lead award needs all ten criteria rated, and the refusal lists the missing ones', async () => {
    const error = expectError(
      await refused(() =>
        hub.exec(DecideAssessmentDocument, {
          input: { id: assessmentId, expectedVersion: 1, outcome: 'AWARDED', decidedOn: '2024-06-30' },
        }),
      ),
      'BAD_USER_INPUT',
      ['decideAssessment'],
    );
    expect(error.extensions).toMatchObject({ gate: 'ALL_CRITERIA_RATED' });
    expect((error.extensions!.problems as { criterion: string }[]).map((p) => p.criterion)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S8',
      'S9',
      'S10',
    ]);
    for (const code of ['S1', 'S2', 'S3', 'S4', 'S5', 'S8', 'S9', 'S10']) {
      const { errors } = await hub.exec(RateCriterionDocument, {
        input: {
          assessmentId,
          criterionId: criteria[code],
          score: 8,
          band: 'WIDESPREAD_EFFECTIVE_PRACTICE',
          rationale: `Good practice on ${code}`,
          evidenceIds: code === 'S10' ? [caseStudy] : [],
        },
      });
      expect(errors).toBeUndefined();
    }
  });

  it('gate: no award while a cited item is rejected or expired, naming criterion and item; passes once fixed', async () => {
    await hub.exec(ReviewEvidenceDocument, {
      input: { id: caseStudy, expectedVersion: 2, state: 'REJECTED', note: 'Not pseudonymised' },
    });
    const error = expectError(
      await refused(() =>
        hub.exec(DecideAssessmentDocument, {
          input: { id: assessmentId, expectedVersion: 1, outcome: 'AWARDED', decidedOn: '2024-06-30' },
        }),
      ),
      'BAD_USER_INPUT',
    );
    expect(error.extensions).toMatchObject({
      gate: 'CITED_EVIDENCE_VALID',
      problems: [
        {
          criterion: 'S7',
          evidenceId: caseStudy,
          reason: 'cites "Case study: EHCP kept through custody", which was rejected',
        },
        {
          criterion: 'S10',
          evidenceId: caseStudy,
          reason: 'cites "Case study: EHCP kept through custody", which was rejected',
        },
      ],
    });
    // The holder fixes the item (back to SUBMITTED), the assessor accepts it, but it expired before the decision date.
    const fixed = await hub.exec(UpdateEvidenceDocument, {
      input: { id: caseStudy, expectedVersion: 3, summary: 'Pseudonymised', expiresOn: '2024-05-31' },
    });
    expect(fixed.data!.updateEvidence!.evidence.reviewState).toBe('SUBMITTED');
    await accept(caseStudy, 4);
    const expired = expectError(
      await refused(() =>
        hub.exec(DecideAssessmentDocument, {
          input: { id: assessmentId, expectedVersion: 1, outcome: 'AWARDED', decidedOn: '2024-06-30' },
        }),
      ),
      'BAD_USER_INPUT',
    );
    expect(expired.message).toContain('S7: cites "Case study: EHCP kept through custody", which expired on 2024-05-31');
    // Deciding before the expiry date passes the gate.
    const { data, errors } = await hub.exec(DecideAssessmentDocument, {
      input: {
        id: assessmentId,
        expectedVersion: 1,
        outcome: 'AWARDED',
        decidedOn: '2024-05-20',
        commendations: ['CHILD_FIRST'],
        assessedBy: 'Achievement for All',
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.decideAssessment!.assessment).toMatchObject({
      status: 'AWARDED',
      level: 'QUALITY_LEAD',
      commendations: ['CHILD_FIRST'],
      decidedOn: '2024-05-20',
      validUntil: '2027-05-20',
      version: 2,
    });
  });

  it('locks a decided assessment against further ratings and decisions', async () => {
    const locked = await refused(() =>
      hub.exec(RateCriterionDocument, {
        input: {
          assessmentId,
          criterionId: criteria.S1,
          score: 2,
          band: 'EMERGING',
          rationale: 'Late change',
          evidenceIds: [],
          expectedVersion: 1,
        },
      }),
    );
    expect(expectError(locked, 'BAD_USER_INPUT').message).toContain('locked');
    expectError(
      await refused(() =>
        hub.exec(DecideAssessmentDocument, { input: { id: assessmentId, expectedVersion: 2, outcome: 'NOT_AWARDED' } }),
      ),
      'BAD_USER_INPUT',
    );
  });

  it('refuses commendations outside a Quality Lead award and a stale version', async () => {
    const started = await hub.exec(StartAssessmentDocument, {
      input: { yotId: knowsley, level: 'QUALITY_MARK', kind: 'INITIAL', startedOn: '2024-01-01' },
    });
    const id = started.data!.startAssessment!.assessment.id;
    const commended = await refused(() =>
      hub.exec(DecideAssessmentDocument, {
        input: { id, expectedVersion: 1, outcome: 'AWARDED', commendations: ['CHILD_FIRST'], decidedOn: '2024-02-01' },
      }),
    );
    expect(expectError(commended, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.commendations' });
    expectError(
      await refused(() =>
        hub.exec(DecideAssessmentDocument, {
          input: { id, expectedVersion: 7, outcome: 'NOT_AWARDED', decidedOn: '2024-02-01' },
        }),
      ),
      'CONFLICT',
    );
    const { data } = await hub.exec(DecideAssessmentDocument, {
      input: { id, expectedVersion: 1, outcome: 'NOT_AWARDED', decidedOn: '2024-02-01' },
    });
    expect(data!.decideAssessment!.assessment).toMatchObject({ status: 'NOT_AWARDED', validUntil: null });
  });

  it("starts a re-designation from copies of the baseline's ratings, marked as carried over", async () => {
    const wrongKind = await refused(() =>
      hub.exec(StartAssessmentDocument, {
        input: { yotId: barnet, level: 'QUALITY_LEAD', kind: 'INITIAL', baselineAssessmentId: assessmentId },
      }),
    );
    expect(expectError(wrongKind, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.baselineAssessmentId' });
    const { data, errors } = await hub.exec(StartAssessmentDocument, {
      input: { yotId: barnet, level: 'QUALITY_LEAD', kind: 'REDESIGNATION', baselineAssessmentId: assessmentId },
    });
    expect(errors).toBeUndefined();
    const assessment = data!.startAssessment!.assessment;
    expect(assessment).toMatchObject({ kind: 'REDESIGNATION', baselineAssessment: { id: assessmentId } });
    expect(assessment.ratings).toHaveLength(10);
    expect(assessment.ratings.every((r) => r.carriedOver && r.history[0].carriedOver)).toBe(true);
    const s7 = assessment.ratings.find((r) => r.criterion.code === 'S7')!;
    expect(s7).toMatchObject({
      score: 9,
      band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
      evidence: [{ title: 'SEND screening protocol' }, { title: 'Case study: EHCP kept through custody' }],
    });
    // A carried-over rating can be re-rated without a version: nobody has rated it in this assessment yet.
    const rerated = await hub.exec(RateCriterionDocument, {
      input: {
        assessmentId: assessment.id,
        criterionId: criteria.S1,
        score: 9,
        band: 'WIDESPREAD_EFFECTIVE_PRACTICE',
        rationale: 'Re-verified',
        evidenceIds: [],
      },
    });
    expect(rerated.data!.rateCriterion!.rating).toMatchObject({
      carriedOver: false,
      history: [{ carriedOver: false }, { carriedOver: true }],
    });
  });

  it('refuses to cite withdrawn evidence', async () => {
    const item = await record('Withdrawn minutes', 'PROTOCOL', { yotId: knowsley });
    await hub.exec(WithdrawEvidenceDocument, { input: { id: item.id, expectedVersion: 1, reason: 'Draft' } });
    const started = await hub.exec(StartAssessmentDocument, {
      input: { yotId: knowsley, level: 'QUALITY_MARK', kind: 'INITIAL' },
    });
    const error = expectError(
      await refused(() =>
        hub.exec(RateCriterionDocument, {
          input: {
            assessmentId: started.data!.startAssessment!.assessment.id,
            criterionId: criteria.S3,
            score: 4,
            band: 'EMERGING',
            rationale: 'Minutes',
            evidenceIds: [item.id],
          },
        }),
      ),
      'BAD_USER_INPUT',
    );
    expect(error.message).toBe('S3 cites "Withdrawn minutes", which was withdrawn.');
  });
});
