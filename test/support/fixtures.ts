import { DataSource } from 'typeorm';
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
import { ChildOutcome } from '../../src/modules/child/child-outcome.entity';
import { Child } from '../../src/modules/child/child.entity';
import { AgeBand, OutcomeMeasure, SendStatus } from '../../src/modules/child/child.enums';
import { EvidenceLink } from '../../src/modules/evidence/evidence-link.entity';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../../src/modules/evidence/evidence.enums';
import { Criterion } from '../../src/modules/framework/criterion.entity';
import { Framework } from '../../src/modules/framework/framework.entity';
import { Partnership } from '../../src/modules/partnership/partnership.entity';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../../src/modules/partnership/partnership.enums';
import { StaffPlacement } from '../../src/modules/partnership/staff-placement.entity';
import { PartnerAbsence } from '../../src/modules/partnership/partner-absence.entity';
import { Yot } from '../../src/modules/yot/yot.entity';
import { Nation } from '../../src/modules/yot/yot.enums';
import { bumpRevision } from '../../src/db/revision';

const PARTNER_TYPES = [AgencyType.POLICE, AgencyType.LA_SEND_TEAM, AgencyType.SCHOOL];

/**
 * Adds `count` synthetic YOTs (codes `T0000001`…), each with three partners, two staff placements, five dated
 * evidence items linked to two criteria each, and one assessment with two ratings. Needs the seeded framework.
 */
export async function addSyntheticYots(dataSource: DataSource, count: number, offset = 0): Promise<Yot[]> {
  return dataSource.transaction(async (db) => {
    // Like every write transaction: cached views of the data before it are not served again.
    await bumpRevision(db);
    const framework = await db.getRepository(Framework).findOneByOrFail({ current: true });
    const criteria = await db
      .getRepository(Criterion)
      .find({ where: { frameworkId: framework.id }, order: { position: 'ASC' } });
    const yots: Yot[] = [];
    for (let i = offset; i < offset + count; i++) {
      const n = String(i + 1).padStart(7, '0');
      const yot = await db.getRepository(Yot).save(
        db.getRepository(Yot).create({
          code: `T${n}`,
          name: `Synthetic Youth Justice Service ${n}`,
          localAuthorities: [`Synthetic ${n}`],
          region: i % 2 === 0 ? 'Test North' : 'Test South',
          nation: i % 5 === 4 ? Nation.WALES : Nation.ENGLAND,
        }),
      );
      yots.push(yot);
      const agencies = await db
        .getRepository(Agency)
        .save(PARTNER_TYPES.map((type) => db.getRepository(Agency).create({ name: `${type} for ${n}`, type })));
      const partnerships = await db.getRepository(Partnership).save(
        agencies.map((agency, k) =>
          db.getRepository(Partnership).create({
            yotId: yot.id,
            agencyId: agency.id,
            statutory: agency.type === AgencyType.POLICE,
            status: k === 2 ? PartnershipStatus.ENDED : PartnershipStatus.ACTIVE,
            startedOn: '2022-04-01',
            endedOn: k === 2 ? '2024-03-31' : null,
          }),
        ),
      );
      await db.getRepository(StaffPlacement).save([
        db.getRepository(StaffPlacement).create({
          yotId: yot.id,
          partnershipId: partnerships[0].id,
          role: StaffRole.POLICE_OFFICER,
          arrangement: PlacementArrangement.SECONDED,
          fte: 1,
        }),
        db.getRepository(StaffPlacement).create({
          yotId: yot.id,
          partnershipId: partnerships[1].id,
          role: StaffRole.SEND_OFFICER,
          arrangement: PlacementArrangement.CO_LOCATED,
          fte: 0.5,
        }),
      ]);
      const evidence = await db.getRepository(Evidence).save(
        [0, 1, 2, 3, 4].map((k) =>
          db.getRepository(Evidence).create({
            yotId: yot.id,
            title: `Evidence ${k + 1} of ${n}`,
            kind: k % 2 === 0 ? EvidenceKind.CASE_STUDY : EvidenceKind.PROTOCOL,
            summary: k === 0 ? 'Speech and language screening pilot' : 'Joint working',
            occurredOn: `2024-0${k + 1}-15`,
            providedById: agencies[k % agencies.length].id,
            status: k === 4 ? EvidenceStatus.WITHDRAWN : EvidenceStatus.CURRENT,
            reviewState: k === 0 ? EvidenceReviewState.ACCEPTED : EvidenceReviewState.SUBMITTED,
          }),
        ),
      );
      await db
        .getRepository(EvidenceLink)
        .save(
          evidence.flatMap((e, k) =>
            [criteria[k], criteria[k + 5]].map((c) =>
              db
                .getRepository(EvidenceLink)
                .create({ evidenceId: e.id, criterionId: c.id, note: `Supports ${c.code}` }),
            ),
          ),
        );
      const assessment = await db.getRepository(Assessment).save(
        db.getRepository(Assessment).create({
          yotId: yot.id,
          frameworkId: framework.id,
          level: AwardLevel.QUALITY_MARK,
          kind: AssessmentKind.INITIAL,
          status: AssessmentStatus.IN_PROGRESS,
          commendations: [],
        }),
      );
      await db
        .getRepository(CriterionRating)
        .save(
          criteria
            .slice(0, 2)
            .map((c) =>
              db
                .getRepository(CriterionRating)
                .create({ assessmentId: assessment.id, criterionId: c.id, score: 6, band: RatingBand.ESTABLISHED }),
            ),
        );
    }
    return yots;
  });
}

