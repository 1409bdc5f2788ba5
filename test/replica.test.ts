import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource, openDatabase, readersFor } from '../src/db/data-source';
import { loadSeeds } from '../src/seed/seed';
import { createServer, HubServer } from '../src/server';
import { listen, onPostgres } from './support/hub';
import { postgresBinaries, ReplicaPair, startReplicaPair } from './support/replica-cluster';

const ADMIN_TOKEN = 'replica-test-admin-token';

// Entity column types follow DATABASE_URL, so this runs in the suite's PostgreSQL pass (and needs the server binaries).
describe.skipIf(!onPostgres || !postgresBinaries())(
  'reads from a streaming read replica (DATABASE_REPLICA_URLS)',
  () => {
    let pair: ReplicaPair;
    let primary: DataSource;
    let readers: DataSource[];
    let server: HubServer;
    let base: string;

    beforeAll(async () => {
      pair = await startReplicaPair();
      primary = await openDatabase(createDataSource(pair.primaryUrl));
      await loadSeeds(primary);
      await pair.caughtUp();
      const config = {
        ...loadConfig({ DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.replicaUrl }),
        nodeEnv: 'test',
        adminToken: ADMIN_TOKEN,
      };
      readers = await readersFor(primary, config.databaseReplicaUrls);
      server = await createServer(primary, config, readers);
      base = await listen({ server });
    }, 120_000);

    afterAll(async () => {
      await server?.stop(1000);
      for (const reader of readers ?? []) if (reader !== primary) await reader.destroy();
      await primary?.destroy();
      pair?.stop();
    });

    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const partnersOfBarnet = async (): Promise<string[]> =>
      (await gql(`{ yot(code: "E09000003") { partnerships { agency { name } } } }`)).yot.partnerships.map(
        (p: { agency: { name: string } }) => p.agency.name,
      );

    it('is configured with one reader per replica, not the primary', () => {
      expect(readers).toHaveLength(1);
      expect(readers[0]).not.toBe(primary);
      expect(readers[0].options).toMatchObject({ url: pair.replicaUrl });
    });

    it('writes to the primary, shows a mutation its own writes, and serves later reads from the replica', async () => {
      const before = await partnersOfBarnet();
      const yotId = (await gql(`{ yot(code: "E09000003") { id } }`)).yot.id;
      // With replay paused the replica stops at this point: anything read from it afterwards cannot see new writes.
      await pair.pauseReplay();
      try {
        const agency = (
          await gql(
            `mutation { createAgency(input: { name: "Replica Test Speech Therapy", type: SPEECH_AND_LANGUAGE_THERAPY }) { agency { id } } }`,
          )
        ).createAgency.agency;
        const added = await gql(
          `mutation Add($input: AddPartnershipInput!) { addPartnership(input: $input) { yot { partnerships { agency { name } } } } }`,
          { input: { yotId, agencyId: agency.id } },
        );
        // The payload is read after the commit, from the primary: it includes the new partner.
        expect(added.addPartnership.yot.partnerships.map((p: { agency: { name: string } }) => p.agency.name)).toContain(
          'Replica Test Speech Therapy',
        );
        // A new request reads from the replica, which has not replayed the write yet.
        expect(await partnersOfBarnet()).toEqual(before);
        const [{ n }] = await primary.query(
          `SELECT COUNT(*)::int AS n FROM agency WHERE name = 'Replica Test Speech Therapy'`,
        );
        expect(n).toBe(1);
      } finally {
        await pair.resumeReplay();
      }
      await pair.caughtUp();
      const after = await partnersOfBarnet();
      expect(after).toHaveLength(before.length + 1);
      expect(after).toEqual(expect.arrayContaining([...before, 'Replica Test Speech Therapy']));
    });
  },
);
