import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/relay';
import {
  AuditTrailDocument,
  EvidenceHistoryDocument,
  EvidenceListDocument,
  LinkEvidenceDocument,
  RecordEvidenceDocument,
  ReviewEvidenceDocument,
  UnlinkEvidenceDocument,
  UpdateEvidenceDocument,
  WithdrawEvidenceDocument,
} from './generated/graphql';
import { expectError } from './support/expect';
import { startTestHub, TestHub } from './support/hub';
import { globalId } from './support/ids';
import { withoutWrites } from './support/snapshot';

describe('evidence mutations', () => {
  let hub: TestHub;
  let barnet: string;
  let police: string;
  let sendTeam: string;
  let s4: string;
  let s8: string;
  beforeAll(async () => {
    hub = await startTestHub();
    barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`);
    police = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Metropolitan Police Service'`);
    sendTeam = await globalId(hub.dataSource, 'Agency', 'agency', `name = 'Barnet Local Authority SEND Team'`);
    s4 = await globalId(hub.dataSource, 'Criterion', 'criterion', `code = 'S4'`);
    s8 = await globalId(hub.dataSource, 'Criterion', 'criterion', `code = 'S8'`);
  });
  afterAll(() => hub.close());

  const refused = async (run: () => Promise<{ errors?: readonly GraphQLFormattedError[] }>) =>
    (await withoutWrites(hub.dataSource, run)).errors;

  const caseStudy = () => ({
    yotId: barnet,
    title: 'Case study: SALT screening before court',
    kind: 'CASE_STUDY' as const,
    summary: 'A speech and language screen changed how the court heard a child.',
    occurredOn: '2024-03-01',
    expiresOn: '2027-03-01',
    source: 'Barnet YJS case file summary (pseudonymised)',
    providedById: police,
    agencyIds: [sendTeam],
    criteria: [
      { criterionId: s4, note: 'Early identification', excerpt: 'p. 2' },
      { criterionId: s8, note: 'Return to school' },
    ],
  });

  it('records an item with its three dates, provider, agencies and criterion links, SUBMITTED', async () => {
    const { data, errors } = await hub.exec(RecordEvidenceDocument, { input: caseStudy() });
    expect(errors).toBeUndefined();
    const evidence = data!.recordEvidence!.evidence;
    expect(evidence).toMatchObject({
      kind: 'CASE_STUDY',
      occurredOn: '2024-03-01',
      expiresOn: '2027-03-01',
      status: 'CURRENT',
      reviewState: 'SUBMITTED',
      version: 1,
      providedBy: { name: 'Metropolitan Police Service' },
      agenciesInvolved: [{ name: 'Barnet Local Authority SEND Team' }],
      criteria: [
        { note: 'Early identification', excerpt: 'p. 2', criterion: { code: 'S4' } },
        { note: 'Return to school', excerpt: null, criterion: { code: 'S8' } },
      ],
    });
    expect(Date.now() - Date.parse(evidence.recordedAt)).toBeLessThan(60_000);
  });

  it('refuses bad input and unknown ids, writing nothing', async () => {
    const later = await refused(() =>
      hub.exec(RecordEvidenceDocument, { input: { ...caseStudy(), expiresOn: '2023-01-01' } }),
    );
    expect(expectError(later, 'BAD_USER_INPUT', ['recordEvidence']).extensions).toMatchObject({
      field: 'input.expiresOn',
    });
    const future = await refused(() =>
      hub.exec(RecordEvidenceDocument, { input: { ...caseStudy(), occurredOn: '2999-01-01', expiresOn: null } }),
    );
    expect(expectError(future, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.occurredOn' });
    const shortTitle = await refused(() => hub.exec(RecordEvidenceDocument, { input: { ...caseStudy(), title: 'x' } }));
    expect(expectError(shortTitle, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.title' });
    const twice = await refused(() =>
      hub.exec(RecordEvidenceDocument, {
        input: { ...caseStudy(), criteria: [{ criterionId: s4 }, { criterionId: s4 }] },
      }),
    );
    expect(expectError(twice, 'BAD_USER_INPUT').message).toContain('S4 is listed twice');
    expectError(
      await refused(() =>
        hub.exec(RecordEvidenceDocument, { input: { ...caseStudy(), providedById: police.replace(/.$/, 'z') } }),
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await refused(() =>
        hub.exec(RecordEvidenceDocument, {
          input: { ...caseStudy(), agencyIds: [sendTeam, encodeGlobalId('Agency', 9999)] },
        }),
      ),
      'NOT_FOUND',
    );
  });

  it('updates an item, and sends an accepted item back for review when its content changes', async () => {
    const id = await globalId(
      hub.dataSource,
      'Evidence',
      'evidence',
      `title = 'Case study: SALT screening before court'`,
    );
    const accepted = await hub.exec(ReviewEvidenceDocument, { input: { id, expectedVersion: 1, state: 'ACCEPTED' } });
    expect(accepted.data!.reviewEvidence!.evidence).toMatchObject({
      reviewState: 'ACCEPTED',
      reviewedBy: 'tester',
      reviewNote: null,
      version: 2,
    });
    const { data } = await hub.exec(UpdateEvidenceDocument, {
      input: { id, expectedVersion: 2, summary: 'Revised summary', agencyIds: [] },
    });
    expect(data!.updateEvidence!.evidence).toMatchObject({
      summary: 'Revised summary',
      reviewState: 'SUBMITTED',
      agenciesInvolved: [],
      version: 3,
    });
    expectError(
      await refused(() => hub.exec(UpdateEvidenceDocument, { input: { id, expectedVersion: 2, title: 'Stale edit' } })),
      'CONFLICT',
      ['updateEvidence'],
    );
    expectError(
      await refused(() =>
        hub.exec(UpdateEvidenceDocument, { input: { id, expectedVersion: 3, expiresOn: '2020-01-01' } }),
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await refused(() =>
        hub.exec(UpdateEvidenceDocument, { input: { id: encodeGlobalId('Evidence', 99999), expectedVersion: 1 } }),
      ),
      'NOT_FOUND',
    );
  });

  it('reviews: rejecting or asking for changes needs a note; only review states are accepted', async () => {
    const id = await globalId(hub.dataSource, 'Evidence', 'evidence', `title = 'Barnet Youth Justice Plan'`);
    const noNote = await refused(() =>
      hub.exec(ReviewEvidenceDocument, { input: { id, expectedVersion: 1, state: 'REJECTED' } }),
    );
    expect(expectError(noNote, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.note' });
    const submitted = await refused(() =>
      hub.exec(ReviewEvidenceDocument, { input: { id, expectedVersion: 1, state: 'SUBMITTED' } }),
    );
    expect(expectError(submitted, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'input.state' });
    const { data } = await hub.exec(ReviewEvidenceDocument, {
      input: { id, expectedVersion: 1, state: 'CHANGES_REQUESTED', note: 'Attach the signed plan' },
    });
    expect(data!.reviewEvidence!.evidence).toMatchObject({
      reviewState: 'CHANGES_REQUESTED',
      reviewNote: 'Attach the signed plan',
      version: 2,
    });
    expect(data!.reviewEvidence!.evidence.reviewedAt).toEqual(expect.any(String));
    expectError(
      await refused(() => hub.exec(ReviewEvidenceDocument, { input: { id, expectedVersion: 1, state: 'ACCEPTED' } })),
      'CONFLICT',
    );
  });

  it('links and unlinks criteria with a note, refusing duplicates and missing links', async () => {
    const id = await globalId(hub.dataSource, 'Evidence', 'evidence', `title = 'Barnet Youth Justice Plan'`);
    const { data } = await hub.exec(LinkEvidenceDocument, {
      input: { evidenceId: id, criterionId: s4, note: 'The plan sets out early identification', excerpt: 'section 3' },
    });
    expect(data!.linkEvidence).toMatchObject({
      link: { note: 'The plan sets out early identification', excerpt: 'section 3', criterion: { code: 'S4' } },
      evidence: { criteria: [{ criterion: { code: 'S9' } }, { criterion: { code: 'S4' } }] },
    });
    expectError(
      await refused(() => hub.exec(LinkEvidenceDocument, { input: { evidenceId: id, criterionId: s4 } })),
      'CONFLICT',
      ['linkEvidence'],
    );
    const unlinked = await hub.exec(UnlinkEvidenceDocument, { input: { evidenceId: id, criterionId: s4 } });
    expect(unlinked.data!.unlinkEvidence).toEqual({
      removedLinkId: data!.linkEvidence!.link.id,
      evidence: { id, criteria: [{ criterion: { code: 'S9' } }] },
    });
    expectError(
      await refused(() => hub.exec(UnlinkEvidenceDocument, { input: { evidenceId: id, criterionId: s4 } })),
      'NOT_FOUND',
      ['unlinkEvidence'],
    );
    expectError(
      await refused(() => hub.exec(LinkEvidenceDocument, { input: { evidenceId: id, criterionId: barnet } })),
      'BAD_USER_INPUT',
    );
  });

  it('withdraws with a reason: kept and visible, no longer current, and frozen', async () => {
    const id = await globalId(
      hub.dataSource,
      'Evidence',
      'evidence',
      `title = 'A clear and sustained commitment to resettlement and after-care'`,
    );
    expect(
      expectError(
        await refused(() => hub.exec(WithdrawEvidenceDocument, { input: { id, expectedVersion: 1, reason: '' } })),
        'BAD_USER_INPUT',
      ).extensions,
    ).toMatchObject({ field: 'input.reason' });
    const { data } = await hub.exec(WithdrawEvidenceDocument, {
      input: { id, expectedVersion: 1, reason: 'Superseded by the 2024 resettlement audit' },
    });
    expect(data!.withdrawEvidence!.evidence).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: 'Superseded by the 2024 resettlement audit',
      version: 2,
    });
    expectError(
      await refused(() => hub.exec(WithdrawEvidenceDocument, { input: { id, expectedVersion: 2, reason: 'again' } })),
      'CONFLICT',
    );
    expectError(
      await refused(() =>
        hub.exec(UpdateEvidenceDocument, { input: { id, expectedVersion: 2, title: 'Resurrected' } }),
      ),
      'BAD_USER_INPUT',
    );
    const visible = await hub.exec(EvidenceListDocument, {
      filter: { yotCodes: ['E09000003'], statuses: ['WITHDRAWN'] },
    });
    expect(visible.data!.evidence.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it("keeps each item's history, and the audit trail of every change in order", async () => {
    const id = await globalId(hub.dataSource, 'Evidence', 'evidence', `title = 'Barnet Youth Justice Plan'`);
    const { data } = await hub.exec(EvidenceHistoryDocument, { id });
    expect((data!.node as { history: { nodes: { action: string }[] } }).history.nodes.map((n) => n.action)).toEqual([
      'reviewEvidence',
      'linkEvidence',
      'unlinkEvidence',
    ]);
    const trail = await hub.exec(AuditTrailDocument, { first: 100 });
    expect(trail.data!.auditTrail!.nodes.map((n) => n.action)).toEqual([
      'recordEvidence',
      'reviewEvidence',
      'updateEvidence',
      'reviewEvidence',
      'linkEvidence',
      'unlinkEvidence',
      'withdrawEvidence',
    ]);
    const update = trail.data!.auditTrail!.nodes[2];
    expect(update).toMatchObject({
      actor: 'tester',
      entityType: 'Evidence',
      changes: { summary: { after: 'Revised summary' }, reviewState: { before: 'ACCEPTED', after: 'SUBMITTED' } },
    });
  });
});
