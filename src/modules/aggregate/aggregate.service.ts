import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../../db/dialect';
import {
  activePartnershipSql,
  agencyExistsSql,
  agreementInForceSql,
  countableEvidenceSql,
  runningOnSql,
} from '../../domain/rules';
import { applyAgreementFilter } from '../agreement/agreement-list.service';
import { applyPlacementFilter, placementQuery } from '../partnership/placement-list.service';
import { HubContext } from '../../graphql/context';
import { Agency } from '../agency/agency.entity';
import { AgencyFilter } from '../agency/agency.inputs';
import { activePartnerYotsSql, applyAgencyFilter } from '../agency/agency.service';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { visibleYotsCondition } from '../auth/scope';
import { nationalGapRows } from '../coverage/gaps-national.service';
import { NationalGapFilter } from '../coverage/gaps-national.types';
import { GAP_SEVERITY } from '../coverage/gaps.types';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceFilter } from '../evidence/evidence.inputs';
import { applyFilter as applyEvidenceFilter } from '../evidence/evidence.service';
import { applyPartnershipFilter } from '../partnership/partnership-list.service';
import { Partnership } from '../partnership/partnership.entity';
import { AgreementAggregateFilter, PartnershipAggregateFilter, PlacementAggregateFilter } from './aggregate.filters';
import { gapSubjects } from './gap-subjects';
import { aggregateId, checkDimensions, flag, quarterSql, runAggregate } from './aggregate.sql';
import { Aggregate, AggregateDimension as D, AggregateKey } from './aggregate.types';
import { getOrInsert } from '../../collections';

const YOT_DIMENSIONS = {
  [D.YOT]: { expr: 'y.id', key: 'yotId', as: 'int' },
  [D.REGION]: { expr: 'y.region', key: 'region' },
  [D.NATION]: { expr: 'y.nation', key: 'nation' },
} as const;

/** Grouped counts over evidence, partnerships, agencies, agreements, placements and gaps, scoped like their lists. */
export class AggregateService {
  static async evidence(
    ctx: HubContext,
    filter: EvidenceFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('evidenceAggregate', groupBy, [
      D.YOT,
      D.REGION,
      D.NATION,
      D.AGENCY_TYPE,
      D.AGENCY,
      D.CRITERION,
      D.KIND,
      D.STATUS,
      D.REVIEW_STATE,
      D.CURRENT,
      D.QUARTER,
    ]);
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db
      .getRepository(Evidence)
      .createQueryBuilder('evidence')
      .innerJoin('yot', 'y', 'y.id = evidence."yotId"')
      .setParameters({ asOf });
    await scopeYots(ctx, qb);
    applyEvidenceFilter(qb, filter, dialect);
    if (dims.includes(D.AGENCY_TYPE) || dims.includes(D.AGENCY))
      qb.leftJoin('agency', 'pa', 'pa.id = evidence."providedById"');
    if (dims.includes(D.CRITERION)) {
      // Only the criteria the filter names, when it names some: the groups answer the question asked.
      const only = filter?.criterionCodes ? ` AND ${dialect.inList('cr.code', 'aggCriteria')}` : '';
      qb.leftJoin('evidence_link', 'el', 'el."evidenceId" = evidence.id').leftJoin(
        'criterion',
        'cr',
        `cr.id = el."criterionId"${only}`,
        filter?.criterionCodes ? { aggCriteria: dialect.listParam(filter.criterionCodes) } : {},
      );
    }
    return runAggregate(
      ctx,
      {
        name: 'evidenceAggregate',
        qb,
        id: 'evidence.id',
        yot: 'y.id',
        dimensions: {
          ...YOT_DIMENSIONS,
          [D.AGENCY_TYPE]: { expr: 'pa.type', key: 'agencyType' },
          [D.AGENCY]: { expr: 'pa.id', key: 'agencyId', as: 'int' },
          [D.CRITERION]: { expr: 'cr.code', key: 'criterionCode' },
          [D.KIND]: { expr: 'evidence.kind', key: 'evidenceKind' },
          [D.STATUS]: { expr: 'evidence.status', key: 'evidenceStatus' },
          [D.REVIEW_STATE]: { expr: 'evidence."reviewState"', key: 'reviewState' },
          [D.CURRENT]: { expr: flag(countableEvidenceSql('evidence')), key: 'current', as: 'bool' },
          [D.QUARTER]: { expr: quarterSql(dialect, 'evidence."recordedAt"'), key: 'quarter' },
        },
      },
      dims,
      { filter, dims, asOf },
    );
  }

