import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RecordPartnerAbsenceDocument,
  TruthfulFrameworkDocument,
  UpdateYotHostsDocument,
  TruthfulSourcesDocument,
  TruthfulYotDocument,
  WithdrawPartnerAbsenceDocument,
  type TruthfulYotQuery,
} from './generated/graphql';
import { expectError } from './support/expect';
import { TestHub } from './support/hub';
import { postGraphQL, serveOverHttp } from './support/http';

const KNOWSLEY = 'E08000011';
const BARNET = 'E09000003';
const ADMIN_TOKEN = 'truthful-views-admin-token';
const THE_TWO_DOCUMENTS = ['knowsley-quality-lead-award', 'barnet-quality-lead-award'];

type Yot = NonNullable<TruthfulYotQuery['yot']>;

/** The seeded views asked over HTTP, as a dashboard, an assessor and an analyst would (issue 14's "Done when"). */
describe('views that tell the truth about the two seeded services', () => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    ({ hub, url } = await serveOverHttp({ config: { adminToken: ADMIN_TOKEN, anonymousRole: 'ANALYST' } }));
  });
  afterAll(() => hub.close());

  /** POST /graphql as a client sends it: anonymous (an analyst here) or with a bearer token. */
  async function send<TData, TVars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: TVars,
    token?: string,
  ): Promise<{ data?: TData | null; errors?: GraphQLFormattedError[] }> {
    return (await postGraphQL(url, document, { variables, token })).body;
  }
  const view = async (code: string, asOf?: string) => {
    const result = await send(TruthfulYotDocument, { code, asOf });
    expect(result.errors).toBeUndefined();
    return { yot: result.data!.yot!, gaps: result.data!.gaps! };
  };
  const partner = (yot: Yot, type: string) => yot.coverage.partners.find((p) => p.agencyType === type)!;
  const kinds = (gaps: { kind: string }[]) => gaps.map((g) => g.kind);

  describe('Barnet: the council runs its service', () => {
    it('has its council as host authority, whose social care and education are in place, never a missing partner', async () => {
      const { yot, gaps } = await view(BARNET);
      expect(yot.hostAuthorities).toEqual([
        {
          id: expect.any(String),
          name: 'Barnet Council',
          type: 'LOCAL_AUTHORITY',
          basis: 'STATED',
          sourceDocument: { key: 'barnet-quality-lead-award' },
        },
      ]);
      // Its social workers are the council's own (YOT_EMPLOYED): own staff, never "employer not named".
      expect(partner(yot, 'LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({
        statutory: true,
        hostProvided: true,
        state: 'IN_PLACE',
        basis: 'OWN_STAFF',
        hasActivePartnership: false,
        placedStaff: 0,
        staffWithoutNamedEmployer: 0,
      });
      expect(yot.statutoryTeam.find((m) => m.member === 'SOCIAL_WORKER')).toMatchObject({
        recorded: true,
        staffWithoutNamedEmployer: 0,
      });
      expect(partner(yot, 'LA_EDUCATION')).toMatchObject({
        statutory: true,
        hostProvided: true,
        state: 'IN_PLACE',
        basis: 'HOST_AUTHORITY',
      });
      expect(kinds(gaps)).not.toContain('MISSING_STATUTORY_PARTNER');
      expect(kinds(gaps)).not.toContain('MISSING_EXPECTED_PARTNER');
    });

    it('reports its unnamed health body as not recorded, not missing, and says what its ratios were computed over', async () => {
      const { yot, gaps } = await view(BARNET);
      expect(partner(yot, 'HEALTH_COMMISSIONER')).toMatchObject({
        state: 'NOT_RECORDED',
        basis: null,
        hasActivePartnership: false,
      });
      const health = gaps.filter((g) => g.kind === 'PARTNER_NOT_RECORDED' && g.message.includes('health commissioner'));
      expect(health.map((g) => g.message)).toEqual([
        'Nothing is recorded about a health commissioner (ICB or Local Health Board), a statutory YOT partner: no partnership, no staff and no recorded absence.',
      ]);
      expect(yot.coverage).toMatchObject({
        expectedPartners: 13,
        partnersInPlace: 10, // police, probation, social care, education, SEND team, SaLT, ed psych, virtual school, schools, PRU
        partnersNotRecorded: 3, // health commissioner, CAMHS, college
        partnersRecordedAbsent: 0,
        partnersCeased: 0,
        partnerCoverage: 0.7692, // 10 / 13
        knownPartnerCoverage: 1, // 10 / 10 known
        statutoryPartnerCoverage: 0.8, // 4 / 5: the health commissioner is not recorded
      });
      const statutory = yot.coverage.ratios.find((r) => r.kind === 'STATUTORY_PARTNER')!;
      expect(statutory).toMatchObject({ value: 0.8, numerator: 4, denominator: 5, knownCount: 4 });
      expect(statutory.computedOver).toContain('out of the statutory types');
    });

    it('counts its therapists and psychologists for their types though no employer is named, and says so', async () => {
      const { yot, gaps } = await view(BARNET);
      for (const type of ['SPEECH_AND_LANGUAGE_THERAPY', 'EDUCATIONAL_PSYCHOLOGY']) {
        expect(partner(yot, type)).toMatchObject({
          state: 'IN_PLACE',
          basis: 'PLACED_STAFF',
          hasActivePartnership: false,
          placedStaff: 0,
          staffPractising: 1,
          staffWithoutNamedEmployer: 1,
        });
        expect(
          gaps.some((g) =>
            g.message.includes(
              type === 'EDUCATIONAL_PSYCHOLOGY' ? 'educational psychology' : 'speech and language therapy',
            ),
          ),
        ).toBe(false);
      }
      expect(yot.coverage.coLocationRatio).toBe(0.2); // police and probation staff of the 10 types in place: the others' employer is unknown
    });

    it('records its social workers and youth justice officers as its own (YOT-employed) staff, marked as inferred', async () => {
      const { yot } = await view(BARNET);
      const own = yot.staffPlacements.filter((s) => s.arrangement === 'YOT_EMPLOYED');
      expect(own).toEqual([
        { role: 'SOCIAL_WORKER', arrangement: 'YOT_EMPLOYED', basis: 'INFERRED', agency: null },
        { role: 'YOUTH_JUSTICE_OFFICER', arrangement: 'YOT_EMPLOYED', basis: 'INFERRED', agency: null },
      ]);
      expect(yot.staffPlacements.filter((s) => s.arrangement === 'CO_LOCATED').map((s) => s.role)).toEqual([
        'POLICE_OFFICER',
        'PROBATION_OFFICER',
      ]);
      expect(yot.staffPlacements.filter((s) => s.arrangement === 'EMPLOYER_UNKNOWN').map((s) => s.role)).toEqual([
        'FORENSIC_PSYCHOLOGIST',
        'SPEECH_AND_LANGUAGE_THERAPIST',
        'EDUCATIONAL_PSYCHOLOGIST',
        'YOUTH_WORKER',
        'RESTORATIVE_JUSTICE_WORKER',
      ]);
    });

    it('has three members of the s.39(5) team; its therapist and psychologist, employer not named, are not taken for the nominees', async () => {
      const { yot, gaps } = await view(BARNET);
      expect(yot.statutoryTeam.map((m) => [m.member, m.recorded, m.rolesFound, m.staffNotCounted])).toEqual([
        ['PROBATION_OFFICER', true, ['PROBATION_OFFICER'], 0],
        ['SOCIAL_WORKER', true, ['SOCIAL_WORKER'], 0],
        ['POLICE_OFFICER', true, ['POLICE_OFFICER'], 0],
        ['HEALTH_NOMINEE', false, [], 1],
        ['EDUCATION_NOMINEE', false, [], 1],
      ]);
      const health = yot.statutoryTeam.find((m) => m.member === 'HEALTH_NOMINEE')!;
      expect(health.countingEmployerTypes).toEqual([
        'HEALTH_COMMISSIONER',
        'NHS_TRUST',
        'CAMHS',
        'LIAISON_AND_DIVERSION',
      ]);
      expect(health.basis).toContain(
        'SPEECH_AND_LANGUAGE_THERAPIST staff are in the team, but no partnership with a body that can nominate them',
      );
      const team = gaps.filter((g) => g.kind === 'STATUTORY_TEAM_ROLE_NOT_RECORDED').map((g) => g.message);
      expect(team).toHaveLength(2);
      expect(team[0]).toContain('No health nominee');
      expect(team[1]).toContain('EDUCATIONAL_PSYCHOLOGIST staff are in the team');
    });

    it('holds an award whose date is unknown: not current, and said so', async () => {
      const { yot, gaps } = await view(BARNET);
      expect(yot.coverage.award).toMatchObject({
        state: 'UNKNOWN',
        current: false,
        validUntil: null,
        reverificationDue: null,
      });
      expect(gaps.filter((g) => g.kind.startsWith('AWARD_')).map((g) => g.kind)).toEqual(['AWARD_DATE_UNKNOWN']);
    });
  });

  describe('Knowsley: organisations changed and the award expired', () => {
    it("dates its 2019 Quality Lead award to September 2019 from AfA's update, expired at the end of September 2022", async () => {
      const { yot } = await view(KNOWSLEY);
      const [initial, redesignation] = yot.assessments;
      expect(initial).toMatchObject({
        kind: 'INITIAL',
        level: 'QUALITY_LEAD',
        status: 'AWARDED',
        decidedOn: '2019-09-01',
        decidedOnPrecision: 'MONTH',
        validUntil: '2022-09-30',
        awardState: 'EXPIRED',
        sourceDocument: { key: 'knowsley-quality-lead-award' },
        dateSource: {
          key: 'afa-yj-update-sept-2019',
          title: 'YJ update Sept 2019',
          publisher: 'Achievement for All',
          url: 'https://afaeducation.org/news/yj-update-sept2019/',
        },
      });
      // The later redesignation is recorded as reported, with no invented date.
      expect(redesignation).toMatchObject({
        kind: 'REDESIGNATION',
        commendations: ['CHILD_FIRST'],
        decidedOn: null,
        validUntil: null,
        awardState: 'UNKNOWN',
        sourceDocument: { key: 'microlink-knowsley-area-partnership' },
        dateSource: null,
      });
      expect(yot.coverage.award).toMatchObject({
        state: 'UNKNOWN',
        current: false,
        assessment: { kind: 'REDESIGNATION' },
      });
    });

    it('was current within its three years, expiring in its last six months', async () => {
      const during = await view(KNOWSLEY, '2021-01-01');
      expect(during.yot.coverage.award).toMatchObject({
        state: 'CURRENT',
        current: true,
        validUntil: '2022-09-30',
        validUntilPrecision: 'MONTH',
        reverificationDue: false,
        assessment: { kind: 'INITIAL' },
      });
      const late = await view(KNOWSLEY, '2022-06-01');
      expect(late.gaps.filter((g) => g.kind.startsWith('AWARD_')).map((g) => g.message)).toEqual([
        'The Quality Lead award expires at the end of September 2022; start re-verification.',
      ]);
    });

    it('reads the month-precise dates cautiously: unknown in the decision month and in the expiry month', async () => {
      const stateOn = async (asOf: string) => {
        const { yot, gaps } = await view(KNOWSLEY, asOf);
        return {
          initial: yot.assessments[0].awardState,
          award: yot.coverage.award?.state ?? null,
          gaps: kinds(gaps).filter((k) => k.startsWith('AWARD_')),
        };
      };
      expect(await stateOn('2019-09-01')).toMatchObject({
        initial: 'UNKNOWN',
        award: 'UNKNOWN',
        gaps: ['AWARD_DATE_UNKNOWN'],
      });
      expect(await stateOn('2019-09-30')).toMatchObject({ initial: 'UNKNOWN', award: 'UNKNOWN' });
      expect(await stateOn('2019-10-01')).toMatchObject({ initial: 'CURRENT', award: 'CURRENT', gaps: [] });
      expect(await stateOn('2022-08-31')).toMatchObject({ initial: 'CURRENT', award: 'CURRENT' });
      expect(await stateOn('2022-09-01')).toMatchObject({ initial: 'UNKNOWN' });
      expect(await stateOn('2022-10-01')).toMatchObject({ initial: 'EXPIRED' });
      const { gaps } = await view(KNOWSLEY, '2019-09-15');
      expect(gaps.find((g) => g.kind === 'AWARD_DATE_UNKNOWN')!.message).toContain('dated to the month only');
    });

    it('does not date its undated redesignation before the 2019 award it redesignates', async () => {
      for (const asOf of ['2018-01-01', '2019-08-31']) {
        const { yot, gaps } = await view(KNOWSLEY, asOf);
        expect(yot.assessments.map((a) => a.awardState)).toEqual([null, null]);
        expect(yot.coverage.award).toBeNull();
        expect(kinds(gaps)).not.toContain('AWARD_DATE_UNKNOWN');
      }
    });

    it('shows the CCG, the National Probation Service and the NHS trust as ceased, with their successors and sources', async () => {
      const { yot, gaps } = await view(KNOWSLEY);
      const ceased = yot.partnerships
        .filter((p) => p.standing === 'PARTNER_CEASED')
        .map((p) => [p.agency.name, p.agency.ceasedOn, p.agency.successor?.name, p.agency.ceasedSource?.url]);
      expect(ceased).toEqual([
        [
          'Knowsley CCG',
          '2022-07-01',
          'NHS Cheshire and Merseyside ICB',
          'https://www.landmarkchambers.co.uk/news-and-cases/clinical-commissioning-groups-are-now-abolished-and-are-replaced-with-integrated-care-boards',
        ],
        [
          'National Probation Service',
          '2021-06-26',
          'Probation Service',
          'https://commonslibrary.parliament.uk/research-briefings/cbp-9252/',
        ],
        [
          'North West Boroughs Healthcare NHS Foundation Trust',
          '2021-06-01',
          'Mersey Care NHS Foundation Trust',
          'https://www.merseycare.nhs.uk/nwbh-publications-reports',
        ],
      ]);
      expect(partner(yot, 'HEALTH_COMMISSIONER')).toMatchObject({
        state: 'CEASED',
        basis: 'CEASED_BODY',
        hasActivePartnership: false,
        ceasedPartnerships: 1,
      });
      expect(partner(yot, 'PROBATION')).toMatchObject({ state: 'CEASED', ceasedPartnerships: 1 });
      expect(gaps.filter((g) => g.kind === 'PARTNER_CEASED').map((g) => [g.node.__typename, g.message])).toEqual([
        [
          'Partnership',
          'Knowsley CCG ceased on 2022-07-01; its successor NHS Cheshire and Merseyside ICB is recorded, but no partnership with it.',
        ],
        [
          'Partnership',
          'National Probation Service ceased on 2021-06-26; its successor Probation Service is recorded, but no partnership with it.',
        ],
        [
          'Partnership',
          'North West Boroughs Healthcare NHS Foundation Trust ceased on 2021-06-01; its successor Mersey Care NHS Foundation Trust is recorded, but no partnership with it.',
        ],
      ]);
    });

    it('showed the same partnerships as active before the bodies changed', async () => {
      const { yot, gaps } = await view(KNOWSLEY, '2021-05-31');
      expect(yot.partnerships.map((p) => p.standing)).toEqual([
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
      ]);
      expect(partner(yot, 'HEALTH_COMMISSIONER')).toMatchObject({ state: 'IN_PLACE', basis: 'PARTNERSHIP' });
      expect(kinds(gaps)).not.toContain('PARTNER_CEASED');
    });

    it('counts its co-located staff of unknown employer: co-location above 0, as a stated lower bound', async () => {
      const { yot } = await view(KNOWSLEY);
      expect(yot.coverage.partnerStaffOfUnknownType).toBe(1);
      expect(yot.coverage.coLocationRatio).toBe(0.25); // at least one of the 4 types in place
      const coLocation = yot.coverage.ratios.find((r) => r.kind === 'CO_LOCATION')!;
      expect(coLocation).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
      expect(coLocation.computedOver).toContain('unknown type count as one type at least');
    });

    it('keeps not recorded, ceased and in place apart in coverage and gaps, with the council as host', async () => {
      const { yot, gaps } = await view(KNOWSLEY);
      expect(yot.hostAuthorities.map((h) => h.name)).toEqual(['Knowsley Council']);
      expect(yot.partnerships.map((p) => p.agency.name)).not.toContain('Knowsley Council');
      expect(yot.coverage).toMatchObject({
        partnersInPlace: 4,
        partnersCeased: 2,
        partnersNotRecorded: 7,
        partnersRecordedAbsent: 0,
        partnerCoverage: 0.3077,
        knownPartnerCoverage: 0.6667,
        statutoryPartnerCoverage: 0.6,
      });
      expect(partner(yot, 'LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({ state: 'IN_PLACE', basis: 'HOST_AUTHORITY' });
      expect(gaps.filter((g) => g.kind === 'PARTNER_NOT_RECORDED')).toHaveLength(7);
      expect(kinds(gaps)).not.toContain('MISSING_STATUTORY_PARTNER');
      // Its article names no team roles: all five s.39(5) members are not recorded (which is not to say absent).
      expect(yot.statutoryTeam.every((m) => !m.recorded)).toBe(true);
      expect(gaps.filter((g) => g.kind === 'STATUTORY_TEAM_ROLE_NOT_RECORDED').map((g) => g.message)).toContain(
        'No probation officer is recorded in the team; the Crime and Disorder Act 1998 s.39(5) requires one.',
      );
    });
  });

  describe('host authorities', () => {
    it("are set as a whole by updateYot, only from local authorities, and decide whether the council's services are the YOT's own", async () => {
      const { yot } = await view(KNOWSLEY);
      const council = yot.hostAuthorities[0];
      const police = yot.partnerships.find((p) => p.agency.type === 'POLICE')!.agency;
      const wrong = await send(
        UpdateYotHostsDocument,
        { input: { id: yot.id, expectedVersion: yot.version, hostAuthorityIds: [council.id, police.id] } },
        ADMIN_TOKEN,
      );
      const error = expectError(wrong.errors, 'BAD_USER_INPUT', ['updateYot']);
      expect(error.extensions).toMatchObject({ field: 'input.hostAuthorityIds[1]' });

      const none = await send(
        UpdateYotHostsDocument,
        { input: { id: yot.id, expectedVersion: yot.version, hostAuthorityIds: [] } },
        ADMIN_TOKEN,
      );
      expect(none.errors).toBeUndefined();
      expect(none.data!.updateYot!.yot.hostAuthorities).toEqual([]);
      // With no host recorded, the council's social care is not known to be the YOT's own: not recorded.
      expect(partner((await view(KNOWSLEY)).yot, 'LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({
        state: 'NOT_RECORDED',
        hostProvided: true,
      });

      const back = await send(
        UpdateYotHostsDocument,
        { input: { id: yot.id, expectedVersion: none.data!.updateYot!.yot.version, hostAuthorityIds: [council.id] } },
        ADMIN_TOKEN,
      );
      expect(back.data!.updateYot!.yot.hostAuthorities).toEqual([{ name: 'Knowsley Council' }]);
      expect(partner((await view(KNOWSLEY)).yot, 'LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({
        state: 'IN_PLACE',
        basis: 'HOST_AUTHORITY',
      });
      const events: { changes: unknown }[] = await hub.dataSource.query(
        `SELECT changes FROM audit_event WHERE action = 'updateYot' ORDER BY id`,
      );
      expect(events.filter((e) => JSON.stringify(e.changes).includes('hostAuthorityIds'))).toHaveLength(2);
    });
  });

  describe('recording an absence', () => {
    it('turns a type nothing was recorded about into recorded absent, audited, until withdrawn', async () => {
      const { yot } = await view(KNOWSLEY);
      const refused = await send(RecordPartnerAbsenceDocument, {
        input: { yotId: yot.id, agencyType: 'CAMHS', note: 'No CAMHS worker.' },
      });
      expectError(refused.errors, 'FORBIDDEN', ['recordPartnerAbsence']);

      const recorded = await send(
        RecordPartnerAbsenceDocument,
        {
          input: {
            yotId: yot.id,
            agencyType: 'CAMHS',
            startedOn: '2024-04-01',
            note: 'No CAMHS worker since the post was cut.',
          },
        },
        ADMIN_TOKEN,
      );
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordPartnerAbsence!.partnerAbsence).toMatchObject({
        agencyType: 'CAMHS',
        startedOn: '2024-04-01',
        endedOn: null,
        recordedBy: 'admin-token',
      });
      const after = await view(KNOWSLEY);
      expect(partner(after.yot, 'CAMHS')).toMatchObject({ state: 'RECORDED_ABSENT', basis: 'RECORDED_ABSENCE' });
      expect(after.yot.coverage).toMatchObject({
        partnersRecordedAbsent: 1,
        partnersNotRecorded: 6,
        knownPartnerCoverage: 0.5714,
      }); // 4 in place of 7 known
      expect(after.gaps.filter((g) => g.kind === 'MISSING_EXPECTED_PARTNER').map((g) => g.message)).toEqual([
        'The YOT has recorded that it has no partnership with CAMHS.',
      ]);
      // Before its start date the absence did not hold.
      expect(partner((await view(KNOWSLEY, '2024-03-31')).yot, 'CAMHS').state).toBe('NOT_RECORDED');

      const again = await send(
        RecordPartnerAbsenceDocument,
        { input: { yotId: yot.id, agencyType: 'CAMHS', note: 'Still none.' } },
        ADMIN_TOKEN,
      );
      expectError(again.errors, 'CONFLICT', ['recordPartnerAbsence']);
      const contradicting = await send(
        RecordPartnerAbsenceDocument,
        { input: { yotId: yot.id, agencyType: 'POLICE', note: 'No police.' } },
        ADMIN_TOKEN,
      );
      expectError(contradicting.errors, 'CONFLICT', ['recordPartnerAbsence']);
      const blank = await send(
        RecordPartnerAbsenceDocument,
        { input: { yotId: yot.id, agencyType: 'SCHOOL', note: '' } },
        ADMIN_TOKEN,
      );
      expectError(blank.errors, 'BAD_USER_INPUT', ['recordPartnerAbsence']);

      const { id, version } = recorded.data!.recordPartnerAbsence!.partnerAbsence;
      const early = await send(
        WithdrawPartnerAbsenceDocument,
        { input: { id, expectedVersion: version, endedOn: '2024-03-01' } },
        ADMIN_TOKEN,
      );
      expectError(early.errors, 'BAD_USER_INPUT', ['withdrawPartnerAbsence']);
      const withdrawn = await send(
        WithdrawPartnerAbsenceDocument,
        { input: { id, expectedVersion: version, endedOn: '2024-12-31' } },
        ADMIN_TOKEN,
      );
      expect(withdrawn.errors).toBeUndefined();
      expect(partner((await view(KNOWSLEY)).yot, 'CAMHS').state).toBe('NOT_RECORDED');
      expect(partner((await view(KNOWSLEY, '2024-12-31')).yot, 'CAMHS').state).toBe('RECORDED_ABSENT');
      const [trail] = await hub.dataSource.query(
        `SELECT COUNT(*) AS n FROM audit_event WHERE "entityType" = 'PartnerAbsence'`,
      );
      expect(Number(trail.n)).toBe(2);
    });
  });

  describe('sources and inferences', () => {
    it('cites a public source with an address for every agency not named in the two documents, and marks inferences', async () => {
      const { data, errors } = await send(TruthfulSourcesDocument, {});
      expect(errors).toBeUndefined();
      for (const a of data!.agencies.nodes) {
        if (THE_TWO_DOCUMENTS.includes(a.sourceDocument!.key)) expect(a.sourceDocument!.file).toMatch(/\.txt$/);
        else expect([a.name, a.sourceDocument!.url]).toEqual([a.name, expect.stringMatching(/^https:\/\//)]);
        if (a.ceasedSource) expect(a.ceasedSource.url).toMatch(/^https:\/\//);
      }
      const basis = Object.fromEntries(data!.agencies.nodes.map((a) => [a.name, a.basis]));
      expect(basis).toMatchObject({
        'Merseyside Police': 'INFERRED',
        'Metropolitan Police Service': 'INFERRED',
        'Probation Service (London)': 'INFERRED',
        'Knowsley CCG': 'STATED',
        'Barnet Council': 'STATED',
      });
    });

    it('marks as inferred the kind of an award no source calls a first award, and as stated a redesignation a source reports', async () => {
      const kinds = async (code: string) => {
        const { data, errors } = await send(TruthfulYotDocument, { code, asOf: '2026-12-01' });
        expect(errors).toBeUndefined();
        return data!.yot!.assessments.map((a) => [a.kind, a.kindBasis]);
      };
      expect(await kinds('E09000003')).toEqual([['INITIAL', 'INFERRED']]);
      expect(await kinds('E08000011')).toEqual(
        expect.arrayContaining([
          ['INITIAL', 'INFERRED'],
          ['REDESIGNATION', 'STATED'],
        ]),
      );
    });
  });

  describe('the framework', () => {
    it('is the Ten Key Statement Framework, self-rated 0–10 with its two anchors, S1 verbatim from AYM and the rest paraphrased in wording and number', async () => {
      const { data, errors } = await send(TruthfulFrameworkDocument, {});
      expect(errors).toBeUndefined();
      const f = data!.framework!;
      expect(f.name).toContain('Ten Key Statement Framework');
      expect(f.ratingScale).toContain(
        '0 = "inappropriate/inapplicable to our setting", 10 = "case studies of outstanding practice to share"',
      );
      expect(f.description).toContain('relationships, networks, protocols, policy and practice');
      expect(f.sourceDocument).toMatchObject({
        key: 'aym-quality-mark-april-2018',
        url: 'https://aym.org.uk/information-about-the-youth-justice-send-quality-mark-april-2018/',
      });
      expect(f.criteria[0]).toMatchObject({
        code: 'S1',
        wordingSource: 'VERBATIM',
        numberingSource: 'VERBATIM',
        sourceDocument: { key: 'aym-quality-mark-april-2018' },
      });
      for (const c of f.criteria.slice(1)) {
        expect([c.code, c.wordingSource, c.numberingSource]).toEqual([c.code, 'PARAPHRASE', 'PARAPHRASE']);
        expect(c.sourceNote).toContain('wording of statements 2–10 and their numbering were not found');
      }
      expect(f.ratingBands.map((b) => [b.band, b.published])).toEqual([
        ['NOT_EVIDENCED', false],
        ['EMERGING', false],
        ['ESTABLISHED', false],
        ['WIDESPREAD_EFFECTIVE_PRACTICE', false],
        ['WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES', true],
      ]);
      expect(f.ratingBands[0].origin).toContain("hub's own scale");
      expect(f.expectedPartners.filter((p) => p.hostProvided).map((p) => p.agencyType)).toEqual([
        'LA_CHILDRENS_SOCIAL_CARE',
        'LA_EDUCATION',
      ]);
    });
  });
});
