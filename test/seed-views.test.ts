import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YotAssessorViewDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

const count = (kinds: string[]) => kinds.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

describe('the seeded services answer the dashboard and assessor views in one request each', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('Knowsley: every statutory partner named, no agreements or placements recorded, ten criteria rated', async () => {
    const { result, statements } = await hub.count(YotAssessorViewDocument, { code: 'E08000011' });
    expect(result.errors).toBeUndefined();
    const { yot, criterionCoverage, gaps } = result.data!;
    expect(yot!.coverage).toMatchObject({
      partnerCoverage: 0.4615, // police, probation, CCG, council, pre-16 and post-16 education of 13
      statutoryPartnerCoverage: 1,
      coLocationRatio: 0, // the co-located staff's employers are not named
      agreementCoverage: 0, // the article names no information-sharing agreement
      criteriaWithEvidence: 7, // S1–S5, S9, S10
      criteriaEvidencedByTwoOrMoreAgencyTypes: 2, // S1, S2: the partners with a sound knowledge of SEND practice
      award: { current: true, validUntil: null, reverificationDue: null, assessment: { level: 'QUALITY_LEAD', commendations: [] } },
    });
    expect(criterionCoverage!.filter((c) => c.triangulated).map((c) => c.criterion.code)).toEqual(['S1', 'S2']);
    expect(criterionCoverage!.every((c) => c.band === 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES')).toBe(true);
    expect(count(gaps!.map((g) => g.kind))).toEqual({
      MISSING_EXPECTED_PARTNER: 7, // LA SEND team, SALT, educational psychology, CAMHS, virtual school, schools, PRU
      NO_AGREEMENT_WITH_PARTNER: 6,
      CRITERION_WITHOUT_EVIDENCE: 3, // S6, S7, S8
      CRITERION_SINGLE_AGENCY: 5, // S3, S4, S5, S9, S10
      EVIDENCE_AWAITING_REVIEW: 4, // the council's own statements and the press release
    });
    expect(statements).toBeLessThan(40);
  });

  it('Barnet: multi-agency team placed by police and probation, education partners, Child First', async () => {
    const { data } = await hub.exec(YotAssessorViewDocument, { code: 'E09000003' });
    expect(data!.yot!.coverage).toMatchObject({
      partnerCoverage: 0.4615, // SEND team, PRU, virtual school, schools, police, probation of 13
      statutoryPartnerCoverage: 0.4,
      coLocationRatio: 0.3333, // police and probation officers in the co-located team
      criteriaWithEvidence: 9,
      criteriaEvidencedByTwoOrMoreAgencyTypes: 4, // S2, S3, S4, S8
      award: { current: true, assessment: { level: 'QUALITY_LEAD', commendations: ['CHILD_FIRST'] } },
    });
    const s9 = data!.criteria.find((c) => c.code === 'S9')!.evidence.nodes;
    expect(s9).toEqual([{ title: 'Barnet Youth Justice Plan', providedBy: null, agenciesInvolved: [{ type: 'NATIONAL_BODY' }], partnership: null, agreements: [], citedIn: [] }]);
    expect(count(data!.gaps!.map((g) => g.kind))).toMatchObject({ MISSING_STATUTORY_PARTNER: 3, CRITERION_WITHOUT_EVIDENCE: 1 });
  });
});
