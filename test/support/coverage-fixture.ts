import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../../src/modules/agency/agency.entity';
import { AgencyType } from '../../src/modules/agency/agency.enums';
import { AgreementParty } from '../../src/modules/agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../../src/modules/agreement/agreement.entity';
import { AgreementStatus } from '../../src/modules/agreement/agreement.enums';
import { Assessment } from '../../src/modules/assessment/assessment.entity';
import {
  AssessmentKind,
  AssessmentStatus,
  AwardLevel,
  RatingBand,
} from '../../src/modules/assessment/assessment.enums';
import { CriterionRating } from '../../src/modules/assessment/criterion-rating.entity';
import { RatingEvidence } from '../../src/modules/assessment/rating-evidence.entity';
import { EvidenceAgency } from '../../src/modules/evidence/evidence-agency.entity';
import { EvidenceLink } from '../../src/modules/evidence/evidence-link.entity';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../../src/modules/evidence/evidence.enums';
import { Criterion } from '../../src/modules/framework/criterion.entity';
import { Framework } from '../../src/modules/framework/framework.entity';
import { Partnership } from '../../src/modules/partnership/partnership.entity';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../../src/modules/partnership/partnership.enums';
import { StaffPlacement } from '../../src/modules/partnership/staff-placement.entity';
import { Yot } from '../../src/modules/yot/yot.entity';
import { Nation } from '../../src/modules/yot/yot.enums';
import { bumpRevision } from '../../src/db/revision';
import { PartnerAbsence } from '../../src/modules/partnership/partner-absence.entity';

export const FIXTURE_CODE = 'E06000099';

/**
 * Fixtureshire: a YOT built so that every coverage figure and gap on 2024-06-30 can be worked out by hand
 * (the expected answers are written out in test/coverage.test.ts, not computed by the code under test).
 *
 * Partnerships: police (active, board member), probation (active, not on the board), health commissioner
 * (ended 2024-03-31), LA SEND team (active), speech and language therapy (starts 2024-07-01), school (active).
 * Placements: police SECONDED 1.0, SEND team CO_LOCATED 0.5, SALT IN_REACH (puts SALT in place, but is not
 * partner staff in the YOT, so not co-location).
 * Recorded absence: no CAMHS partner from 2024-01-01. No host authority is recorded, so the council's social care
 * and education are not recorded either.
 * Agreements: A1 police + SEND team, review due 2024-06-30; A2 probation, review due 2024-01-31.
 * Evidence: E1 accepted case study by police involving the SEND team (S1, S2; expires 2024-08-15);
 * E2 submitted protocol by the SEND team (S1); E3 accepted outcome data by probation (S2);
 * E4 withdrawn training record by the school (S3); E5 rejected plan by the SEND team (S9);
 * E6 accepted YOT item expiring 2024-06-29 (S9); E7 accepted YOT case study (S4).
 * Assessments: a Quality Mark awarded 2021-09-01, valid until 2024-09-01; then one in progress rating
 * S1 (top band, citing E2), S2 (top band, citing E3) and S3 (established, citing E4).
 */
