import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_ID_SECRET } from '../../src/graphql/sealed';
import { Caller, Role } from '../../src/modules/auth/roles';
import { projectRoot } from '../../src/paths';
import {
  AuditTrailDocument,
  CreateAgencyDocument,
  NodeDocument,
  RegisterChildDocument,
  YotsDocument,
} from '../generated/graphql';
import { expectError } from '../support/expect';
import { startTestHub, TestHub } from '../support/hub';
import { globalId } from '../support/ids';
import { startServerProcess } from '../support/server-process';

/*
 * Review item 2: ids were base64("Child:54") and cursors base64 JSON with row keys, so a YOT manager who registered
 * two children could count the children other YOTs registered in between, and an assessor the audit events hidden
 * between two it was shown. Ids and cursors are now sealed (src/graphql/sealed.ts).
 */

const ADMIN_TOKEN = 'opaque-ids-test-admin-token-0123456789abcdef';
const bytes = (token: string) => Buffer.from(token, 'base64url');

/** How many byte positions two tokens share: chance alone gives about one in 256 per position. */
const samePositions = (a: string, b: string) => [...bytes(a)].filter((byte, i) => bytes(b)[i] === byte).length;

/** Asserts a run of tokens for consecutive rows shows neither their keys nor their order. */
function expectOpaque(tokens: string[], keys: number[], typeName: string) {
  for (const [i, token] of tokens.entries()) {
    const text = bytes(token).toString('latin1');
    expect(text).not.toContain(typeName);
    expect(text).not.toContain(`:${keys[i]}`);
    expect(text).not.toContain(String(keys[i]).padStart(10, '0'));
    expect(() => JSON.parse(bytes(token).toString('utf8'))).toThrow();
    // Same length whatever the key (9 and 10 do not differ in length).
    expect(token).toHaveLength(tokens[0].length);
  }
  for (let i = 1; i < tokens.length; i++) {
    expect(bytes(tokens[i])[0]).not.toBe(bytes(tokens[i - 1])[0]);
    expect(samePositions(tokens[i], tokens[i - 1])).toBeLessThanOrEqual(3);
  }
  // Sorting the ids does not give the order of creation (8 items: one chance in 40,320 by accident).
  expect([...tokens].sort()).not.toEqual(tokens);
  expect([...tokens].sort().reverse()).not.toEqual(tokens);
}

