import { Dialect, dialectOf, runSql } from '../../db/dialect';
import { ConnectionArgs, Page } from '../../graphql/connections';
import { HubContext } from '../../graphql/context';
import { addMonths } from '../../graphql/scalars';
import { AgencyType } from '../agency/agency.enums';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../framework/framework.service';
import { Yot } from '../yot/yot.entity';
import { YotService } from '../yot/yot.service';
import { FACTS, TOTALS_SELECT } from './coverage.sql';
import { CoverageFilter, RegionCoverage, YotCoverage } from './coverage.types';
import { visibleYots } from '../auth/scope';
import { ViewCache } from '../../graphql/view-cache';

/** Awards are due for re-verification this many months before they expire. */
export const REVERIFICATION_WARNING_MONTHS = 6;

interface FactRow {
  yot_id: number;
  type: AgencyType;
  statutory: number;
  partnerships: number;
  board: number | null;
  fte: number;
  staff: number;
  agreements: number;
  evidence: number;
  accepted: number;
  criteria: number;
}

/** Each YOT's coverage on a date, and the regional roll-ups: the dashboards' views, recomputed after any write. */
export const YOT_COVERAGE = new ViewCache<YotCoverage>();
export const REGION_COVERAGE = new ViewCache<RegionCoverage[]>();

/** Totals of a YOT when the framework expects no partner types (no fact rows to carry them). */
const NO_TOTALS = {
  yot_id: 0, expected: 0, statutory_expected: 0, with_partnership: 0, statutory_with_partnership: 0, with_placed_staff: 0, with_agreement: 0,
  criteria_evidenced: null, multi_agency: null, criteria_total: 0, assessment_id: null, valid_until: null,
};

interface TotalRow {
  yot_id: number;
  expected: number;
  statutory_expected: number;
  with_partnership: number;
  statutory_with_partnership: number;
  with_placed_staff: number;
  with_agreement: number;
  criteria_evidenced: number | null;
  multi_agency: number | null;
  criteria_total: number;
  assessment_id: number | null;
  valid_until: string | null;
}

/** Partnership coverage for dashboards, computed in SQL: a fixed number of statements for any number of YOTs. */
export class CoverageService {
  /**
   * Coverage of each YOT in `yotIds` on `asOf`: one statement (plus the framework lookup) returning a row per
   * (YOT, expected agency type) with the YOT's totals alongside, so the CTEs run once.
   */
  static async forYots(ctx: HubContext, yotIds: readonly number[], asOf: string): Promise<YotCoverage[]> {
    if (yotIds.length === 0) return [];
    const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
    const keyOf = (yotId: number) => `${framework.id}|${asOf}|${yotId}`;
    const cached = await YOT_COVERAGE.getMany(ctx, yotIds.map(keyOf), async (missing) => {
      const ids = missing.map((key) => Number(key.split('|')[2]));
      const computed = await CoverageService.compute(ctx, framework.id, ids, asOf);
      return new Map(computed.map((c) => [keyOf(c.yotId), c]));
    });
    return yotIds.map((yotId) => cached.get(keyOf(yotId))!);
  }

  /** Coverage of `yotIds` from the database, in one statement. */
  private static async compute(ctx: HubContext, frameworkId: number, yotIds: readonly number[], asOf: string): Promise<YotCoverage[]> {
    const dialect = dialectOf(ctx.db);
    const params = { asOf, framework: frameworkId, ids: dialect.listParam(yotIds) };
    const rows = await runSql<FactRow & TotalRow>(
      ctx.db,
      `WITH scope AS (SELECT id FROM yot WHERE ${dialect.inList('id', 'ids')}), ${FACTS}, per_yot AS (${TOTALS_SELECT})
       SELECT f.*, t.expected, t.statutory_expected, t.with_partnership, t.statutory_with_partnership, t.with_placed_staff,
              t.with_agreement, t.criteria_evidenced, t.multi_agency, t.criteria_total, t.assessment_id, t.valid_until
       FROM facts f JOIN per_yot t ON t.yot_id = f.yot_id
         JOIN expected_partner ep ON ep."agencyType" = f.type AND ep."frameworkId" = :framework
       ORDER BY f.yot_id, ep.id`,
      params,
    );
    const byYot = new Map<number, (FactRow & TotalRow)[]>();
    for (const row of rows) (byYot.get(Number(row.yot_id)) ?? byYot.set(Number(row.yot_id), []).get(Number(row.yot_id))!).push(row);
    return yotIds.map((yotId) => {
      const facts = byYot.get(yotId) ?? [];
      return toCoverage(yotId, asOf, facts, facts[0] ?? NO_TOTALS);
    });
  }

  /** A page of YOTs (ordered by name) with their coverage. */
  static async page(ctx: HubContext, filter: CoverageFilter | undefined, asOf: string, args: ConnectionArgs): Promise<Page<YotCoverage>> {
    const yots = await YotService.list(ctx, { regions: filter?.regions, nation: filter?.nation, codes: filter?.codes }, undefined, args);
    const coverage = await CoverageService.forYots(ctx, yots.nodes.map((y) => y.id), asOf);
    const byYot = new Map(coverage.map((c) => [c.yotId, c]));
    return yots.map((yot: Yot) => byYot.get(yot.id)!);
  }