  static async partnerships(
    ctx: HubContext,
    filter: PartnershipAggregateFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('partnershipAggregate', groupBy, [
      D.YOT,
      D.REGION,
      D.NATION,
      D.AGENCY_TYPE,
      D.AGENCY,
      D.STATUS,
      D.STATUTORY,
      D.CURRENT,
      D.QUARTER,
    ]);
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db
      .getRepository(Partnership)
      .createQueryBuilder('p')
      .innerJoin('yot', 'y', 'y.id = p."yotId"')
      .innerJoin('agency', 'a', 'a.id = p."agencyId"')
      .setParameters({ asOf, aggTrue: true });
    await applyPartnershipFilter(ctx, qb, filter);
    return runAggregate(
      ctx,
      {
        name: 'partnershipAggregate',
        qb,
        id: 'p.id',
        yot: 'y.id',
        dimensions: {
          ...YOT_DIMENSIONS,
          [D.AGENCY_TYPE]: { expr: 'a.type', key: 'agencyType' },
          [D.AGENCY]: { expr: 'a.id', key: 'agencyId', as: 'int' },
          [D.STATUS]: { expr: 'p.status', key: 'partnershipStatus' },
          [D.STATUTORY]: { expr: flag('p.statutory = :aggTrue'), key: 'statutory', as: 'bool' },
          [D.CURRENT]: { expr: flag(activePartnershipSql('p', 'a')), key: 'current', as: 'bool' },
          [D.QUARTER]: { expr: quarterSql(dialect, 'p."startedOn"'), key: 'quarter' },
        },
      },
      dims,
      { filter, dims, asOf },
    );
  }

  /** Agencies (a directory, not scoped); by YOT, region or nation through their partnerships active on `asOf` with YOTs the caller may see. */
  static async agencies(
    ctx: HubContext,
    filter: AgencyFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('agencyAggregate', groupBy, [D.YOT, D.REGION, D.NATION, D.AGENCY_TYPE, D.CEASED]);
    const qb = ctx.db.getRepository(Agency).createQueryBuilder('agency').setParameters({ asOf, aggTrue: true });
    const scope = await visibleYotsCondition(ctx, 'pc."yotId"', 'countVisible');
    if (scope) qb.setParameters(scope.params);
    await applyAgencyFilter(ctx, qb, filter, activePartnerYotsSql(scope?.sql ?? null));
    const byYot = dims.some((d) => d === D.YOT || d === D.REGION || d === D.NATION);
    if (byYot) {
      const visible = await visibleYotsCondition(ctx, 'ap."yotId"', 'aggVisible');
      qb.leftJoin(
        'partnership',
        'ap',
        `ap."agencyId" = agency.id AND ${activePartnershipSql('ap', 'agency')}${visible ? ` AND ${visible.sql}` : ''}`,
        visible?.params ?? {},
      );
      qb.leftJoin('yot', 'y', 'y.id = ap."yotId"');
    }
    return runAggregate(
      ctx,
      {
        name: 'agencyAggregate',
        qb,
        id: 'agency.id',
        yot: byYot ? 'y.id' : null,
        dimensions: {
          ...YOT_DIMENSIONS,
          [D.AGENCY_TYPE]: { expr: 'agency.type', key: 'agencyType' },
          [D.CEASED]: { expr: flag(`NOT ${agencyExistsSql('agency')}`), key: 'ceased', as: 'bool' },
        },
      },
      dims,
      { filter, dims, asOf },
    );
  }

  static async agreements(
    ctx: HubContext,
    filter: AgreementAggregateFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('agreementAggregate', groupBy, [
      D.YOT,
      D.REGION,
      D.NATION,
      D.AGENCY_TYPE,
      D.AGENCY,
      D.STATUS,
      D.CURRENT,
      D.QUARTER,
    ]);
    const dialect = dialectOf(ctx.db);
    const qb = ctx.db
      .getRepository(InformationSharingAgreement)
      .createQueryBuilder('i')
      .innerJoin('yot', 'y', 'y.id = i."yotId"')
      .setParameters({ asOf });
    await applyAgreementFilter(ctx, qb, filter);
    if (dims.includes(D.AGENCY_TYPE) || dims.includes(D.AGENCY))
      qb.leftJoin('agreement_party', 'ap', 'ap."agreementId" = i.id').leftJoin('agency', 'a', 'a.id = ap."agencyId"');
    return runAggregate(
      ctx,
      {
        name: 'agreementAggregate',
        qb,
        id: 'i.id',
        yot: 'y.id',
        dimensions: {
          ...YOT_DIMENSIONS,
          [D.AGENCY_TYPE]: { expr: 'a.type', key: 'agencyType' },
          [D.AGENCY]: { expr: 'a.id', key: 'agencyId', as: 'int' },
          [D.STATUS]: { expr: 'i.status', key: 'agreementStatus' },
          [D.CURRENT]: { expr: flag(agreementInForceSql('i')), key: 'current', as: 'bool' },
          [D.QUARTER]: { expr: quarterSql(dialect, 'i."signedOn"'), key: 'quarter' },
        },
      },
      dims,
      { filter, dims, asOf },
    );
  }

