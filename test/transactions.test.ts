import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/db/transaction';
import { createContext } from '../src/graphql/context';
import { Agency } from '../src/modules/agency/agency.entity';
import { AgencyType } from '../src/modules/agency/agency.enums';
import { AgenciesDocument, CreateAgencyDocument } from './generated/graphql';
import { startTestHub, TestHub } from './support/hub';

describe('transactions and concurrent readers', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  const names = async () =>
    (await hub.exec(AgenciesDocument, { filter: { nameContains: 'Uncommitted' } })).data!.agencies.nodes.map(
      (a) => a.name,
    );

  it('never shows a reader rows of a write transaction that has not committed, or that rolls back', async () => {
    let seenDuring: string[] = [];
    await expect(
      inTransaction(createContext(hub.dataSource, { reader: hub.reader }), async (tx) => {
        await tx.db
          .getRepository(Agency)
          .save(tx.db.getRepository(Agency).create({ name: 'Uncommitted Agency', type: AgencyType.OTHER }));
        seenDuring = await names();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(seenDuring).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('queues concurrent write transactions (SQLite has one writer) and commits each whole', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub.exec(CreateAgencyDocument, { input: { name: `Concurrent agency ${i}`, type: 'OTHER' } }),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const [row] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM agency WHERE name LIKE 'Concurrent agency %'`);
    expect(Number(row.n)).toBe(10);
    const [audit] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'createAgency'`);
    expect(Number(audit.n)).toBe(10);
  });
});
