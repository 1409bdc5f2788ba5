import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf, RawInteger, runSql } from '../../db/dialect';
import { todayIso } from '../../graphql/scalars';
import { HubContext } from '../../graphql/context';
import { logFields } from '../../http/request-context';
import { logger } from '../../logger';

/**
 * A per-YOT view as computed, with the counts of `yot_generation` read no later than its data (in the same
 * statement, or before it): a write committed while it was computed then always leaves it stale.
 */
export interface ComputedView<V> {
  yotId: number;
  value: V;
  generation: number;
  epoch: number;
}

/**
 * The per-YOT views kept in the store, each in its own table of the same shape (`coverage_rollup`): what a YOT's
 * coverage row and its criteria heatmap row were computed to, keyed by framework, date and YOT.
 */
export type StoredView = 'coverage_rollup' | 'criterion_rollup';

/** Rows per statement when storing computed views. */
const STORE_CHUNK = 100;

/**
 * Only the dates dashboards ask for are stored: today and the days just before it. Any other `asOf` is computed
 * (and kept in the in-process view cache), so a caller looping over dates cannot grow the table or keep the
 * writer busy; rows older than this are deleted as new ones are stored.
 */
export const STORED_DAYS = 7;

let runningCode: string | undefined;
/**
 * A hash of the running code (`src/` under the tests, `dist/src` when built). Stored views carry it: the
 * `yot_generation` counts move only with the data, so without it a release that changes a rule or the shape of
 * `YotCoverage` would keep serving what the previous release stored.
 */
export function runningCodeVersion(): string {
  runningCode ??= hashTree(join(__dirname, '..', '..'));
  return runningCode;
}

function hashTree(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(entry.name)) hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('base64url').slice(0, 16);
}

/** The oldest `asOf` kept in the store, and whether `asOf` is one it keeps. */
function storedWindow(asOf: string): { oldest: string; stored: boolean } {
  const today = todayIso();
  const oldest = new Date(Date.parse(`${today}T00:00:00Z`) - STORED_DAYS * 86_400_000).toISOString().slice(0, 10);
  return { oldest, stored: asOf >= oldest && asOf <= today };
}

/** What a stored row holds: the view and the code that computed it. */
interface StoredPayload<V> {
  code: string;
  value: V;
}

/**
 * Each YOT's view on `asOf` from the view's table where it is still valid (no write to that YOT's inputs, nor to
 * the shared ones, since it was computed), the rest from `compute`, which are then stored for the next request and
 * process. Inside a write transaction nothing is read from or written to the store: the transaction's own uncommitted
 * rows must not be kept. So a national view after a write recomputes the YOTs the write touched, not all 160.
 */
export async function storedPerYot<V>(
  ctx: HubContext,
  view: StoredView,
  frameworkId: number,
  yotIds: readonly number[],
  asOf: string,
  compute: (ids: readonly number[]) => Promise<ComputedView<V>[]>,
): Promise<Map<number, V>> {
  const found = new Map<number, V>();
  if (ctx.writing || !storedWindow(asOf).stored) {
    for (const c of await compute(yotIds)) found.set(c.yotId, c.value);
    return found;
  }
  const dialect = dialectOf(ctx.db);
  const stored = await runSql<{ yotId: RawInteger; payload: string }>(
    ctx.db,
    `SELECT r."yotId", r.payload FROM ${view} r
       LEFT JOIN yot_generation g ON g."yotId" = r."yotId" LEFT JOIN yot_generation e ON e."yotId" = 0
     WHERE r."frameworkId" = :framework AND r."asOf" = :asOf AND ${dialect.inList('r."yotId"', 'ids')}
       AND r.generation = COALESCE(g.generation, 0) AND r.epoch = COALESCE(e.generation, 0)`,
    { framework: frameworkId, asOf, ids: dialect.listParam(yotIds) },
  );
  const code = runningCodeVersion();
  for (const row of stored) {
    const payload = JSON.parse(row.payload) as Partial<StoredPayload<V>>;
    // Stored by other code (an earlier release): computed again, and replaced.
    if (payload.code === code && payload.value !== undefined) found.set(Number(row.yotId), payload.value);
  }
  const missing = yotIds.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const computed = await compute(missing);
  for (const c of computed) found.set(c.yotId, c.value);
  // Not awaited: the answer does not depend on it, and a failure (another process's writer holding SQLite's
  // lock, say) only means the next request computes these YOTs again.
  void store(ctx, view, frameworkId, asOf, computed).catch((error: unknown) =>
    logger.warn(
      { ...logFields(ctx.request), err: error, view },
      'could not store a computed view; it will be computed again',
    ),
  );
  return found;
}

async function store<V>(
  ctx: HubContext,
  view: StoredView,
  frameworkId: number,
  asOf: string,
  computed: ComputedView<V>[],
): Promise<void> {
  for (let i = 0; i < computed.length; i += STORE_CHUNK) {
    const chunk = computed.slice(i, i + STORE_CHUNK);
    const params: unknown[] = [];
    const placeholder = dialectOf(ctx.writer).name === 'postgres' ? () => `$${params.length}` : () => '?';
    const values = chunk.map((c) => {
      const payload: StoredPayload<V> = { code: runningCodeVersion(), value: c.value };
      const cells = [frameworkId, asOf, c.yotId, c.generation, c.epoch, JSON.stringify(payload)].map(
        (value) => (params.push(value), placeholder()),
      );
      return `(${cells.join(', ')})`;
    });
    // A row already there is replaced only by one computed at the same or later counts.
    await ctx.writer.query(
      `INSERT INTO ${view} ("frameworkId", "asOf", "yotId", generation, epoch, payload) VALUES ${values.join(', ')}
       ON CONFLICT ("frameworkId", "asOf", "yotId") DO UPDATE SET generation = excluded.generation, epoch = excluded.epoch, payload = excluded.payload
       WHERE excluded.generation >= ${view}.generation AND excluded.epoch >= ${view}.epoch`,
      params,
    );
  }
  const oldest = storedWindow(asOf).oldest;
  await ctx.writer.query(
    `DELETE FROM ${view} WHERE "asOf" < ${dialectOf(ctx.writer).name === 'postgres' ? '$1' : '?'}`,
    [oldest],
  );
}
