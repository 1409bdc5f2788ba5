import { createHash } from 'node:crypto';
import { dialectOf, RawInteger } from '../../db/dialect';
import { ConnectionArgs, paginateInMemory, SortDirection, SortKey } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { ViewCache } from '../../graphql/view-cache';
import { visibleYotsCondition } from '../auth/scope';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { canonicalRegions } from '../yot/regions';
import { NationalGapConnection, NationalGapFilter } from './gaps-national.types';
import { findGapsForYots } from './gaps.service';
import { Gap, GAP_SEVERITY, GapKind, GapSeverity } from './gaps.types';
import { getOrInsert } from '../../collections';
import { normaliseYotCode } from '../yot/yot-code';

/** Each YOT's gaps on a date, kept until the next write (see graphql/view-cache.ts): pages after the first are cheap. */
export const YOT_GAPS = new ViewCache<Gap[]>();

const SEVERITY_RANK: Record<GapSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const KIND_RANK = new Map(Object.values(GapKind).map((k, i) => [k, i]));

/** A gap with what the national list sorts, filters and groups on. */
export type ListedGap = Gap & { yotCode: string; region: string; nation: string };

/** Most severe first, then YOT code, kind, the node and (for several findings on one node) the message. */
const KEYS: SortKey<ListedGap>[] = [
  { expr: 'severity', direction: SortDirection.ASC, type: 'int', read: (g) => SEVERITY_RANK[GAP_SEVERITY[g.kind]] },
  { expr: 'yot', direction: SortDirection.ASC, read: (g) => g.yotCode },
  { expr: 'kind', direction: SortDirection.ASC, type: 'int', read: (g) => KIND_RANK.get(g.kind)! },
  { expr: 'type', direction: SortDirection.ASC, read: (g) => g.typeName },
  { expr: 'key', direction: SortDirection.ASC, type: 'int', read: (g) => g.key },
  { expr: 'message', direction: SortDirection.ASC, read: (g) => gapId(g) },
];

/** A stable id for a gap: the same finding on the same node of the same YOT has the same id on every date. */
export function gapId(gap: Gap): string {
  const digest = createHash('sha1').update(gap.message).digest('base64url').slice(0, 10);
  return `Gap:${gap.yotId}:${gap.kind}:${gap.typeName}:${gap.key}:${digest}`;
}

/** The national gaps list: every YOT the caller may see (and the filter names), batched and cached per YOT. */
export async function nationalGaps(
  ctx: HubContext,
  filter: NationalGapFilter | undefined,
  asOf: string,
  args: ConnectionArgs,
): Promise<NationalGapConnection> {
  const rows = await nationalGapRows(ctx, filter, asOf);
  const page = paginateInMemory(rows, KEYS, args);
  const counts = new Map<GapKind, { count: number; yots: Set<number> }>();
  for (const g of rows) {
    const c = getOrInsert(counts, g.kind, () => ({ count: 0, yots: new Set<number>() }));
    c.count++;
    c.yots.add(g.yotId);
  }
  return Object.assign(page, {
    countsByKind: Object.values(GapKind)
      .filter((k) => counts.has(k))
      .map((kind) => ({
        id: `GapKindCount:${kind}`,
        kind,
        severity: GAP_SEVERITY[kind],
        count: counts.get(kind)!.count,
        yotCount: counts.get(kind)!.yots.size,
      })),
  }) as unknown as NationalGapConnection;
}

/** Every gap the national list holds for `filter` on `asOf`, unordered (gap finders batched, cached per YOT). */
export async function nationalGapRows(
  ctx: HubContext,
  filter: NationalGapFilter | undefined | null,
  asOf: string,
): Promise<ListedGap[]> {
  const yots = await yotsFor(ctx, filter);
  const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
  const gapsOf = await YOT_GAPS.getForYots(
    ctx,
    { frameworkId: framework.id, asOf },
    yots.map((y) => y.id),
    async (missing) => {
      const found = await findGapsForYots(ctx, missing, asOf);
      return missing.map((id) => found.get(id)!);
    },
  );
  const kinds = filter?.kinds ? new Set(filter.kinds) : null;
  const severities = filter?.severities ? new Set(filter.severities) : null;
  const rows: ListedGap[] = yots.flatMap((y, i) =>
    gapsOf[i]
      .filter((g) => (!kinds || kinds.has(g.kind)) && (!severities || severities.has(GAP_SEVERITY[g.kind])))
      .map((g) => ({ ...g, yotCode: y.code, region: y.region, nation: y.nation })),
  );
  return rows;
}

/** The YOTs the list covers: those the caller may see, narrowed by region, nation and code (one statement). */
async function yotsFor(
  ctx: HubContext,
  filter: NationalGapFilter | undefined | null,
): Promise<{ id: number; code: string; region: string; nation: string }[]> {
  const dialect = dialectOf(ctx.db);
  const qb = ctx.db
    .createQueryBuilder()
    .select('y.id', 'id')
    .addSelect('y.code', 'code')
    .addSelect('y.region', 'region')
    .addSelect('y.nation', 'nation')
    .from('yot', 'y');
  const regions = await canonicalRegions(ctx, filter?.regions, 'filter.regions');
  if (regions) qb.andWhere(dialect.inList('y.region', 'regions'), { regions: dialect.listParam(regions) });
  if (filter?.nations)
    qb.andWhere(dialect.inList('y.nation', 'nations'), { nations: dialect.listParam(filter.nations) });
  if (filter?.yotCodes)
    qb.andWhere(dialect.inList('y.code', 'codes'), { codes: dialect.listParam(filter.yotCodes.map(normaliseYotCode)) });
  const scope = await visibleYotsCondition(ctx, 'y.id');
  if (scope) qb.andWhere(scope.sql, scope.params);
  const rows = await qb
    .orderBy('y.code')
    .getRawMany<{ id: RawInteger; code: string; region: string; nation: string }>();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
