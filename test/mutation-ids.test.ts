import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import * as ops from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { tableCounts } from './support/snapshot';

/** A mutation, and an input naming something that does not exist (and which field names it). */
interface Case {
  name: string;
  document: TypedDocumentNode<unknown, { input: never }>;
  input: (missing: (type: string) => string, real: Record<string, string>) => Record<string, unknown>;
}

const missingId = (type: string) => encodeGlobalId(type, 987654);

const CASES: Case[] = [
  { name: 'updateYot', document: ops.UpdateYotDocument, input: (m) => ({ id: m('Yot'), expectedVersion: 1 }) },
  { name: 'updateAgency', document: ops.UpdateAgencyDocument, input: (m) => ({ id: m('Agency'), expectedVersion: 1 }) },
  {
    name: 'addPartnership',
    document: ops.AddPartnershipDocument,
    input: (m, r) => ({ yotId: m('Yot'), agencyId: r.agency }),
  },
  {
    name: 'updatePartnership',
    document: ops.UpdatePartnershipDocument,
    input: (m) => ({ id: m('Partnership'), expectedVersion: 1 }),
  },
  {
    name: 'endPartnership',
    document: ops.EndPartnershipDocument,
    input: (m) => ({ id: m('Partnership'), expectedVersion: 1, endedOn: '2024-01-01' }),
  },
  {
    name: 'addStaffPlacement',
    document: ops.AddStaffPlacementDocument,
    input: (m, r) => ({ yotId: r.yot, partnershipId: m('Partnership'), role: 'OTHER', arrangement: 'VIRTUAL' }),
  },
  {
    name: 'endStaffPlacement',
    document: ops.EndStaffPlacementDocument,
    input: (m) => ({ id: m('StaffPlacement'), expectedVersion: 1, endedOn: '2024-01-01' }),
  },
  {
    name: 'recordAgreement',
    document: ops.RecordAgreementDocument,
    input: (m, r) => ({
      yotId: m('Yot'),
      partyIds: [r.agency],
      title: 'Agreement',
      purpose: 'Sharing',
      lawfulBasis: ['UK GDPR art. 6(1)(e)'],
      dataCategories: ['SEND status'],
      status: 'DRAFT',
    }),
  },
  {
    name: 'updateAgreement',
    document: ops.UpdateAgreementDocument,
    input: (m) => ({ id: m('InformationSharingAgreement'), expectedVersion: 1 }),
  },
  {
    name: 'recordEvidence',
    document: ops.RecordEvidenceDocument,
    input: (m) => ({ yotId: m('Yot'), title: 'Item', kind: 'OTHER', criteria: [] }),
  },
  {
    name: 'updateEvidence',
    document: ops.UpdateEvidenceDocument,
    input: (m) => ({ id: m('Evidence'), expectedVersion: 1 }),
  },
  {
    name: 'reviewEvidence',
    document: ops.ReviewEvidenceDocument,
    input: (m) => ({ id: m('Evidence'), expectedVersion: 1, state: 'ACCEPTED' }),
  },
  {
    name: 'linkEvidence',
    document: ops.LinkEvidenceDocument,
    input: (m, r) => ({ evidenceId: r.evidence, criterionId: m('Criterion') }),
  },
  {
    name: 'unlinkEvidence',
    document: ops.UnlinkEvidenceDocument,
    input: (m, r) => ({ evidenceId: m('Evidence'), criterionId: r.criterion }),
  },
  {
    name: 'withdrawEvidence',
    document: ops.WithdrawEvidenceDocument,
    input: (m) => ({ id: m('Evidence'), expectedVersion: 1, reason: 'Gone' }),
  },
  {
    name: 'startAssessment',
    document: ops.StartAssessmentDocument,
    input: (m) => ({ yotId: m('Yot'), level: 'QUALITY_MARK', kind: 'INITIAL' }),
  },
  {
    name: 'rateCriterion',
    document: ops.RateCriterionDocument,
    input: (m, r) => ({
      assessmentId: m('Assessment'),
      criterionId: r.criterion,
      score: 5,
      band: 'EMERGING',
      rationale: 'Why',
      evidenceIds: [],
    }),
  },
  {
    name: 'decideAssessment',
    document: ops.DecideAssessmentDocument,
    input: (m) => ({ id: m('Assessment'), expectedVersion: 1, outcome: 'NOT_AWARDED' }),
  },
  {
    name: 'registerChild',
    document: ops.RegisterChildDocument,
    input: (m) => ({ yotId: m('Yot'), ref: 'REF-001', ageBand: 'AGE_14_TO_15', sendStatus: 'NONE' }),
  },
];

describe('every mutation refuses ids that name nothing, or name the wrong type, and writes nothing', () => {
  let hub: TestHub;
  const real: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub();
    const first = async (type: string, table: string) =>
      encodeGlobalId(type, Number((await hub.dataSource.query(`SELECT MIN(id) AS id FROM ${table}`))[0].id));
    real.yot = await first('Yot', 'yot');
    real.agency = await first('Agency', 'agency');
    real.evidence = await first('Evidence', 'evidence');
    real.criterion = await first('Criterion', 'criterion');
  });
  afterAll(() => hub.close());

  for (const c of CASES) {
    it(`${c.name}: NOT_FOUND for an unknown id, BAD_USER_INPUT for an id of another type`, async () => {
      const before = await tableCounts(hub.dataSource);
      const unknown = await hub.exec(c.document, { input: c.input(missingId, real) as never });
      const error = expectError(unknown.errors, 'NOT_FOUND', [c.name]);
      expect(error.message).toMatch(/^No \S+ with id or code "/);
      // An id of another type (a SourceDocument id where something else is expected) is a malformed input.
      const wrongType = await hub.exec(c.document, {
        input: c.input(() => encodeGlobalId('SourceDocument', 1), real) as never,
      });
      expectError(wrongType.errors, 'BAD_USER_INPUT', [c.name]);
      expect(await tableCounts(hub.dataSource)).toEqual(before);
    });
  }
});
