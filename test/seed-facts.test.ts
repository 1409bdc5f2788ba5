import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CriterionTrailDocument, FrameworkDocument, YotByCodeDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

const KNOWSLEY = 'E08000011';
const BARNET = 'E09000003';

describe('the seed data holds every fact of the two award announcements', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  describe('Knowsley Youth Offending Service (000_00b2b2274bd55210.txt)', () => {
    it("is a North West English service traced to Knowsley Council's announcement", async () => {
      const { data, errors } = await hub.exec(YotByCodeDocument, { code: KNOWSLEY });
      expect(errors).toBeUndefined();
      expect(data?.yot).toMatchObject({
        code: KNOWSLEY,
        name: 'Knowsley Youth Offending Service',
        localAuthorities: ['Knowsley'],
        region: 'North West',
        nation: 'ENGLAND',
        sourceDocument: {
          key: 'knowsley-quality-lead-award',
          title: 'Knowsley achieves Youth Justice award',
          publisher: 'Knowsley Council',
          author: 'Gemma Melling',
          file: '000_00b2b2274bd55210.txt',
        },
      });
      expect(data?.yot?.description).toContain('18 months');
    });

    it('names every partner the article names, statutory partners marked; the council is the host, not a partner', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: KNOWSLEY });
      const partners = data!.yot!.partnerships.map((p) => [p.agency.name, p.agency.type, p.statutory]);
      expect(partners).toEqual([
        ['Knowsley pre-16 education', 'LA_EDUCATION', true],
        ['Knowsley post-16 education', 'FE_COLLEGE', false],
        ['Merseyside Police', 'POLICE', true],
        ['Knowsley CCG', 'HEALTH_COMMISSIONER', true],
        ['National Probation Service', 'PROBATION', true],
        ['North West Boroughs Healthcare NHS Foundation Trust', 'NHS_TRUST', false],
        ['Knowsley Parent Carer Voice', 'PARENT_CARER_FORUM', false],
      ]);
      for (const p of data!.yot!.partnerships) {
        expect(p).toMatchObject({ status: 'ACTIVE', startedOn: null, endedOn: null, boardMember: null });
        expect(p.agency.sourceDocument?.key).toBe('knowsley-quality-lead-award');
      }
    });

    it('records co-located staff without inventing their roles or employers', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: KNOWSLEY });
      expect(data!.yot!.staffPlacements).toEqual([
        expect.objectContaining({
          role: 'OTHER',
          arrangement: 'CO_LOCATED',
          fte: null,
          agency: null,
          partnership: null,
          sourceDocument: { key: 'knowsley-quality-lead-award' },
        }),
      ]);
      expect(data!.yot!.staffPlacements[0].notes).toContain('co-located staff');
    });

    it('holds the Quality Lead award with all ten criteria at the Quality Lead band, dated only to the month its public source gives', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: KNOWSLEY });
      const [assessment, redesignation] = data!.yot!.assessments;
      expect(data!.yot!.assessments).toHaveLength(2);
      // The later redesignation (Microlink PC) is recorded without a date or ratings: neither was read.
      expect(redesignation).toMatchObject({
        kind: 'REDESIGNATION',
        status: 'AWARDED',
        commendations: ['CHILD_FIRST'],
        decidedOn: null,
        validUntil: null,
        ratings: [],
        sourceDocument: { key: 'microlink-knowsley-area-partnership' },
      });
      expect(assessment).toMatchObject({
        level: 'QUALITY_LEAD',
        kind: 'INITIAL',
        status: 'AWARDED',
        decidedOn: '2019-09-01', // September 2019 (AfA, "YJ update Sept 2019"), month precision
        validUntil: '2022-09-30',
        commendations: [],
        framework: { code: 'YJ_SEND', validityMonths: 36 },
        sourceDocument: { key: 'knowsley-quality-lead-award' },
      });
      expect(assessment.summary).toContain('leader in this area of youth justice practice');
      expect(assessment.ratings.map((r) => r.criterion.code)).toEqual([
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
      for (const rating of assessment.ratings) {
        expect(rating).toMatchObject({
          band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES',
          score: null,
          sourceDocument: { key: 'knowsley-quality-lead-award' },
        });
        expect(rating.evidence.every((e) => e.reviewState === 'ACCEPTED')).toBe(true);
      }
      const s9 = assessment.ratings.find((r) => r.criterion.code === 'S9')!;
      expect(s9.evidence.map((e) => e.title)).toEqual(['Effective strategic leadership']);
    });

    it('lists the practice features as evidence linked to the criteria they support', async () => {
      const { data } = await hub.exec(CriterionTrailDocument, { yotCode: KNOWSLEY, first: 20 });
      const trail = Object.fromEntries(
        data!.criteria.map((c) => [c.code, c.evidence.nodes.map((e) => e.title).sort()]),
      );
      expect(trail.S1).toEqual(['Sound knowledge of SEND practice across the service, council and wider partnership']);
      expect(trail.S3).toEqual([
        'Effective information exchange between partners',
        'Effective processes at an operational level',
        'Good working relationships led by co-located staff',
      ]);
      expect(trail.S4).toEqual([
        'Effective planning to identify children at risk of entering the criminal justice system',
      ]);
      expect(trail.S5).toEqual([
        'A very effective Knowsley Parent Carer Voice',
        'Additional resources to reduce waiting times on the Neuro Development pathway',
        'Effective engagement with children and families in screening, identification, diagnosis and intervention planning',
        'Knowsley SEND strategy developed in partnership with children, families and partners',
      ]);
      expect(trail.S9).toEqual([
        'Effective strategic leadership',
        'Knowsley SEND strategy developed in partnership with children, families and partners',
      ]);
      expect(trail.S10).toEqual(['Knowsley achieves Youth Justice award']);
      const knowledge = data!.criteria[0].evidence.nodes[0];
      expect(knowledge.agenciesInvolved.map((a) => a.name)).toEqual([
        'Knowsley Council',
        'Knowsley pre-16 education',
        'Knowsley post-16 education',
        'Merseyside Police',
        'Knowsley CCG',
        'National Probation Service',
        'North West Boroughs Healthcare NHS Foundation Trust',
      ]);
      // Cited by the S1 and S2 ratings, the two criteria it supports.
      expect(knowledge.citedIn).toEqual([
        { band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES' },
        { band: 'WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES' },
      ]);
    });
  });

  describe('Barnet Youth Justice Service (004_2a5fbbd87ca39b16.txt)', () => {
    it('works with children aged 10 to 18 and links to its web page', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: BARNET });
      expect(data?.yot).toMatchObject({
        name: 'Barnet Youth Justice Service',
        region: 'London',
        nation: 'ENGLAND',
        minAge: 10,
        maxAge: 18,
        website: 'https://www.barnet.gov.uk/young-people/youth-justice-service',
        sourceDocument: {
          key: 'barnet-quality-lead-award',
          publisher: 'Barnet Council',
          author: null,
          file: '004_2a5fbbd87ca39b16.txt',
        },
      });
      expect(data?.yot?.description).toContain('do not re-offend or cause further harm to the community');
    });

    it("has every role of its co-located multi-agency team; the council's own social workers and youth justice officers are YOT-employed", async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: BARNET });
      expect(data!.yot!.staffPlacements.map((s) => [s.role, s.arrangement, s.agency?.name ?? null])).toEqual([
        ['SOCIAL_WORKER', 'YOT_EMPLOYED', null],
        ['YOUTH_JUSTICE_OFFICER', 'YOT_EMPLOYED', null],
        ['POLICE_OFFICER', 'CO_LOCATED', 'Metropolitan Police Service'],
        ['PROBATION_OFFICER', 'CO_LOCATED', 'Probation Service (London)'],
        ['FORENSIC_PSYCHOLOGIST', 'EMPLOYER_UNKNOWN', null],
        ['SPEECH_AND_LANGUAGE_THERAPIST', 'EMPLOYER_UNKNOWN', null],
        ['EDUCATIONAL_PSYCHOLOGIST', 'EMPLOYER_UNKNOWN', null],
        ['YOUTH_WORKER', 'EMPLOYER_UNKNOWN', null],
        ['RESTORATIVE_JUSTICE_WORKER', 'EMPLOYER_UNKNOWN', null],
      ]);
    });

    it('links to the LA SEND Team, the PRU, the Virtual School and borough schools', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: BARNET });
      expect(data!.yot!.partnerships.map((p) => [p.agency.name, p.agency.type])).toEqual([
        ['Barnet Local Authority SEND Team', 'LA_SEND_TEAM'],
        ['Barnet Pupil Referral Unit', 'PUPIL_REFERRAL_UNIT'],
        ['Barnet Virtual School', 'VIRTUAL_SCHOOL'],
        ['Barnet schools and academies', 'SCHOOL'],
        ['Metropolitan Police Service', 'POLICE'],
        ['Probation Service (London)', 'PROBATION'],
      ]);
      expect(data!.yot!.partnerships[0].notes).toBe(
        'A long-established relationship between the Local Authority SEND Team and the Youth Justice Service.',
      );
    });

    it('holds Quality Lead status with a Child First Commendation and states no ratings', async () => {
      const { data } = await hub.exec(YotByCodeDocument, { code: BARNET });
      expect(data!.yot!.assessments).toEqual([
        expect.objectContaining({
          level: 'QUALITY_LEAD',
          status: 'AWARDED',
          commendations: ['CHILD_FIRST'],
          decidedOn: null,
          ratings: [],
        }),
      ]);
    });

    it('holds the Youth Justice Plan endorsed by the Youth Justice Board, and each listed feature', async () => {
      const { data } = await hub.exec(CriterionTrailDocument, { yotCode: BARNET, first: 20 });
      const all = data!.criteria.flatMap((c) => c.evidence.nodes.map((e) => ({ code: c.code, ...e })));
      const plan = all.find((e) => e.title === 'Barnet Youth Justice Plan')!;
      expect(plan).toMatchObject({
        code: 'S9',
        agenciesInvolved: [{ name: 'Youth Justice Board for England and Wales' }],
      });
      const titles = new Set(all.map((e) => e.title));
      for (const feature of [
        'A long-established relationship between the Local Authority SEND Team and the Youth Justice Service',
        'Co-located, integrated and highly specialised multi-agency team',
        'Strong links to the Pupil Referral Unit, Virtual School and a large number of Borough schools and academies',
        'A clear and sustained commitment to resettlement and after-care',
        "The partnership's child-focused approach (Child First Commendation)",
        "Barnet's Youth Justice Service awarded SEND Quality Lead Status",
      ]) {
        expect(titles).toContain(feature);
      }
      expect(all.every((e) => e.yot.code === BARNET)).toBe(true);
    });
  });

  describe('the framework', () => {
    it('has ten criteria, S1 verbatim (AYM) and the rest marked as paraphrase, and the expected partners', async () => {
      const { data, errors } = await hub.exec(FrameworkDocument, {});
      expect(errors).toBeUndefined();
      const framework = data!.framework!;
      expect(framework).toMatchObject({
        code: 'YJ_SEND',
        version: '1',
        validityMonths: 36,
        current: true,
        developedBy: ['Achievement for All', 'Association of YOT Managers'],
        supportedBy: ['Department for Education', 'Youth Justice Board'],
        sourceDocument: { key: 'aym-quality-mark-april-2018' },
      });
      expect(framework.name).toContain('Ten Key Statement Framework');
      expect(framework.ratingScale).toContain(
        '0 = "inappropriate/inapplicable to our setting", 10 = "case studies of outstanding practice to share"',
      );
      expect(framework.criteria.map((c) => [c.code, c.position, c.wordingSource])).toEqual([
        ['S1', 1, 'VERBATIM'],
        ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [`S${n}`, n, 'PARAPHRASE']),
      ]);
      expect(framework.criteria[0].wording).toBe(
        'All Local Authority SEND Team staff (and others who work regularly with YOTs) have working knowledge of SEND Reform practice in the Youth Justice System.',
      );
      expect(framework.expectedPartners.filter((p) => p.statutory).map((p) => p.agencyType)).toEqual([
        'POLICE',
        'PROBATION',
        'HEALTH_COMMISSIONER',
        'LA_CHILDRENS_SOCIAL_CARE',
        'LA_EDUCATION',
      ]);
      expect(framework.expectedPartners.filter((p) => !p.statutory)).toHaveLength(8);
    });
  });
});