describe('global ids and cursors reveal neither row counts nor order of creation', () => {
  let hub: TestHub;
  let barnet: string;
  let knowsley: string;
  let manager: Caller;
  const assessor: Caller = { name: 'opaque assessor', role: Role.ASSESSOR, yotId: null, agencyId: null };

  beforeAll(async () => {
    hub = await startTestHub();
    barnet = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E09000003'`);
    knowsley = await globalId(hub.dataSource, 'Yot', 'yot', `code = 'E08000011'`);
    const [{ id }] = await hub.dataSource.query(`SELECT id FROM yot WHERE code = 'E09000003'`);
    manager = { name: 'opaque barnet manager', role: Role.YOT_MANAGER, yotId: Number(id), agencyId: null };
  });
  afterAll(() => hub.close());

  const register = async (yotId: string, ref: string, as?: Caller) => {
    const { data, errors } = await hub.exec(
      RegisterChildDocument,
      { input: { yotId, ref, ageBand: 'AGE_14_TO_15', sendStatus: 'NONE' } },
      as,
    );
    expect(errors).toBeUndefined();
    return data!.registerChild!.child.id;
  };
  const keyOf = async (table: string, where: string) =>
    Number((await hub.dataSource.query(`SELECT id FROM ${table} WHERE ${where}`))[0].id);

  it('does not let a YOT manager count the children other YOTs registered between two of its own', async () => {
    const first = await register(barnet, 'B-9001', manager);
    for (let i = 1; i <= 4; i++) await register(knowsley, `K-900${i}`);
    const second = await register(barnet, 'B-9002', manager);
    // The keys are 5 apart (the review's Child:54 → Child:59); nothing in the ids says so.
    expect((await keyOf('child', `ref = 'B-9002'`)) - (await keyOf('child', `ref = 'B-9001'`))).toBe(5);
    expect(samePositions(first, second)).toBeLessThanOrEqual(3);
    const ids = [first];
    for (let i = 3; i <= 9; i++) ids.push(await register(barnet, `B-900${i}`, manager));
    const keys = await Promise.all(
      ['B-9001', ...[3, 4, 5, 6, 7, 8, 9].map((i) => `B-900${i}`)].map((ref) => keyOf('child', `ref = '${ref}'`)),
    );
    expectOpaque(ids, keys, 'Child');
    // Each id still refetches its child.
    const { data } = await hub.exec(NodeDocument, { id: second }, manager);
    expect(data!.node).toEqual({ __typename: 'Child', id: second });
  });

  it('does not let an assessor order audit events or count the ones between two it is shown', async () => {
    // Agencies created between children registered: the assessor sees the agencies' events, not the children's.
    for (let i = 1; i <= 8; i++) {
      expect(
        (await hub.exec(CreateAgencyDocument, { input: { name: `Opaque ids test school ${i}`, type: 'SCHOOL' } }))
          .errors,
      ).toBeUndefined();
      await register(knowsley, `K-91${i}`);
    }
    const { data, errors } = await hub.exec(AuditTrailDocument, { first: 8 }, assessor);
    expect(errors).toBeUndefined();
    const events = data!.auditTrail!.nodes;
    expect(events).toHaveLength(8);
    expect(new Set(events.map((e) => e.entityType))).toEqual(new Set(['Agency']));
    const keys = (
      await hub.dataSource.query<{ id: number | string }[]>(
        `SELECT id FROM audit_event WHERE "entityType" = 'Agency' ORDER BY id LIMIT 8`,
      )
    ).map((r) => Number(r.id));
    expect(keys[1] - keys[0]).toBe(2);
    expectOpaque(
      events.map((e) => e.id),
      keys,
      'AuditEvent',
    );
    // The cursor of a page carries the last event's key only sealed: not base64 JSON, nothing numeric to read.
    const cursor = data!.auditTrail!.pageInfo.endCursor!;
    expect(() => JSON.parse(bytes(cursor).toString('utf8'))).toThrow();
    expect(bytes(cursor).toString('latin1')).not.toContain(String(keys[7]));
    const next = await hub.exec(AuditTrailDocument, { first: 8, after: cursor }, assessor);
    expect(next.errors).toBeUndefined();
    expect(next.data!.auditTrail!.nodes.map((e) => e.id)).not.toContain(events[7].id);
  });

  it('refuses every tampered id with BAD_USER_INPUT, and ids in the old base64 form', async () => {
    const id = await globalId(hub.dataSource, 'Child', 'child', `ref = 'B-9001'`);
    const raw = bytes(id);
    const tampered = [...raw.keys()].map((i) => {
      const copy = Buffer.from(raw);
      copy[i] ^= 0x01;
      return copy.toString('base64url');
    });
    const key = await keyOf('child', `ref = 'B-9001'`);
    const others = [
      id.slice(0, -1),
      `${id}A`,
      `${id.slice(0, -1)}${id.at(-1) === 'A' ? 'B' : 'A'}`,
      Buffer.concat([raw.subarray(16), raw.subarray(0, 16)]).toString('base64url'),
      Buffer.from(`Child:${key}`).toString('base64url'),
      Buffer.from(`Child:${String(key).padStart(10, '0')}`).toString('base64url'),
    ];
    for (const bad of [...tampered, ...others]) {
      const { data, errors } = await hub.exec(NodeDocument, { id: bad });
      const error = expectError(errors, 'BAD_USER_INPUT', ['node']);
      expect(error.message).toBe(`"${bad}" is not a valid id.`);
      expect(data?.node ?? null).toBeNull();
    }
  });

  it('refuses every tampered cursor with BAD_USER_INPUT, and an id passed as a cursor or a cursor as an id', async () => {
    const page = await hub.exec(YotsDocument, { first: 1 });
    const cursor = page.data!.yots.pageInfo.endCursor!;
    const raw = bytes(cursor);
    const tampered = [0, 8, 15, 16, raw.length - 1].map((i) => {
      const copy = Buffer.from(raw);
      copy[i] ^= 0x80;
      return copy.toString('base64url');
    });
    for (const bad of [...tampered, cursor.slice(0, -3), barnet]) {
      const { errors } = await hub.exec(YotsDocument, { first: 1, after: bad });
      const error = expectError(errors, 'BAD_USER_INPUT', ['yots']);
      expect(error.extensions).toMatchObject({ field: 'after' });
      expect(error.message).toBe('`after` is not a cursor this connection issued.');
    }
    expectError((await hub.exec(NodeDocument, { id: cursor })).errors, 'BAD_USER_INPUT', ['node']);
  });
});

