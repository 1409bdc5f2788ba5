import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectLiteral } from 'typeorm';
import { runSql } from '../src/db/dialect';
import {
  activePartnershipSql,
  agencyExistsOn,
  agencyExistsSql,
  agreementInForceSql,
  awardStateOn,
  awardStateSql,
  ceasedPartnershipSql,
  countableEvidenceSql,
  isActivePartnership,
  isAgreementInForce,
  isCeasedPartnership,
  isCountableEvidence,
  isRunningOn,
  isStaffInPlace,
  runningOnSql,
  staffInPlaceSql,
} from '../src/domain/rules';
import { Agency } from '../src/modules/agency/agency.entity';
import { AgencyType } from '../src/modules/agency/agency.enums';
import { InformationSharingAgreement } from '../src/modules/agreement/agreement.entity';
import { AgreementStatus } from '../src/modules/agreement/agreement.enums';
import { Assessment } from '../src/modules/assessment/assessment.entity';
import {
  AssessmentKind,
  AssessmentStatus,
  AwardLevel,
  DatePrecision,
} from '../src/modules/assessment/assessment.enums';
import { Evidence } from '../src/modules/evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState, EvidenceStatus } from '../src/modules/evidence/evidence.enums';
import { Framework } from '../src/modules/framework/framework.entity';
import { Partnership } from '../src/modules/partnership/partnership.entity';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../src/modules/partnership/partnership.enums';
import { StaffPlacement } from '../src/modules/partnership/staff-placement.entity';
import { Yot } from '../src/modules/yot/yot.entity';
import { startTestHub, TestHub } from './support/hub';

/**
 * Each domain rule is written once as a TypeScript predicate and an SQL fragment (src/domain/rules). Every case
 * below is stored in the real tables, then judged by both forms on the database under test (SQLite or
 * PostgreSQL); the two must agree with each other and with the answer worked out by hand.
 */
