import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CoverageByRegionDocument,
  CoverageCriteriaDocument,
  CoverageDocument,
  ContributionMatrixDocument,
  CriterionCoverageDocument,
  EvidenceTrailDocument,
  GapsDocument,
  YotCoverageDocument,
} from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { expectError } from './support/expect';
import { addSyntheticYots } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';
import { bumpRevision } from '../src/db/revision';
import { Assessment } from '../src/modules/assessment/assessment.entity';
import { AssessmentKind, AssessmentStatus, AwardLevel } from '../src/modules/assessment/assessment.enums';
import { Framework } from '../src/modules/framework/framework.entity';
import { Yot } from '../src/modules/yot/yot.entity';
import { Nation } from '../src/modules/yot/yot.enums';

const AS_OF = '2024-06-30';
const filter = { codes: [FIXTURE_CODE] };

describe('coverage views, against a fixture worked out by hand', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
  });
  afterAll(() => hub.close());

  it('coverage: one row per expected agency type and the YOT totals', async () => {
    const { data, errors } = await hub.exec(CoverageDocument, { filter, asOf: AS_OF });
    expect(errors).toBeUndefined();
    const [row] = data!.coverage.nodes;
    expect(row).toMatchObject({
      yot: { code: FIXTURE_CODE },
      asOf: AS_OF,
      expectedPartners: 13,
      partnersWithActivePartnership: 4, // police, probation, SEND team, school (the ICB ended, SALT not yet started)
      partnersInPlace: 5, // those four, and SALT by its in-reach therapist
      partnersRecordedAbsent: 1, // CAMHS
      partnersCeased: 0,
      partnersNotRecorded: 7, // health commissioner (ended), social care, education (no host recorded), ed psych, virtual school, college, PRU
      partnerCoverage: 0.3846, // 5 / 13
      knownPartnerCoverage: 0.8333, // 5 / 6 known
      statutoryPartnerCoverage: 0.4, // police and probation of the 5 statutory types
      coLocationRatio: 0.4, // police (seconded) and SEND team (co-located) of 5 in place; SALT is in-reach
      partnerStaffOfUnknownType: 0,
      agreementCoverage: 0.5, // A1 covers police and SEND team; A2 (probation) is past review
      criteriaWithEvidence: 3, // S1 (E1, E2), S2 (E1, E3), S4 (E7); E4 withdrawn, E5 rejected, E6 expired
      criteriaTotal: 10,
      criteriaEvidencedByTwoOrMoreAgencyTypes: 2, // S1 police + SEND team; S2 police + SEND team + probation
      award: {
        validUntil: '2024-09-01',
        current: true,
        reverificationDue: true,
        assessment: { level: 'QUALITY_MARK' },
      },
    });
    const partner = (type: string) => row.partners.find((p) => p.agencyType === type);
    expect(row.partners.map((p) => p.agencyType)).toEqual([
      'POLICE',
      'PROBATION',
      'HEALTH_COMMISSIONER',
      'LA_CHILDRENS_SOCIAL_CARE',
      'LA_EDUCATION',
      'LA_SEND_TEAM',
      'SPEECH_AND_LANGUAGE_THERAPY',
      'EDUCATIONAL_PSYCHOLOGY',
      'CAMHS',
      'VIRTUAL_SCHOOL',
      'SCHOOL',
      'FE_COLLEGE',
      'PUPIL_REFERRAL_UNIT',
    ]);
    expect(partner('POLICE')).toEqual({
      agencyType: 'POLICE',
      statutory: true,
      state: 'IN_PLACE',
      basis: 'PARTNERSHIP',
      hostProvided: false,
      hasActivePartnership: true,
      activePartnerships: 1,
      ceasedPartnerships: 0,
      boardMember: true,
      placedFte: 1,
      placedStaff: 1,
      staffPractising: 1,
      staffWithoutNamedEmployer: 0,
      currentAgreement: true,
      evidenceCount: 1,
      acceptedEvidenceCount: 1,
      criteriaEvidenced: 2,
    });
    expect(partner('PROBATION')).toEqual({
      agencyType: 'PROBATION',
      statutory: true,
      state: 'IN_PLACE',
      basis: 'PARTNERSHIP',
      hostProvided: false,
      hasActivePartnership: true,
      activePartnerships: 1,
      ceasedPartnerships: 0,
      boardMember: false,
      placedFte: 0,
      placedStaff: 0,
      staffPractising: 0,
      staffWithoutNamedEmployer: 0,
      currentAgreement: false,
      evidenceCount: 1,
      acceptedEvidenceCount: 1,
      criteriaEvidenced: 1,
    });
    expect(partner('HEALTH_COMMISSIONER')).toMatchObject({
      state: 'NOT_RECORDED',
      basis: null,
      hasActivePartnership: false,
      activePartnerships: 0,
      boardMember: null,
      evidenceCount: 0,
    });
    expect(partner('LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({ state: 'NOT_RECORDED', hostProvided: true });
    expect(partner('LA_SEND_TEAM')).toEqual({
      agencyType: 'LA_SEND_TEAM',
      statutory: false,
      state: 'IN_PLACE',
      basis: 'PARTNERSHIP',
      hostProvided: false,
      hasActivePartnership: true,
      activePartnerships: 1,
      ceasedPartnerships: 0,
      boardMember: null,
      placedFte: 0.5,
      placedStaff: 1,
      staffPractising: 1,
      staffWithoutNamedEmployer: 0,
      currentAgreement: true,
      evidenceCount: 2,
      acceptedEvidenceCount: 1,
      criteriaEvidenced: 2,
    });
    expect(partner('SPEECH_AND_LANGUAGE_THERAPY')).toMatchObject({
      state: 'IN_PLACE',
      basis: 'PLACED_STAFF',
      hasActivePartnership: false,
      placedStaff: 0,
      staffPractising: 1,
    });
    expect(partner('CAMHS')).toMatchObject({ state: 'RECORDED_ABSENT', basis: 'RECORDED_ABSENCE' });
    expect(partner('SCHOOL')).toMatchObject({ hasActivePartnership: true, evidenceCount: 0, currentAgreement: false });
  });

  it("coverage moves with asOf: the day after A1's review date it lapses and SALT starts", async () => {
    const onDue = await hub.exec(YotCoverageDocument, { code: FIXTURE_CODE, asOf: '2024-06-30' });
    const after = await hub.exec(YotCoverageDocument, { code: FIXTURE_CODE, asOf: '2024-07-01' });
    const police = (r: typeof onDue) => r.data!.yot!.coverage.partners.find((p) => p.agencyType === 'POLICE')!;
    expect(police(onDue).currentAgreement).toBe(true);
    expect(police(after).currentAgreement).toBe(false);
    expect(onDue.data!.yot!.coverage.agreementCoverage).toBe(0.5);
    expect(after.data!.yot!.coverage).toMatchObject({ agreementCoverage: 0, partnerCoverage: 0.3846 }); // 5 / 13 with SALT
    const before = await hub.exec(CoverageDocument, { filter, asOf: '2024-03-31' });
    expect(
      before.data!.coverage.nodes[0].partners.find((p) => p.agencyType === 'HEALTH_COMMISSIONER')!.hasActivePartnership,
    ).toBe(true);
  });

  it('criterionCoverage: counts, contributors, triangulation, latest date, rating and gap per criterion', async () => {
    const { data, errors } = await hub.exec(CriterionCoverageDocument, { yotCode: FIXTURE_CODE, asOf: AS_OF });
    expect(errors).toBeUndefined();
    const by = Object.fromEntries(data!.criterionCoverage!.map((c) => [c.criterion.code, c]));
    expect(data!.criterionCoverage!.map((c) => c.criterion.code)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
      'S9',
      'S10',
    ]);
    expect(by.S1).toEqual({
      criterion: { code: 'S1' },
      evidenceCount: 2,
      acceptedEvidenceCount: 1,
      contributingAgencyTypes: ['LA_SEND_TEAM', 'POLICE'],
      triangulated: true,
      latestEvidenceOn: '2024-02-01',
      score: 9,
      band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
      gap: false,
    });
    expect(by.S2).toEqual({
      criterion: { code: 'S2' },
      evidenceCount: 2,
      acceptedEvidenceCount: 2,
      contributingAgencyTypes: ['LA_SEND_TEAM', 'POLICE', 'PROBATION'],
      triangulated: true,
      latestEvidenceOn: '2024-03-01',
      score: 10,
      band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
      gap: false,
    });
    expect(by.S3).toEqual({
      criterion: { code: 'S3' },
      evidenceCount: 0,
      acceptedEvidenceCount: 0,
      contributingAgencyTypes: [],
      triangulated: false,
      latestEvidenceOn: null,
      score: 6,
      band: 'ESTABLISHED',
      gap: true,
    });
    expect(by.S4).toMatchObject({
      evidenceCount: 1,
      acceptedEvidenceCount: 1,
      contributingAgencyTypes: [],
      triangulated: false,
      latestEvidenceOn: '2024-05-01',
      band: null,
      gap: true,
    });
    expect(by.S9).toMatchObject({ evidenceCount: 0, gap: true });
    // E6 still counts on its expiry date and stops counting the day after.
    const dayBefore = await hub.exec(CriterionCoverageDocument, { yotCode: FIXTURE_CODE, asOf: '2024-06-29' });
    expect(dayBefore.data!.criterionCoverage!.find((c) => c.criterion.code === 'S9')!.evidenceCount).toBe(1);
  });

  it('coverage.criteria: the same rows as criterionCoverage, for every YOT of the page', async () => {
    const { data, errors } = await hub.exec(CoverageCriteriaDocument, { asOf: AS_OF, first: 10 });
    expect(errors).toBeUndefined();
    expect(data!.coverage.nodes.length).toBeGreaterThanOrEqual(3);
    for (const node of data!.coverage.nodes) {
      const single = await hub.exec(CriterionCoverageDocument, { yotCode: node.yot.code, asOf: AS_OF });
      expect(node.criteria).toEqual(single.data!.criterionCoverage);
    }
    const fixture = data!.coverage.nodes.find((n) => n.yot.code === FIXTURE_CODE)!;
    expect(fixture.criteria.map((c) => c.criterion.code)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
      'S9',
      'S10',
    ]);
    expect(fixture.criteria.some((c) => c.evidenceCount > 0)).toBe(true);
  });

  it('contributionMatrix: which agency types evidence which criteria', async () => {
    const { data } = await hub.exec(ContributionMatrixDocument, { yotCode: FIXTURE_CODE, asOf: AS_OF });
    expect(
      data!.contributionMatrix!.map((c) => [c.agencyType, c.criterion.code, c.evidenceCount, c.acceptedEvidenceCount]),
    ).toEqual([
      ['LA_SEND_TEAM', 'S1', 2, 1],
      ['LA_SEND_TEAM', 'S2', 1, 1],
      ['POLICE', 'S1', 1, 1],
      ['POLICE', 'S2', 1, 1],
      ['PROBATION', 'S2', 1, 1],
    ]);
  });

  it('gaps: every kind, each with a message and the node it concerns', async () => {
    const { data, errors } = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: AS_OF });
    expect(errors).toBeUndefined();
    const gaps = data!.gaps!.map((g) => [g.kind, g.node]);
    expect(gaps).toEqual([
      ['MISSING_EXPECTED_PARTNER', { __typename: 'ExpectedPartner', agencyType: 'CAMHS' }], // recorded absent
      // Nothing recorded either way: unknown, not missing.
      ...[
        'HEALTH_COMMISSIONER',
        'LA_CHILDRENS_SOCIAL_CARE',
        'LA_EDUCATION',
        'EDUCATIONAL_PSYCHOLOGY',
        'VIRTUAL_SCHOOL',
        'FE_COLLEGE',
        'PUPIL_REFERRAL_UNIT',
      ].map((t) => ['PARTNER_NOT_RECORDED', { __typename: 'ExpectedPartner', agencyType: t }]),
      // Staff on 2024-06-30: a police officer, a SEND officer (education nominee), a speech and language therapist
      // placed by a therapy service, not a health body: no health nominee.
      ['STATUTORY_TEAM_ROLE_NOT_RECORDED', { __typename: 'Yot' }],
      ['STATUTORY_TEAM_ROLE_NOT_RECORDED', { __typename: 'Yot' }],
      ['STATUTORY_TEAM_ROLE_NOT_RECORDED', { __typename: 'Yot' }],
      ['AGREEMENT_REVIEW_OVERDUE', { __typename: 'InformationSharingAgreement', title: 'A2' }],
      ['NO_AGREEMENT_WITH_PARTNER', { __typename: 'Partnership', agency: { name: 'Fixture Academy' } }],
      ['NO_AGREEMENT_WITH_PARTNER', { __typename: 'Partnership', agency: { name: 'Fixture Probation' } }],
      ...['S3', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10'].map((code) => [
        'CRITERION_WITHOUT_EVIDENCE',
        { __typename: 'Criterion', code },
      ]),
      ['CRITERION_SINGLE_AGENCY', { __typename: 'Criterion', code: 'S4' }],
      ['EVIDENCE_EXPIRING', { __typename: 'Evidence', title: 'E1' }],
      ['EVIDENCE_AWAITING_REVIEW', { __typename: 'Evidence', title: 'E2' }],
      ['RATING_ABOVE_EVIDENCE', { __typename: 'CriterionRating', criterion: { code: 'S1' } }],
      ['RATING_ABOVE_EVIDENCE', { __typename: 'CriterionRating', criterion: { code: 'S3' } }],
      ['AWARD_EXPIRING', { __typename: 'Assessment', level: 'QUALITY_MARK', validUntil: '2024-09-01' }],
    ]);
    const message = (kind: string) => data!.gaps!.filter((g) => g.kind === kind).map((g) => g.message);
    expect(message('AGREEMENT_REVIEW_OVERDUE')).toEqual(['"A2" was due for review on 2024-01-31.']);
    expect(message('MISSING_EXPECTED_PARTNER')).toEqual([
      'The YOT has recorded that it has no partnership with CAMHS.',
    ]);
    expect(message('STATUTORY_TEAM_ROLE_NOT_RECORDED')).toEqual([
      'No probation officer is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.',
      'No social worker is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.',
      'No health nominee (counting health workers, CAMHS practitioners, and staff placed under a partnership with a health body) is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one. Not recorded: SPEECH_AND_LANGUAGE_THERAPIST staff are in the team, but no partnership with a body that can nominate them (HEALTH_COMMISSIONER, NHS_TRUST, CAMHS, LIAISON_AND_DIVERSION) is recorded, so who nominated them is unknown.',
    ]);
    expect(message('RATING_ABOVE_EVIDENCE')).toEqual([
      'The S1 rating (WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES) no longer cites accepted outcome data or a case study.',
      'The S3 rating (ESTABLISHED) cites "E4", which was withdrawn.',
    ]);
    expect(message('EVIDENCE_EXPIRING')).toEqual(['"E1" expires on 2024-08-15.']);
  });

  it('gaps move with asOf: A1 overdue the day after its review date, the award expired after its last day', async () => {
    const after = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: '2024-07-01' });
    const overdue = after
      .data!.gaps!.filter((g) => g.kind === 'AGREEMENT_REVIEW_OVERDUE')
      .map((g) => (g.node as { title: string }).title);
    expect(overdue).toEqual(['A2', 'A1']);
    const lastDay = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: '2024-09-01' });
    expect(lastDay.data!.gaps!.filter((g) => g.kind.startsWith('AWARD_')).map((g) => g.kind)).toEqual([
      'AWARD_EXPIRING',
    ]);
    const expired = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: '2024-09-02' });
    expect(expired.data!.gaps!.filter((g) => g.kind.startsWith('AWARD_')).map((g) => g.message)).toEqual([
      'The Quality Mark award expired on 2024-09-01; it needs re-verification.',
    ]);
    // E1 expires 2024-08-15: flagged from 90 days before.
    const early = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: '2024-05-16' });
    const expiring = (r: typeof early) =>
      r.data!.gaps!.filter((g) => g.kind === 'EVIDENCE_EXPIRING').map((g) => (g.node as { title: string }).title);
    expect(expiring(early)).toEqual(['E6']); // E6 (expires 2024-06-29) is within 90 days; E1 not yet
    const window = await hub.exec(GapsDocument, { yotCode: FIXTURE_CODE, asOf: '2024-05-17' });
    expect(expiring(window)).toEqual(['E1', 'E6']);
  });

  it('evidence trail: from a criterion to the provider, its partnership, the agreements covering it, and the citing rating', async () => {
    const { data, errors } = await hub.exec(EvidenceTrailDocument, { yotCode: FIXTURE_CODE });
    expect(errors).toBeUndefined();
    const s1 = data!.criteria.find((c) => c.code === 'S1')!.evidence.nodes;
    expect(s1).toEqual([
      {
        title: 'E2',
        providedBy: { name: 'Fixture SEND Team' },
        partnership: { status: 'ACTIVE', agency: { name: 'Fixture SEND Team' } },
        agreements: [{ title: 'A1', isCurrent: true }],
        citedIn: [{ band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES', assessment: { status: 'IN_PROGRESS' } }],
      },
      {
        title: 'E1',
        providedBy: { name: 'Fixture Police' },
        partnership: { status: 'ACTIVE', agency: { name: 'Fixture Police' } },
        agreements: [{ title: 'A1', isCurrent: true }],
        citedIn: [],
      },
    ]);
    const s2 = data!.criteria.find((c) => c.code === 'S2')!.evidence.nodes.find((e) => e.title === 'E3')!;
    expect(s2).toMatchObject({
      providedBy: { name: 'Fixture Probation' },
      agreements: [{ title: 'A2', isCurrent: false }],
    });
  });

  it('answers NOT_FOUND for an unknown YOT', async () => {
    expectError((await hub.exec(GapsDocument, { yotCode: 'E00000000' })).errors, 'NOT_FOUND', ['gaps']);
    expectError((await hub.exec(CriterionCoverageDocument, { yotCode: 'E00000000' })).errors, 'NOT_FOUND', [
      'criterionCoverage',
    ]);
  });
});