describe('ids are the same across processes and restarts under one secret, and change with it', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  /** Starts a production server process with `secret`, asks for Barnet's id and a page cursor, and stops it. */
  async function idsUnder(secret: string, check?: (post: (query: string) => Promise<Reply>) => Promise<void>) {
    const server = await startServerProcess(hub.url, { HUB_ADMIN_TOKEN: ADMIN_TOKEN, HUB_ID_SECRET: secret });
    try {
      const post = async (query: string): Promise<Reply> => {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify({ query }),
        });
        return (await response.json()) as Reply;
      };
      const reply = await post('{ yot(code: "E09000003") { id } yots(first: 1) { pageInfo { endCursor } } }');
      const data = reply.data as { yot: { id: string }; yots: { pageInfo: { endCursor: string } } };
      await check?.(post);
      return { id: data.yot.id, cursor: data.yots.pageInfo.endCursor };
    } finally {
      await server.stop();
    }
  }

  it('gives Barnet the same id in two processes with the same secret, another under another secret, and refuses the first there', async () => {
    const a = 'first-hub-id-secret-for-the-opaque-ids-test';
    const b = 'second-hub-id-secret-for-the-opaque-ids-test';
    const first = await idsUnder(a);
    const restarted = await idsUnder(a, async (post) => {
      const found = await post(`{ node(id: "${first.id}") { ... on Yot { code } } }`);
      expect(found.data).toEqual({ node: { code: 'E09000003' } });
    });
    expect(restarted).toEqual(first);
    const other = await idsUnder(b, async (post) => {
      const stale = await post(
        `{ node(id: "${first.id}") { id } yots(first: 1, after: "${first.cursor}") { totalCount } }`,
      );
      expect(stale.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(stale.errors?.[0].message).toBe(`"${first.id}" is not a valid id.`);
    });
    expect(other.id).not.toBe(first.id);
    expect(other.cursor).not.toBe(first.cursor);
    expect(samePositions(other.id, first.id)).toBeLessThanOrEqual(3);
  });

  /** `node dist/src/main.js` as deployed; returns how it ended. Build first (npm test does). */
  const start = (env: Record<string, string>) => {
    const { HUB_ID_SECRET: _, ...inherited } = process.env;
    return spawnSync(process.execPath, [join(projectRoot(), 'dist', 'src', 'main.js')], {
      env: {
        ...inherited,
        DATABASE_URL: hub.url,
        PORT: '0',
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        SEED_ON_START: 'false',
        VIEW_WARMUP_MS: '0',
        HUB_ADMIN_TOKEN: ADMIN_TOKEN,
        ...env,
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
  };

  it('does not start in production without HUB_ID_SECRET, with a short one, or with the public development key', () => {
    const missing = start({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('HUB_ID_SECRET must be set outside development (it seals global ids and cursors)');
    expect(missing.stdout).not.toContain('ready at');
    const short = start({ HUB_ID_SECRET: 'twenty-char-secret!!' });
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('HUB_ID_SECRET must be at least 32 characters outside development (it has 20)');
    expect(short.stderr + short.stdout).not.toContain('twenty-char-secret!!');
    const known = start({ HUB_ID_SECRET: DEVELOPMENT_ID_SECRET });
    expect(known.status).toBe(1);
    expect(known.stderr).toContain('HUB_ID_SECRET must not be the public development key');
  });
});

interface Reply {
  data?: unknown;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}
