import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YotAssessorViewDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

const count = (kinds: string[]) =>
  kinds.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

describe('the seeded services answer the dashboard and assessor views in one request each', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('Knowsley: its statutory partners named in 2019 have since changed, its award was redesignated at an unknown date', async () => {
    const { result, statements } = await hub.count(YotAssessorViewDocument, { code: 'E08000011' });
    expect(result.errors).toBeUndefined();
    const { yot, criterionCoverage, gaps } = result.data!;
    expect(yot!.coverage).toMatchObject({
      partnerCoverage: 0.3077, // police, the council's own social care, pre-16 education, post-16 education of 13
      statutoryPartnerCoverage: 0.6, // police, social care (host), education; the CCG and the NPS have ceased
      coLocationRatio: 0.25, // the co-located staff (employer and type unknown) are in at least one of the 4 types in place
      agreementCoverage: 0, // the article names no information-sharing agreement
      criteriaWithEvidence: 7, // S1–S5, S9, S10
      criteriaEvidencedByTwoOrMoreAgencyTypes: 2, // S1, S2: the partners with a sound knowledge of SEND practice
      award: {
        state: 'UNKNOWN',
        current: false,
        validUntil: null,
        reverificationDue: null,
        assessment: { level: 'QUALITY_LEAD', kind: 'REDESIGNATION', commendations: ['CHILD_FIRST'] },
      },
    });
    expect(yot!.coverage.partners.filter((p) => p.state === 'CEASED').map((p) => p.agencyType)).toEqual([
      'PROBATION',
      'HEALTH_COMMISSIONER',
    ]);
    expect(criterionCoverage!.filter((c) => c.triangulated).map((c) => c.criterion.code)).toEqual(['S1', 'S2']);
    // The latest assessment is the redesignation, whose ratings were not read: none are shown as its.
    expect(criterionCoverage!.every((c) => c.band === null)).toBe(true);
    expect(count(gaps!.map((g) => g.kind))).toEqual({
      PARTNER_NOT_RECORDED: 7, // LA SEND team, SALT, educational psychology, CAMHS, virtual school, schools, PRU
      PARTNER_CEASED: 3, // Knowsley CCG, the National Probation Service, North West Boroughs Healthcare
      STATUTORY_TEAM_ROLE_NOT_RECORDED: 5, // the article names no roles
      NO_AGREEMENT_WITH_PARTNER: 3, // police, pre-16 and post-16 education
      CRITERION_WITHOUT_EVIDENCE: 3, // S6, S7, S8
      CRITERION_SINGLE_AGENCY: 5, // S3, S4, S5, S9, S10
      EVIDENCE_AWAITING_REVIEW: 4, // the council's own statements and the press release
      AWARD_DATE_UNKNOWN: 1, // the redesignation
    });
    expect(statements).toBeLessThan(45);
  });

  it("Barnet: the council's own service with a multi-agency team, education partners, Child First", async () => {
    const { data } = await hub.exec(YotAssessorViewDocument, { code: 'E09000003' });
    expect(data!.yot!.coverage).toMatchObject({
      partnerCoverage: 0.7692, // SEND team, PRU, virtual school, schools, police, probation, social care, education, SALT, ed psych of 13
      statutoryPartnerCoverage: 0.8, // all but the health commissioner, which is not recorded
      coLocationRatio: 0.2, // police and probation staff, of the 10 types in place (the SALT's and ed psych's employer is unknown)
      criteriaWithEvidence: 9,
      criteriaEvidencedByTwoOrMoreAgencyTypes: 4, // S2, S3, S4, S8
      award: {
        state: 'UNKNOWN',
        current: false,
        assessment: { level: 'QUALITY_LEAD', commendations: ['CHILD_FIRST'] },
      },
    });
    const s9 = data!.criteria.find((c) => c.code === 'S9')!.evidence.nodes;
    expect(s9).toEqual([
      {
        title: 'Barnet Youth Justice Plan',
        providedBy: null,
        agenciesInvolved: [{ type: 'NATIONAL_BODY' }],
        partnership: null,
        agreements: [],
        citedIn: [],
      },
    ]);
    expect(count(data!.gaps!.map((g) => g.kind))).toMatchObject({
      PARTNER_NOT_RECORDED: 3,
      CRITERION_WITHOUT_EVIDENCE: 1,
      AWARD_DATE_UNKNOWN: 1,
    });
    expect(count(data!.gaps!.map((g) => g.kind))).not.toHaveProperty('MISSING_STATUTORY_PARTNER');
  });
});