/** Adds an information-sharing agreement to a YOT with the given partner agencies (by name). */
export async function addAgreement(
  dataSource: DataSource,
  yotCode: string,
  values: {
    title: string;
    status: AgreementStatus;
    signedOn: string | null;
    reviewDue: string | null;
    parties: string[];
  },
): Promise<InformationSharingAgreement> {
  return dataSource.transaction(async (db) => {
    // Like every write transaction: cached views of the data before it are not served again.
    await bumpRevision(db);
    const yot = await db.getRepository(Yot).findOneByOrFail({ code: yotCode });
    const agreement = await db.getRepository(InformationSharingAgreement).save(
      db.getRepository(InformationSharingAgreement).create({
        yotId: yot.id,
        title: values.title,
        purpose: 'Share SEND status and plans of children known to the YOT',
        lawfulBasis: ['UK GDPR art. 6(1)(e)', 'UK GDPR art. 9(2)(g)'],
        dataCategories: ['SEND status', 'EHCP'],
        status: values.status,
        signedOn: values.signedOn,
        reviewDue: values.reviewDue,
      }),
    );
    for (const name of values.parties) {
      const agency = await db.getRepository(Agency).findOneByOrFail({ name });
      await db.getRepository(AgreementParty).save({ agreementId: agreement.id, agencyId: agency.id });
    }
    return agreement;
  });
}

/**
 * A fixed record key for a fixture child (FNV-1a of YOT code and reference, below 2^31 − 1), so the
 * perturbed figures analysts see in tests are the same on every run and database.
 */
export function fixtureRecordKey(yotCode: string, ref: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${yotCode}/${ref}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2147483647;
}

/** The optional disproportionality characteristics of a child (not recorded unless given). */
type ChildCharacteristic =
  'ethnicity' | 'sex' | 'careStatus' | 'exclusion' | 'alternativeProvision' | 'slcn' | 'neurodevelopmentalNeeds';

/** Registers pseudonymised children for a YOT, each with the given outcomes (record keys from `fixtureRecordKey` unless given). */
export async function addChildren(
  dataSource: DataSource,
  yotCode: string,
  children: {
    ref: string;
    sendStatus: SendStatus;
    recordKey?: number;
    characteristics?: Partial<Pick<Child, ChildCharacteristic>>;
    outcomes: { measure: OutcomeMeasure; met: boolean; period: string; recordedBy?: string }[];
  }[],
): Promise<void> {
  await dataSource.transaction(async (db) => {
    // Like every write transaction: cached views of the data before it are not served again.
    await bumpRevision(db);
    const yot = await db.getRepository(Yot).findOneByOrFail({ code: yotCode });
    for (const c of children) {
      const child = await db.getRepository(Child).save(
        db.getRepository(Child).create({
          yotId: yot.id,
          ref: c.ref,
          ageBand: AgeBand.AGE_14_TO_15,
          sendStatus: c.sendStatus,
          needs: ['communication and interaction'],
          recordKey: c.recordKey ?? fixtureRecordKey(yotCode, c.ref),
          ...c.characteristics,
        }),
      );
      for (const o of c.outcomes) {
        const recordedBy = o.recordedBy ? await db.getRepository(Agency).findOneByOrFail({ name: o.recordedBy }) : null;
        await db.getRepository(ChildOutcome).save(
          db.getRepository(ChildOutcome).create({
            childId: child.id,
            measure: o.measure,
            met: o.met,
            period: o.period,
            recordedById: recordedBy?.id ?? null,
          }),
        );
      }
    }
  });
}

/** Records that `yotCode` has no partner of `agencyType` (an open-ended absence), as the recordPartnerAbsence mutation would. */
export async function addPartnerAbsence(
  dataSource: DataSource,
  yotCode: string,
  agencyType: AgencyType,
  note: string,
): Promise<void> {
  await dataSource.transaction(async (db) => {
    await bumpRevision(db);
    const yot = await db.getRepository(Yot).findOneByOrFail({ code: yotCode });
    await db
      .getRepository(PartnerAbsence)
      .save({ yotId: yot.id, agencyType, startedOn: null, endedOn: null, note, recordedBy: 'test' });
  });
}