describe('coverage at scale', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await addSyntheticYots(hub.dataSource, 38); // 40 YOTs with the seeded two
  });
  afterAll(() => hub.close());

  it('costs the same number of SQL statements for 3 YOTs as for 40', async () => {
    const three = await hub.count(CoverageDocument, { first: 3, asOf: AS_OF });
    const forty = await hub.count(CoverageDocument, { first: 40, asOf: AS_OF });
    expect(three.result.errors).toBeUndefined();
    expect(forty.result.data!.coverage.nodes).toHaveLength(40);
    expect(forty.statements).toBe(three.statements);
    // Cold: the YOT page and count, the framework, the revision, the coverage store (valid rows), the coverage
    // statement for the rest, and storing what it computed.
    expect(forty.statements).toBeLessThanOrEqual(9);
  });

  it('gives every YOT of a page its criteria in a fixed number of statements, 3 YOTs or 40', async () => {
    const three = await hub.count(CoverageCriteriaDocument, { first: 3, asOf: AS_OF });
    const forty = await hub.count(CoverageCriteriaDocument, { first: 40, asOf: AS_OF });
    expect(forty.result.errors).toBeUndefined();
    expect(forty.result.data!.coverage.nodes.every((n) => n.criteria.length === 10)).toBe(true);
    expect(forty.statements).toBe(three.statements);
    // YOT page + count, framework, the criterion counts, contributors and ratings, the YOTs and the criteria.
    expect(forty.statements).toBeLessThanOrEqual(8);
  });

  it('rolls the totals up by region, as sums of the YOT figures', async () => {
    const { data } = await hub.exec(CoverageByRegionDocument, { asOf: AS_OF });
    expect(data!.coverageByRegion.map((r) => [r.region, r.yots])).toEqual([
      ['London', 1],
      ['North West', 1],
      ['Test North', 19],
      ['Test South', 19],
    ]);
    const north = data!.coverageByRegion.find((r) => r.region === 'Test North')!;
    // Each synthetic YOT: police and SEND team active (school ended), both with placed staff, no agreements.
    expect(north).toMatchObject({
      expectedPartners: 19 * 13,
      partnersWithActivePartnership: 19 * 2,
      partnerCoverage: 0.1538,
      statutoryPartnerCoverage: 0.2,
      coLocationRatio: 1,
      agreementCoverage: 0,
      yotsWithCurrentAward: 0,
      yotsDueReverification: 0,
    });
    const london = data!.coverageByRegion.find((r) => r.region === 'London')!;
    // Barnet: its award has no recorded date, so it is not counted as current (nor as lapsed).
    expect(london).toMatchObject({
      partnersWithActivePartnership: 6,
      partnersInPlace: 10,
      partnersNotRecorded: 3,
      yotsWithCurrentAward: 0,
      yotsWithAwardOfUnknownDate: 1,
    });
    const northWest = data!.coverageByRegion.find((r) => r.region === 'North West')!;
    expect(northWest).toMatchObject({
      partnersInPlace: 4,
      partnersCeased: 2,
      partnersNotRecorded: 7,
      coLocationRatio: 0.25,
      yotsWithAwardOfUnknownDate: 1,
    });
    const filtered = await hub.exec(CoverageByRegionDocument, { asOf: AS_OF, filter: { nation: 'WALES' } });
    expect(filtered.data!.coverageByRegion.map((r) => [r.region, r.yots])).toEqual([
      ['Test North', 4],
      ['Test South', 3],
    ]);
  });
});