  static async placements(
    ctx: HubContext,
    filter: PlacementAggregateFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('placementAggregate', groupBy, [
      D.YOT,
      D.REGION,
      D.NATION,
      D.AGENCY_TYPE,
      D.AGENCY,
      D.ROLE,
      D.ARRANGEMENT,
      D.CURRENT,
      D.QUARTER,
    ]);
    const dialect = dialectOf(ctx.db);
    const qb = placementQuery(ctx, asOf);
    await applyPlacementFilter(ctx, qb, filter);
    return runAggregate(
      ctx,
      {
        name: 'placementAggregate',
        qb,
        id: 's.id',
        yot: 'y.id',
        fte: 's.fte',
        dimensions: {
          ...YOT_DIMENSIONS,
          [D.AGENCY_TYPE]: { expr: 'a.type', key: 'agencyType' },
          [D.AGENCY]: { expr: 'a.id', key: 'agencyId', as: 'int' },
          [D.ROLE]: { expr: 's.role', key: 'staffRole' },
          [D.ARRANGEMENT]: { expr: 's.arrangement', key: 'arrangement' },
          [D.CURRENT]: { expr: flag(runningOnSql('s')), key: 'current', as: 'bool' },
          [D.QUARTER]: { expr: quarterSql(dialect, 's."startedOn"'), key: 'quarter' },
        },
      },
      dims,
      { filter, dims, asOf },
    );
  }

  /** Gaps are found by the gap finders (batched across YOTs, cached per YOT), so they are grouped here, not in SQL. */
  static async gaps(
    ctx: HubContext,
    filter: NationalGapFilter | undefined,
    groupBy: D[],
    asOf: string,
  ): Promise<Aggregate> {
    const dims = checkDimensions('gapAggregate', groupBy, [
      D.YOT,
      D.REGION,
      D.NATION,
      D.AGENCY_TYPE,
      D.CRITERION,
      D.KIND,
      D.SEVERITY,
    ]);
    const rows = await nationalGapRows(ctx, filter, asOf);
    const subjects = dims.includes(D.AGENCY_TYPE) || dims.includes(D.CRITERION) ? await gapSubjects(ctx, rows) : null;
    const id = aggregateId('gapAggregate', { filter, dims, asOf });
    const keyOf = (g: (typeof rows)[number]): AggregateKey => {
      const key = {} as AggregateKey; // its id is set once the group is known
      for (const d of dims) {
        if (d === D.YOT) key.yotId = g.yotId;
        if (d === D.REGION) key.region = g.region;
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- g.nation is read from the Nation column yot.nation
        if (d === D.NATION) key.nation = g.nation as AggregateKey['nation'];
        if (d === D.AGENCY_TYPE) key.agencyType = subjects!.get(g)!.agencyType;
        if (d === D.CRITERION) key.criterionCode = subjects!.get(g)!.criterionCode;
        if (d === D.KIND) key.gapKind = g.kind;
        if (d === D.SEVERITY) key.gapSeverity = GAP_SEVERITY[g.kind];
      }
      return key;
    };
    const groups = new Map<string, { key: AggregateKey; count: number; yots: Set<number> }>();
    if (dims.length) {
      for (const g of rows) {
        const key = keyOf(g);
        const text = JSON.stringify(dims.map((d) => (Object.values(key) as unknown[])[dims.indexOf(d)] ?? null));
        const group = getOrInsert(groups, text, () => ({ key, count: 0, yots: new Set<number>() }));
        group.count++;
        group.yots.add(g.yotId);
      }
    }
    const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      id,
      total: rows.length,
      groups: sorted.map(([text, g]) => ({
        id: `${id}:${text}`,
        key: { ...g.key, id: `AggregateKey:${id}:${text}` },
        count: g.count,
        yotCount: g.yots.size,
        fte: null,
      })),
    };
  }
}

/** Limits a query joined to `yot y` to the YOTs the caller may see. */
async function scopeYots<T extends ObjectLiteral>(ctx: HubContext, qb: SelectQueryBuilder<T>): Promise<void> {
  const scope = await visibleYotsCondition(ctx, 'y.id', 'aggScope');
  if (scope) qb.andWhere(scope.sql, scope.params);
}