describe('each rule in TypeScript and in SQL gives the same answer, case by case', () => {
  let hub: TestHub;
  let yotId: number;
  let frameworkId: number;
  let agencies = 0;
  beforeAll(async () => {
    hub = await startTestHub();
    yotId = (await hub.dataSource.getRepository(Yot).findOneByOrFail({ code: 'E08000011' })).id;
    frameworkId = (await hub.dataSource.getRepository(Framework).findOneByOrFail({ current: true })).id;
  });
  afterAll(() => hub.close());

  const save = <T extends ObjectLiteral>(entity: new () => T, values: Partial<T>): Promise<T> => {
    const repo = hub.dataSource.getRepository(entity);
    return repo.save(repo.create(values as T));
  };
  /** True when the SQL (selecting one row, filtered by a rule) keeps that row on `asOf`. */
  const kept = async (sql: string, asOf: string): Promise<boolean> =>
    (await runSql(hub.dataSource.manager, sql, { asOf })).length === 1;

  const agency = (ceasedOn: string | null) =>
    save(Agency, { name: `Rule agency ${++agencies}`, type: AgencyType.OTHER, ceasedOn });

  describe('running on a date (partnerships, placements, absences)', () => {
    const cases: [startedOn: string | null, endedOn: string | null, asOf: string, expected: boolean][] = [
      [null, null, '2024-06-30', true],
      ['2024-01-01', null, '2023-12-31', false],
      ['2024-01-01', null, '2024-01-01', true], // its first day counts
      [null, '2024-06-30', '2024-06-30', true], // its last day counts
      [null, '2024-06-30', '2024-07-01', false],
      ['2024-07-01', '2024-06-30', '2024-06-30', false],
    ];
    it.each(cases)('started %s, ended %s, on %s: %s', async (startedOn, endedOn, asOf, expected) => {
      const a = await agency(null);
      const p = await save(Partnership, {
        yotId,
        agencyId: a.id,
        statutory: false,
        boardMember: null,
        status: PartnershipStatus.ACTIVE,
        startedOn,
        endedOn,
        notes: null,
      });
      expect(isRunningOn(p, asOf)).toBe(expected);
      expect(await kept(`SELECT p.id FROM partnership p WHERE p.id = ${p.id} AND ${runningOnSql('p')}`, asOf)).toBe(
        expected,
      );
    });
  });

  describe('active partnership (running, not ended undated, the body not ceased) and its ceased twin', () => {
    const cases: [
      status: PartnershipStatus,
      endedOn: string | null,
      ceasedOn: string | null,
      asOf: string,
      active: boolean,
      ceased: boolean,
    ][] = [
      [PartnershipStatus.ACTIVE, null, null, '2024-06-30', true, false],
      [PartnershipStatus.ENDED, null, null, '2024-06-30', false, false], // ended, date unknown
      [PartnershipStatus.ENDED, '2024-03-31', null, '2024-03-31', true, false],
      [PartnershipStatus.ENDED, '2024-03-31', null, '2024-04-01', false, false],
      [PartnershipStatus.ACTIVE, null, '2022-07-01', '2022-06-30', true, false], // the CCG's last day
      [PartnershipStatus.ACTIVE, null, '2022-07-01', '2022-07-01', false, true], // the ICB's first day
      [PartnershipStatus.ENDED, '2021-12-31', '2022-07-01', '2023-01-01', false, false], // ended before the body ceased
    ];
    it.each(cases)(
      '%s, ended %s, body ceased %s, on %s: active %s, ceased %s',
      async (status, endedOn, ceasedOn, asOf, active, ceased) => {
        const a = await agency(ceasedOn);
        const p = await save(Partnership, {
          yotId,
          agencyId: a.id,
          statutory: false,
          boardMember: null,
          status,
          startedOn: '2020-01-01',
          endedOn,
          notes: null,
        });
        const from = `SELECT p.id FROM partnership p JOIN agency a ON a.id = p."agencyId" WHERE p.id = ${p.id}`;
        expect([isActivePartnership(p, a, asOf), isCeasedPartnership(p, a, asOf)]).toEqual([active, ceased]);
        expect([
          await kept(`${from} AND ${activePartnershipSql('p', 'a')}`, asOf),
          await kept(`${from} AND ${ceasedPartnershipSql('p', 'a')}`, asOf),
        ]).toEqual([active, ceased]);
        expect(agencyExistsOn(a, asOf)).toBe(
          await kept(`SELECT a.id FROM agency a WHERE a.id = ${a.id} AND ${agencyExistsSql('a')}`, asOf),
        );
      },
    );
  });

  describe('staff in place (one predicate for the in-place state, co-location, statutory coverage and s.39(5))', () => {
    const cases: [
      underPartnership: boolean,
      ceasedOn: string | null,
      startedOn: string | null,
      asOf: string,
      expected: boolean,
    ][] = [
      [false, null, '2024-01-01', '2024-06-30', true], // employer not named
      [true, null, '2024-01-01', '2024-06-30', true],
      [true, '2022-07-01', '2022-01-01', '2022-06-30', true], // the CCG's last day
      [true, '2022-07-01', '2022-01-01', '2022-07-01', false], // the body has ceased: its staff no longer count
      [true, '2022-07-01', '2026-11-01', '2026-12-01', false], // placed after it ceased (the review's case)
      [false, null, '2024-07-01', '2024-06-30', false], // not started yet
    ];
    it.each(cases)(
      'under a partnership %s, body ceased %s, started %s, on %s: %s',
      async (underPartnership, ceasedOn, startedOn, asOf, expected) => {
        const a = await agency(ceasedOn);
        const p = await save(Partnership, {
          yotId,
          agencyId: a.id,
          statutory: false,
          boardMember: null,
          status: PartnershipStatus.ACTIVE,
          startedOn: '2020-01-01',
          endedOn: null,
          notes: null,
        });
        const s = await save(StaffPlacement, {
          yotId,
          partnershipId: underPartnership ? p.id : null,
          role: StaffRole.HEALTH_WORKER,
          arrangement: PlacementArrangement.SECONDED,
          fte: 1,
          startedOn,
          endedOn: null,
          notes: null,
        });
        expect(isStaffInPlace(s, underPartnership ? a : null, asOf)).toBe(expected);
        const sql = `SELECT s.id FROM staff_placement s LEFT JOIN partnership p ON p.id = s."partnershipId" LEFT JOIN agency a ON a.id = p."agencyId" WHERE s.id = ${s.id} AND ${staffInPlaceSql('s', 'a')}`;
        expect(await kept(sql, asOf)).toBe(expected);
      },
    );
  });

  describe('agreement in force', () => {
    const cases: [
      status: AgreementStatus,
      signedOn: string | null,
      reviewDue: string | null,
      asOf: string,
      expected: boolean,
    ][] = [
      // The coverage fixture's agreement: signed 2023-01-01, so not yet in force on 2022-06-30 (the two forms once disagreed).
      [AgreementStatus.ACTIVE, '2023-01-01', '2024-06-30', '2022-06-30', false],
      [AgreementStatus.ACTIVE, '2023-01-01', '2024-06-30', '2023-01-01', true],
      [AgreementStatus.ACTIVE, '2023-01-01', '2024-06-30', '2024-06-30', true], // its review day still counts
      [AgreementStatus.ACTIVE, '2023-01-01', '2024-06-30', '2024-07-01', false],
      [AgreementStatus.UNDER_REVIEW, '2023-01-01', null, '2030-01-01', true],
      [AgreementStatus.DRAFT, null, null, '2024-06-30', false],
      [AgreementStatus.EXPIRED, '2023-01-01', null, '2024-06-30', false],
      [AgreementStatus.TERMINATED, '2023-01-01', '2025-01-01', '2024-06-30', false],
      [AgreementStatus.ACTIVE, null, null, '2024-06-30', true],
    ];
    it.each(cases)('%s, signed %s, review due %s, on %s: %s', async (status, signedOn, reviewDue, asOf, expected) => {
      const i = await save(InformationSharingAgreement, {
        yotId,
        title: `Rule agreement ${Math.random()}`,
        purpose: 'p',
        lawfulBasis: [],
        dataCategories: [],
        status,
        signedOn,
        reviewDue,
      });
      expect(isAgreementInForce(i, asOf)).toBe(expected);
      expect(
        await kept(
          `SELECT i.id FROM information_sharing_agreement i WHERE i.id = ${i.id} AND ${agreementInForceSql('i')}`,
          asOf,
        ),
      ).toBe(expected);
    });
  });

  describe('countable evidence', () => {
    const cases: [
      status: EvidenceStatus,
      review: EvidenceReviewState,
      occurredOn: string | null,
      expiresOn: string | null,
      asOf: string,
      expected: boolean,
    ][] = [
      [EvidenceStatus.CURRENT, EvidenceReviewState.ACCEPTED, '2024-01-01', null, '2024-06-30', true],
      [EvidenceStatus.CURRENT, EvidenceReviewState.SUBMITTED, null, null, '2024-06-30', true],
      [EvidenceStatus.WITHDRAWN, EvidenceReviewState.ACCEPTED, '2024-01-01', null, '2024-06-30', false],
      [EvidenceStatus.CURRENT, EvidenceReviewState.REJECTED, '2024-01-01', null, '2024-06-30', false],
      [EvidenceStatus.CURRENT, EvidenceReviewState.ACCEPTED, '2024-01-01', '2024-06-29', '2024-06-29', true], // its expiry day counts
      [EvidenceStatus.CURRENT, EvidenceReviewState.ACCEPTED, '2024-01-01', '2024-06-29', '2024-06-30', false],
      [EvidenceStatus.CURRENT, EvidenceReviewState.ACCEPTED, '2024-07-01', null, '2024-06-30', false], // not yet produced
    ];
    it.each(cases)(
      '%s, %s, produced %s, expires %s, on %s: %s',
      async (status, reviewState, occurredOn, expiresOn, asOf, expected) => {
        const e = await save(Evidence, {
          yotId,
          title: `Rule evidence ${Math.random()}`,
          kind: EvidenceKind.OTHER,
          status,
          reviewState,
          occurredOn,
          expiresOn,
        });
        expect(isCountableEvidence(e, asOf)).toBe(expected);
        expect(
          await kept(`SELECT e.id FROM evidence e WHERE e.id = ${e.id} AND ${countableEvidenceSql('e')}`, asOf),
        ).toBe(expected);
      },
    );
  });

  describe('award dated to the month: unknown in the uncertain months at both ends', () => {
    // Knowsley: decided September 2019 (day unknown), valid three years: to the end of September 2022.
    const cases: [asOf: string, expected: string | null][] = [
      ['2019-08-31', null], // before the decision month
      ['2019-09-01', 'UNKNOWN'], // first day of the decision month: decided, or not yet?
      ['2019-09-30', 'UNKNOWN'], // last day of the decision month
      ['2019-10-01', 'CURRENT'],
      ['2022-08-31', 'CURRENT'],
      ['2022-09-01', 'UNKNOWN'], // the expiry month: expired, or not yet?
      ['2022-09-30', 'UNKNOWN'],
      ['2022-10-01', 'EXPIRED'],
    ];
    it.each(cases)('on %s: %s', async (asOf, expected) => {
      const a = await save(Assessment, {
        yotId,
        frameworkId,
        level: AwardLevel.QUALITY_LEAD,
        kind: AssessmentKind.INITIAL,
        status: AssessmentStatus.AWARDED,
        decidedOn: '2019-09-01',
        decidedOnPrecision: DatePrecision.MONTH,
        validUntil: '2022-09-30',
        commendations: [],
      });
      expect(awardStateOn(a, asOf)).toBe(expected);
      const [row] = await runSql<{ state: string | null }>(
        hub.dataSource.manager,
        `SELECT ${awardStateSql('x')} AS state FROM assessment x WHERE x.id = ${a.id}`,
        { asOf },
      );
      expect(row.state).toBe(expected);
    });
    it('the same dates known to the day are current throughout', async () => {
      const a = await save(Assessment, {
        yotId,
        frameworkId,
        level: AwardLevel.QUALITY_LEAD,
        kind: AssessmentKind.INITIAL,
        status: AssessmentStatus.AWARDED,
        decidedOn: '2019-09-01',
        validUntil: '2022-09-30',
        commendations: [],
      });
      for (const asOf of ['2019-09-01', '2022-09-30']) {
        expect(awardStateOn(a, asOf)).toBe('CURRENT');
        const [row] = await runSql<{ state: string | null }>(
          hub.dataSource.manager,
          `SELECT ${awardStateSql('x')} AS state FROM assessment x WHERE x.id = ${a.id}`,
          { asOf },
        );
        expect(row.state).toBe('CURRENT');
      }
    });
  });

  describe('an undated redesignation cannot predate the award it redesignates', () => {
    const cases: [asOf: string, expected: string | null][] = [
      ['2018-01-01', null],
      ['2019-08-31', null], // the day before its baseline's decision month
      ['2019-09-01', 'UNKNOWN'], // its baseline may have been decided: the redesignation may exist, date unknown
      ['2026-01-01', 'UNKNOWN'],
    ];
    it.each(cases)('on %s: %s', async (asOf, expected) => {
      const baseline = await save(Assessment, {
        yotId,
        frameworkId,
        level: AwardLevel.QUALITY_LEAD,
        kind: AssessmentKind.INITIAL,
        status: AssessmentStatus.AWARDED,
        decidedOn: '2019-09-01',
        decidedOnPrecision: DatePrecision.MONTH,
        validUntil: '2022-09-30',
        commendations: [],
      });
      const a = await save(Assessment, {
        yotId,
        frameworkId,
        level: AwardLevel.QUALITY_LEAD,
        kind: AssessmentKind.REDESIGNATION,
        status: AssessmentStatus.AWARDED,
        decidedOn: null,
        validUntil: null,
        baselineAssessmentId: baseline.id,
        commendations: [],
      });
      expect(awardStateOn({ ...a, baselineDecidedOn: baseline.decidedOn }, asOf)).toBe(expected);
      const [row] = await runSql<{ state: string | null }>(
        hub.dataSource.manager,
        `SELECT ${awardStateSql('x')} AS state FROM assessment x WHERE x.id = ${a.id}`,
        { asOf },
      );
      expect(row.state).toBe(expected);
    });
  });

  describe('award current, expired or unknown', () => {
    const cases: [
      status: AssessmentStatus,
      decidedOn: string | null,
      validUntil: string | null,
      asOf: string,
      expected: string | null,
    ][] = [
      [AssessmentStatus.AWARDED, '2021-09-01', '2024-09-01', '2024-09-01', 'CURRENT'], // its last day counts
      [AssessmentStatus.AWARDED, '2021-09-01', '2024-09-01', '2024-09-02', 'EXPIRED'],
      [AssessmentStatus.AWARDED, '2019-09-01', '2022-09-30', '2026-01-01', 'EXPIRED'], // Knowsley's 2019 award (month precision)
      [AssessmentStatus.AWARDED, null, null, '2026-01-01', 'UNKNOWN'], // no decision date: never current
      [AssessmentStatus.AWARDED, '2021-09-01', '2024-09-01', '2021-08-31', null], // not decided yet
      [AssessmentStatus.IN_PROGRESS, null, null, '2026-01-01', null],
      [AssessmentStatus.NOT_AWARDED, '2021-09-01', null, '2022-01-01', null],
    ];
    it.each(cases)(
      '%s, decided %s, valid until %s, on %s: %s',
      async (status, decidedOn, validUntil, asOf, expected) => {
        const a = await save(Assessment, {
          yotId,
          frameworkId,
          level: AwardLevel.QUALITY_MARK,
          kind: AssessmentKind.INITIAL,
          status,
          decidedOn,
          validUntil,
          commendations: [],
        });
        expect(awardStateOn(a, asOf)).toBe(expected);
        const [row] = await runSql<{ state: string | null }>(
          hub.dataSource.manager,
          `SELECT ${awardStateSql('x')} AS state FROM assessment x WHERE x.id = ${a.id}`,
          { asOf },
        );
        expect(row.state).toBe(expected);
      },
    );
  });
});