describe("award gaps follow the award's state", () => {
  let hub: TestHub;
  const CODE = 'E06000098';
  /** Writes like every writer: in one transaction that moves the data revision on, so cached views are not served. */
  const write = (work: (db: EntityManager) => Promise<unknown>) =>
    hub.dataSource.transaction(async (db) => (await bumpRevision(db), work(db)));
  let award: Assessment;
  beforeAll(async () => {
    hub = await startTestHub();
    await write(async (db) => {
      const yot = await db.getRepository(Yot).save({
        code: CODE,
        name: 'Lapsedshire Youth Justice Service',
        localAuthorities: ['Lapsedshire'],
        region: 'Test Region',
        nation: Nation.ENGLAND,
      });
      const framework = await db.getRepository(Framework).findOneByOrFail({ current: true });
      award = await db.getRepository(Assessment).save({
        yotId: yot.id,
        frameworkId: framework.id,
        level: AwardLevel.QUALITY_MARK,
        kind: AssessmentKind.INITIAL,
        status: AssessmentStatus.AWARDED,
        decidedOn: '2019-01-15',
        validUntil: '2022-01-15',
        commendations: [],
      });
    });
  });
  afterAll(() => hub.close());
  const awardGaps = async (asOf: string) =>
    (await hub.exec(GapsDocument, { yotCode: CODE, asOf }))
      .data!.gaps!.filter((g) =>
        ['AWARD_EXPIRING', 'AWARD_EXPIRED', 'REDESIGNATION_OVERDUE', 'AWARD_DATE_UNKNOWN'].includes(g.kind),
      )
      .map((g) => [g.kind, g.message]);

  it('warns in the last six months, then reports the award expired and its redesignation overdue', async () => {
    expect(await awardGaps('2021-06-30')).toEqual([]);
    expect(await awardGaps('2021-09-01')).toEqual([
      ['AWARD_EXPIRING', 'The Quality Mark award expires on 2022-01-15; start re-verification.'],
    ]);
    expect(await awardGaps('2022-01-16')).toEqual([
      ['AWARD_EXPIRED', 'The Quality Mark award expired on 2022-01-15; it needs re-verification.'],
      [
        'REDESIGNATION_OVERDUE',
        'No redesignation of the Quality Mark award is recorded, though its three years ended on 2022-01-15.',
      ],
    ]);
  });

  it('stops calling the redesignation overdue once one is under way', async () => {
    await write((db) =>
      db.getRepository(Assessment).save({
        yotId: award.yotId,
        frameworkId: award.frameworkId,
        level: AwardLevel.QUALITY_MARK,
        kind: AssessmentKind.REDESIGNATION,
        status: AssessmentStatus.IN_PROGRESS,
        baselineAssessmentId: award.id,
        commendations: [],
      }),
    );
    expect(await awardGaps('2022-01-16')).toEqual([
      ['AWARD_EXPIRED', 'The Quality Mark award expired on 2022-01-15; it needs re-verification.'],
    ]);
  });

  it('says an award of unknown date is unknown, not current, once its redesignation is awarded without a date', async () => {
    await write((db) =>
      db
        .getRepository(Assessment)
        .update({ yotId: award.yotId, kind: AssessmentKind.REDESIGNATION }, { status: AssessmentStatus.AWARDED }),
    );
    expect(await awardGaps('2023-01-01')).toEqual([
      [
        'AWARD_DATE_UNKNOWN',
        'The Quality Mark award has no recorded decision date, so whether it is current is unknown; record the date from its award letter.',
      ],
    ]);
    const { data } = await hub.exec(CoverageDocument, { filter: { codes: [CODE] }, asOf: '2023-01-01' });
    expect(data!.coverage.nodes[0].award).toMatchObject({ state: 'UNKNOWN', current: false, validUntil: null });
    // Within the first award's validity, that award is the current one.
    const during = await hub.exec(CoverageDocument, { filter: { codes: [CODE] }, asOf: '2020-01-01' });
    expect(during.data!.coverage.nodes[0].award).toMatchObject({
      state: 'CURRENT',
      current: true,
      validUntil: '2022-01-15',
    });
  });
});