  /** The same totals rolled up by region, in one statement. */
  static async byRegion(ctx: HubContext, filter: CoverageFilter | undefined, asOf: string): Promise<RegionCoverage[]> {
    const framework = await FrameworkService.find(ctx, DEFAULT_FRAMEWORK_CODE);
    const visible = await visibleYots(ctx);
    const key = JSON.stringify([framework.id, asOf, filter?.regions ?? null, filter?.codes ?? null, filter?.nation ?? null, visible ? [...visible].sort() : null]);
    return REGION_COVERAGE.get(ctx, key, () => CoverageService.computeByRegion(ctx, filter, asOf, framework.id, visible));
  }

  private static async computeByRegion(ctx: HubContext, filter: CoverageFilter | undefined, asOf: string, frameworkId: number, visible: Set<number> | null): Promise<RegionCoverage[]> {
    const dialect = dialectOf(ctx.db);
    const { where, params } = scopeWhere(filter, dialect, visible);
    const rows = await runSql<Record<string, number | string | null>>(
      ctx.db,
      `WITH scope AS (SELECT id FROM yot ${where}), ${FACTS},
       per_yot AS (${TOTALS_SELECT})
       SELECT y.region,
              COUNT(*) AS yots,
              SUM(t.expected) AS expected,
              SUM(t.with_partnership) AS with_partnership,
              SUM(t.statutory_expected) AS statutory_expected,
              SUM(t.statutory_with_partnership) AS statutory_with_partnership,
              SUM(t.with_placed_staff) AS with_placed_staff,
              SUM(t.with_agreement) AS with_agreement,
              AVG(COALESCE(t.criteria_evidenced, 0) * 1.0) AS avg_criteria,
              AVG(COALESCE(t.multi_agency, 0) * 1.0) AS avg_multi,
              SUM(CASE WHEN t.assessment_id IS NOT NULL AND (t.valid_until IS NULL OR t.valid_until >= :asOf) THEN 1 ELSE 0 END) AS current_awards,
              SUM(CASE WHEN t.valid_until IS NOT NULL AND t.valid_until <= :dueBy THEN 1 ELSE 0 END) AS due
       FROM per_yot t JOIN yot y ON y.id = t.yot_id
       GROUP BY y.region ORDER BY y.region`,
      { ...params, asOf, framework: frameworkId, dueBy: addMonths(asOf, REVERIFICATION_WARNING_MONTHS) },
    );
    const n = (v: unknown) => Number(v ?? 0);
    return rows.map((r) => ({
      region: String(r.region),
      yots: n(r.yots),
      ...partnerTotals(r),
      averageCriteriaWithEvidence: round(n(r.avg_criteria)),
      averageCriteriaEvidencedByTwoOrMoreAgencyTypes: round(n(r.avg_multi)),
      yotsWithCurrentAward: n(r.current_awards),
      yotsDueReverification: n(r.due),
    }));
  }
}

function scopeWhere(filter: CoverageFilter | undefined, dialect: Dialect, visible: Set<number> | null): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (visible) (clauses.push(dialect.inList('id', 'visibleYots')), (params.visibleYots = dialect.listParam([...visible])));
  if (filter?.regions) (clauses.push(dialect.inList('region', 'regions')), (params.regions = dialect.listParam(filter.regions)));
  if (filter?.codes) (clauses.push(dialect.inList('code', 'codes')), (params.codes = dialect.listParam(filter.codes)));
  if (filter?.nation) (clauses.push('nation = :nation'), (params.nation = filter.nation));
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function toCoverage(yotId: number, asOf: string, facts: FactRow[], t: TotalRow): YotCoverage {
  const n = (v: unknown) => Number(v ?? 0);
  const dueBy = addMonths(asOf, REVERIFICATION_WARNING_MONTHS);
  return {
    yotId,
    asOf,
    partners: facts.map((f) => ({
      agencyType: f.type,
      statutory: n(f.statutory) === 1,
      hasActivePartnership: n(f.partnerships) > 0,
      activePartnerships: n(f.partnerships),
      boardMember: f.board == null ? null : n(f.board) === 1,
      placedFte: n(f.fte),
      placedStaff: n(f.staff),
      currentAgreement: n(f.agreements) > 0,
      evidenceCount: n(f.evidence),
      acceptedEvidenceCount: n(f.accepted),
      criteriaEvidenced: n(f.criteria),
    })),
    ...partnerTotals(t),
    criteriaWithEvidence: n(t.criteria_evidenced),
    criteriaTotal: n(t.criteria_total),
    criteriaEvidencedByTwoOrMoreAgencyTypes: n(t.multi_agency),
    award:
      t.assessment_id == null
        ? null
        : {
            assessmentId: n(t.assessment_id),
            validUntil: t.valid_until,
            current: t.valid_until == null || t.valid_until >= asOf,
            reverificationDue: t.valid_until == null ? null : t.valid_until <= dueBy,
          },
  };
}

/** The partner counts and ratios shared by a YOT's coverage and a region's roll-up. */
function partnerTotals(t: Partial<Record<keyof TotalRow, unknown>>) {
  const n = (v: unknown) => Number(v ?? 0);
  return {
    expectedPartners: n(t.expected),
    partnersWithActivePartnership: n(t.with_partnership),
    partnerCoverage: ratio(n(t.with_partnership), n(t.expected)) ?? 0,
    statutoryPartnerCoverage: ratio(n(t.statutory_with_partnership), n(t.statutory_expected)) ?? 0,
    coLocationRatio: ratio(n(t.with_placed_staff), n(t.with_partnership)),
    agreementCoverage: ratio(n(t.with_agreement), n(t.with_partnership)),
  };
}

/** part / whole rounded to 4 places; null when the whole is 0. */
function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