export async function addCoverageFixture(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (db) => {
    // Like every write transaction: cached views of the data before it are not served again.
    await bumpRevision(db);
    const ids: Record<string, number> = {};
    const save = async <T extends object>(entity: new () => T, values: Partial<T>, name?: string): Promise<T> => {
      const row = await db.getRepository(entity).save(db.getRepository(entity).create(values as T));
      if (name) ids[name] = (row as unknown as { id: number }).id;
      return row;
    };
    const yot = await save(
      Yot,
      {
        code: FIXTURE_CODE,
        name: 'Fixtureshire Youth Justice Service',
        localAuthorities: ['Fixtureshire'],
        region: 'Test Region',
        nation: Nation.ENGLAND,
      },
      'yot',
    );
    const agency = (name: string, type: AgencyType) => save(Agency, { name, type }, name);
    const police = await agency('Fixture Police', AgencyType.POLICE);
    const probation = await agency('Fixture Probation', AgencyType.PROBATION);
    const ccg = await agency('Fixture ICB', AgencyType.HEALTH_COMMISSIONER);
    const send = await agency('Fixture SEND Team', AgencyType.LA_SEND_TEAM);
    const salt = await agency('Fixture SALT', AgencyType.SPEECH_AND_LANGUAGE_THERAPY);
    const school = await agency('Fixture Academy', AgencyType.SCHOOL);
    const partner = (a: Agency, values: Partial<Partnership>) =>
      save(
        Partnership,
        {
          yotId: yot.id,
          agencyId: a.id,
          statutory: false,
          boardMember: null,
          status: PartnershipStatus.ACTIVE,
          startedOn: '2020-01-01',
          endedOn: null,
          ...values,
        },
        `p:${a.name}`,
      );
    const pPolice = await partner(police, { statutory: true, boardMember: true });
    await partner(probation, { statutory: true, boardMember: false });
    await partner(ccg, { statutory: true, status: PartnershipStatus.ENDED, endedOn: '2024-03-31' });
    const pSend = await partner(send, {});
    const pSalt = await partner(salt, { startedOn: '2024-07-01' });
    await partner(school, {});
    const place = (p: Partnership, role: StaffRole, arrangement: PlacementArrangement, fte: number) =>
      save(StaffPlacement, { yotId: yot.id, partnershipId: p.id, role, arrangement, fte, startedOn: '2022-01-01' });
    await place(pPolice, StaffRole.POLICE_OFFICER, PlacementArrangement.SECONDED, 1);
    await place(pSend, StaffRole.SEND_OFFICER, PlacementArrangement.CO_LOCATED, 0.5);
    await place(pSalt, StaffRole.SPEECH_AND_LANGUAGE_THERAPIST, PlacementArrangement.IN_REACH, 0.2);
    await save(
      PartnerAbsence,
      {
        yotId: yot.id,
        agencyType: AgencyType.CAMHS,
        startedOn: '2024-01-01',
        endedOn: null,
        note: 'No CAMHS worker.',
        recordedBy: 'fixture',
      },
      'absence',
    );
    const agreement = async (name: string, reviewDue: string, parties: Agency[]) => {
      const a = await save(
        InformationSharingAgreement,
        {
          yotId: yot.id,
          title: name,
          purpose: 'SEND information',
          lawfulBasis: ['UK GDPR art. 6(1)(e)'],
          dataCategories: ['SEND status'],
          status: AgreementStatus.ACTIVE,
          signedOn: '2023-01-01',
          reviewDue,
        },
        name,
      );
      for (const p of parties) await db.getRepository(AgreementParty).save({ agreementId: a.id, agencyId: p.id });
    };
    await agreement('A1', '2024-06-30', [police, send]);
    await agreement('A2', '2024-01-31', [probation]);

    const criteria = await criteriaByCode(db);
    const item = async (
      name: string,
      kind: EvidenceKind,
      values: Partial<Evidence>,
      links: string[],
      involved: Agency[] = [],
    ) => {
      const e = await save(
        Evidence,
        {
          yotId: yot.id,
          title: name,
          kind,
          status: EvidenceStatus.CURRENT,
          reviewState: EvidenceReviewState.ACCEPTED,
          occurredOn: '2024-01-01',
          ...values,
        },
        name,
      );
      for (const code of links)
        await db
          .getRepository(EvidenceLink)
          .save(db.getRepository(EvidenceLink).create({ evidenceId: e.id, criterionId: criteria[code] }));
      for (const a of involved) await db.getRepository(EvidenceAgency).save({ evidenceId: e.id, agencyId: a.id });
      return e;
    };
    await item(
      'E1',
      EvidenceKind.CASE_STUDY,
      { providedById: police.id, occurredOn: '2024-01-10', expiresOn: '2024-08-15' },
      ['S1', 'S2'],
      [send],
    );
    const e2 = await item(
      'E2',
      EvidenceKind.PROTOCOL,
      { providedById: send.id, occurredOn: '2024-02-01', reviewState: EvidenceReviewState.SUBMITTED },
      ['S1'],
    );
    const e3 = await item('E3', EvidenceKind.OUTCOME_DATA, { providedById: probation.id, occurredOn: '2024-03-01' }, [
      'S2',
    ]);
    const e4 = await item(
      'E4',
      EvidenceKind.TRAINING_RECORD,
      { providedById: school.id, status: EvidenceStatus.WITHDRAWN, withdrawnReason: 'Superseded' },
      ['S3'],
    );
    await item('E5', EvidenceKind.PLAN, { providedById: send.id, reviewState: EvidenceReviewState.REJECTED }, ['S9']);
    await item('E6', EvidenceKind.OTHER, { expiresOn: '2024-06-29' }, ['S9']);
    await item('E7', EvidenceKind.CASE_STUDY, { occurredOn: '2024-05-01' }, ['S4']);

    const framework = await db.getRepository(Framework).findOneByOrFail({ current: true });
    await save(
      Assessment,
      {
        yotId: yot.id,
        frameworkId: framework.id,
        level: AwardLevel.QUALITY_MARK,
        kind: AssessmentKind.INITIAL,
        status: AssessmentStatus.AWARDED,
        decidedOn: '2021-09-01',
        validUntil: '2024-09-01',
        commendations: [],
      },
      'award',
    );
    const current = await save(
      Assessment,
      {
        yotId: yot.id,
        frameworkId: framework.id,
        level: AwardLevel.QUALITY_LEAD,
        kind: AssessmentKind.REDESIGNATION,
        status: AssessmentStatus.IN_PROGRESS,
        commendations: [],
      },
      'current',
    );
    const rate = async (code: string, band: RatingBand, score: number, cites: Evidence) => {
      const r = await save(
        CriterionRating,
        { assessmentId: current.id, criterionId: criteria[code], band, score, carriedOver: false },
        `r:${code}`,
      );
      await db.getRepository(RatingEvidence).save({ ratingId: r.id, evidenceId: cites.id });
    };
    await rate('S1', RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES, 9, e2);
    await rate('S2', RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES, 10, e3);
    await rate('S3', RatingBand.ESTABLISHED, 6, e4);
    return ids;
  });
}

async function criteriaByCode(db: EntityManager): Promise<Record<string, number>> {
  const rows = await db.getRepository(Criterion).find();
  return Object.fromEntries(rows.map((c) => [c.code, c.id]));
}
