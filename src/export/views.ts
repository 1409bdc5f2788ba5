import { execute, parse } from 'graphql';
import { UsageError } from '../cli/run';
import type { ExportRow } from './format';
import { DataSource } from 'typeorm';
import { createContext } from '../graphql/context';
import { hubSchema } from '../graphql/schema';
import { Caller, Role } from '../modules/auth/roles';
import { REDESIGNATION_COLUMNS, REDESIGNATIONS_QUERY, redesignationRows, RedesignationsData } from './redesignations';
import { normaliseYotCode } from '../modules/yot/yot-code';

/** Exports are for sharing, so they run as an analyst: outcome counts are suppressed as for any analyst. */
export const EXPORTER: Caller = { name: 'export', role: Role.ANALYST, yotId: null, agencyId: null };

export type ExportView = 'coverage' | 'partners' | 'criteria' | 'gaps' | 'outcomes' | 'redesignations' | 'kpi-return';
export const EXPORT_VIEWS: readonly ExportView[] = [
  'coverage',
  'partners',
  'criteria',
  'gaps',
  'outcomes',
  'redesignations',
  'kpi-return',
];

/** Views that need `--quarter`. */
export const QUARTERLY_VIEWS: readonly ExportView[] = ['kpi-return'];

/** The columns of each view, in order: written as the header even when there are no rows. */
export const EXPORT_COLUMNS: Record<ExportView, string[]> = {
  coverage: [
    'yotCode',
    'yotName',
    'region',
    'nation',
    'asOf',
    'expectedPartners',
    'partnersWithActivePartnership',
    'partnersInPlace',
    'partnersNotRecorded',
    'partnersRecordedAbsent',
    'partnersCeased',
    'partnerCoverage',
    'knownPartnerCoverage',
    'statutoryPartnerCoverage',
    'coLocationRatio',
    'agreementCoverage',
    'criteriaWithEvidence',
    'criteriaTotal',
    'criteriaEvidencedByTwoOrMoreAgencyTypes',
    'awardState',
    'awardValidUntil',
    'awardCurrent',
    'reverificationDue',
  ],
  // One row per YOT × expected agency type: `state` keeps in place, not recorded, recorded absent and ceased apart.
  partners: [
    'yotCode',
    'yotName',
    'region',
    'asOf',
    'agencyType',
    'statutory',
    'state',
    'basis',
    'activePartnerships',
    'ceasedPartnerships',
    'staffPractising',
    'staffWithoutNamedEmployer',
    'placedStaff',
    'currentAgreement',
    'evidenceCount',
  ],
  criteria: [
    'yotCode',
    'yotName',
    'region',
    'criterion',
    'criterionTitle',
    'evidenceCount',
    'acceptedEvidenceCount',
    'contributingAgencyTypes',
    'triangulated',
    'latestEvidenceOn',
    'band',
    'score',
    'gap',
  ],
  gaps: ['yotCode', 'yotName', 'region', 'kind', 'message', 'concernsId'],
  outcomes: ['region', 'measure', 'period', 'cohort', 'met', 'rate', 'suppressed'],
  redesignations: REDESIGNATION_COLUMNS,
  // One row per YOT × KPI line (KPI, cohort, stage, indicator); KPI 7 is one row per YOT saying where it comes from.
  'kpi-return': [
    'quarter',
    'yotCode',
    'yotName',
    'region',
    'nation',
    'kpiNumber',
    'kpi',
    'cohort',
    'stage',
    'indicator',
    'denominator',
    'numerator',
    'rate',
    'denominatorPer1000',
    'meanHoursOffered',
    'meanHoursAttended',
    'suppressed',
    'note',
  ],
};

/** KPI 7 in the return when the YOT's board held no meeting in the quarter: a row that says so, never a made-up figure. */
export const KPI7_NOTE = 'KPI 7 (management board attendance): no board meeting recorded in the quarter';
/** KPI 7 counts statutory-partner seats at board meetings, not children: exact, no disclosure control. */
export const KPI7_FIGURE_NOTE =
  'statutory-partner attendances / (statutory partners × meetings held); not child data, not perturbed';

/** One exported row: column name → cell (text, number, boolean or empty). */
export type { ExportRow };

/** One page of a cursor connection, as the export reads it. */
interface Page<Node> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

interface YotNode {
  code: string;
  name: string;
  region: string;
}

// The answers of the export's queries, as far as the export reads them (types as the schema declares them).
interface CoverageData {
  coverage: Page<{
    asOf: string;
    yot: YotNode & { nation: string };
    expectedPartners: number;
    partnersWithActivePartnership: number;
    partnersInPlace: number;
    partnersNotRecorded: number;
    partnersRecordedAbsent: number;
    partnersCeased: number;
    partnerCoverage: number;
    knownPartnerCoverage: number | null;
    statutoryPartnerCoverage: number;
    coLocationRatio: number | null;
    agreementCoverage: number | null;
    criteriaWithEvidence: number;
    criteriaTotal: number;
    criteriaEvidencedByTwoOrMoreAgencyTypes: number;
    award: { state: string; validUntil: string | null; current: boolean; reverificationDue: boolean | null } | null;
    partners: (Record<string, string | number | boolean | null> & { basis: string | null })[];
  }>;
}
interface CriteriaData {
  criterionCoverage:
    | {
        criterion: { code: string; title: string };
        evidenceCount: number;
        acceptedEvidenceCount: number;
        contributingAgencyTypes: string[];
        triangulated: boolean;
        latestEvidenceOn: string | null;
        band: string | null;
        score: number | null;
        gap: boolean;
      }[]
    | null;
}
interface GapsData {
  gaps: { kind: string; message: string; node: { id: string } }[] | null;
}
interface KpiFigure {
  kpiNumber: number;
  kpi: string;
  cohort: string;
  stage: string;
  indicator: string;
  denominator: number | null;
  numerator: number | null;
  rate: number | null;
  denominatorPer1000: number | null;
  meanHoursOffered: number | null;
  meanHoursAttended: number | null;
  suppressed: boolean;
}
interface KpiReturnData {
  yots: Page<YotNode & { nation: string; kpis: { figures: KpiFigure[] } | null }>;
}
interface OutcomesData {
  outcomeSummary: {
    rows: {
      region: string | null;
      measure: string | null;
      period: string | null;
      cohort: number | null;
      met: number | null;
      rate: number | null;
      suppressed: boolean;
    }[];
  };
}

/**
 * The rows of one view, computed by the same GraphQL operations the API serves (the same code paths, access
 * rules and disclosure control), for the YOTs of `region` or all.
 */
export async function exportRows(
  dataSource: DataSource,
  reader: DataSource,
  view: ExportView,
  scope: ExportScope = {},
): Promise<ExportRow[]> {
  const { region, yot, asOf, quarter } = scope;
  const schema = await hubSchema();
  const run = async <Data>(query: string, variables: Record<string, unknown>): Promise<Data> => {
    const result = await execute({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: createContext(dataSource, { caller: EXPORTER, reader }),
    });
    if (result.errors?.length) throw new Error(`export ${view}: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data as Data;
  };
  const filter = region || yot ? { ...(region ? { regions: [region] } : {}), ...(yot ? { codes: [yot] } : {}) } : null;
  const yotCodes = async (): Promise<YotNode[]> => {
    const yots: YotNode[] = [];
    let after: string | null = null;
    do {
      const data: { yots: Page<YotNode> } = await run<{ yots: Page<YotNode> }>(
        `query ExportYots($filter: YotFilter, $after: String) { yots(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { code name region } } }`,
        { filter, after },
      );
      yots.push(...data.yots.nodes);
      after = data.yots.pageInfo.hasNextPage ? data.yots.pageInfo.endCursor : null;
    } while (after);
    return yots;
  };

  switch (view) {
    case 'coverage':
    case 'partners': {
      const rows: ExportRow[] = [];
      let after: string | null = null;
      do {
        const data: CoverageData = await run<CoverageData>(
          `query ExportCoverage($filter: CoverageFilter, $after: String, $asOf: Date) {
             coverage(filter: $filter, first: 100, after: $after, asOf: $asOf) {
               pageInfo { hasNextPage endCursor }
               nodes { asOf yot { code name region nation } expectedPartners partnersWithActivePartnership partnersInPlace partnersNotRecorded
                       partnersRecordedAbsent partnersCeased partnerCoverage knownPartnerCoverage statutoryPartnerCoverage
                       coLocationRatio agreementCoverage criteriaWithEvidence criteriaTotal criteriaEvidencedByTwoOrMoreAgencyTypes
                       award { state validUntil current reverificationDue }
                       partners { agencyType statutory state basis activePartnerships ceasedPartnerships staffPractising staffWithoutNamedEmployer placedStaff currentAgreement evidenceCount } }
             }
           }`,
          { filter, after, asOf },
        );
        for (const n of data.coverage.nodes) {
          if (view === 'partners') {
            for (const p of n.partners)
              rows.push({
                yotCode: n.yot.code,
                yotName: n.yot.name,
                region: n.yot.region,
                asOf: n.asOf,
                ...p,
                basis: p.basis ?? null,
              });
            continue;
          }
          rows.push({
            yotCode: n.yot.code,
            yotName: n.yot.name,
            region: n.yot.region,
            nation: n.yot.nation,
            asOf: n.asOf,
            expectedPartners: n.expectedPartners,
            partnersWithActivePartnership: n.partnersWithActivePartnership,
            partnersInPlace: n.partnersInPlace,
            partnersNotRecorded: n.partnersNotRecorded,
            partnersRecordedAbsent: n.partnersRecordedAbsent,
            partnersCeased: n.partnersCeased,
            partnerCoverage: n.partnerCoverage,
            knownPartnerCoverage: n.knownPartnerCoverage,
            statutoryPartnerCoverage: n.statutoryPartnerCoverage,
            coLocationRatio: n.coLocationRatio,
            agreementCoverage: n.agreementCoverage,
            criteriaWithEvidence: n.criteriaWithEvidence,
            criteriaTotal: n.criteriaTotal,
            criteriaEvidencedByTwoOrMoreAgencyTypes: n.criteriaEvidencedByTwoOrMoreAgencyTypes,
            awardState: n.award?.state ?? null,
            awardValidUntil: n.award?.validUntil ?? null,
            awardCurrent: n.award?.current ?? null,
            reverificationDue: n.award?.reverificationDue ?? null,
          });
        }
        after = data.coverage.pageInfo.hasNextPage ? data.coverage.pageInfo.endCursor : null;
      } while (after);
      return rows;
    }
    case 'criteria': {
      const rows: ExportRow[] = [];
      for (const yot of await yotCodes()) {
        const data = await run<CriteriaData>(
          `query ExportCriteria($code: String!, $asOf: Date) { criterionCoverage(yotCode: $code, asOf: $asOf) { criterion { code title } evidenceCount acceptedEvidenceCount contributingAgencyTypes triangulated latestEvidenceOn band score gap } }`,
          { code: yot.code, asOf },
        );
        for (const c of data.criterionCoverage!) {
          rows.push({
            yotCode: yot.code,
            yotName: yot.name,
            region: yot.region,
            criterion: c.criterion.code,
            criterionTitle: c.criterion.title,
            evidenceCount: c.evidenceCount,
            acceptedEvidenceCount: c.acceptedEvidenceCount,
            contributingAgencyTypes: c.contributingAgencyTypes.join('; '),
            triangulated: c.triangulated,
            latestEvidenceOn: c.latestEvidenceOn,
            band: c.band,
            score: c.score,
            gap: c.gap,
          });
        }
      }
      return rows;
    }
    case 'gaps': {
      const rows: ExportRow[] = [];
      for (const yot of await yotCodes()) {
        const data = await run<GapsData>(
          `query ExportGaps($code: String!, $asOf: Date) { gaps(yotCode: $code, asOf: $asOf) { kind message node { id } } }`,
          { code: yot.code, asOf },
        );
        for (const g of data.gaps!)
          rows.push({
            yotCode: yot.code,
            yotName: yot.name,
            region: yot.region,
            kind: g.kind,
            message: g.message,
            concernsId: g.node.id,
          });
      }
      return rows;
    }
    case 'kpi-return': {
      const rows: ExportRow[] = [];
      const withheld = (value: number | null, suppressed: boolean) => (suppressed ? 'c' : value);
      let after: string | null = null;
      do {
        const data: KpiReturnData = await run<KpiReturnData>(
          `query ExportKpiReturn($filter: YotFilter, $after: String, $quarter: String!) {
             yots(filter: $filter, first: 100, after: $after) {
               pageInfo { hasNextPage endCursor }
               nodes { code name region nation kpis(quarter: $quarter) { figures { kpiNumber kpi cohort stage indicator denominator numerator rate denominatorPer1000 meanHoursOffered meanHoursAttended suppressed } } }
             }
           }`,
          { filter, after, quarter },
        );
        for (const y of data.yots.nodes) {
          const yot = { quarter: quarter!, yotCode: y.code, yotName: y.name, region: y.region, nation: y.nation };
          const kpi7 = {
            ...yot,
            kpiNumber: 7,
            kpi: 'MANAGEMENT_BOARD_ATTENDANCE',
            cohort: null,
            stage: null,
            indicator: null,
            denominator: null,
            numerator: null,
            rate: null,
            denominatorPer1000: null,
            meanHoursOffered: null,
            meanHoursAttended: null,
            suppressed: false,
            note: KPI7_NOTE,
          };
          const figures: ExportRow[] = y.kpis!.figures.map((f) => ({
            ...yot,
            kpiNumber: f.kpiNumber,
            kpi: f.kpi,
            cohort: f.cohort,
            stage: f.stage,
            indicator: f.indicator,
            denominator: withheld(f.denominator, f.suppressed),
            numerator: withheld(f.numerator, f.suppressed),
            rate: withheld(f.rate, f.suppressed),
            denominatorPer1000: withheld(f.denominatorPer1000, f.suppressed),
            meanHoursOffered: withheld(f.meanHoursOffered, f.suppressed),
            meanHoursAttended: withheld(f.meanHoursAttended, f.suppressed),
            suppressed: f.suppressed,
            note: f.kpiNumber === 7 ? KPI7_FIGURE_NOTE : null,
          }));
          const kpi7s = figures.filter((f) => Number(f.kpiNumber) === 7);
          rows.push(
            ...figures.filter((f) => Number(f.kpiNumber) < 7),
            ...(kpi7s.length ? kpi7s : [kpi7]),
            ...figures.filter((f) => Number(f.kpiNumber) > 7),
          );
        }
        after = data.yots.pageInfo.hasNextPage ? data.yots.pageInfo.endCursor : null;
      } while (after);
      return rows;
    }
    case 'outcomes': {
      const data = await run<OutcomesData>(
        `query ExportOutcomes($filter: OutcomeSummaryFilter) { outcomeSummary(groupBy: [REGION, MEASURE, PERIOD], filter: $filter) { suppressionThreshold rows { region measure period cohort met rate suppressed } } }`,
        // No filter at all unless asked: an empty filter object is not the same request as none.
        {
          filter:
            region || asOf
              ? { ...(region ? { regions: [region] } : {}), ...(asOf ? { periodTo: quarterOf(asOf) } : {}) }
              : null,
        },
      );
      // Withheld counts are written `c`, the convention of published statistics, never as 0 or an empty cell.
      const withheld = (value: number | null, suppressed: boolean) => (suppressed ? 'c' : value);
      return data.outcomeSummary.rows.map((r) => ({
        region: r.region,
        measure: r.measure,
        period: r.period,
        cohort: withheld(r.cohort, r.suppressed),
        met: withheld(r.met, r.suppressed),
        rate: withheld(r.rate, r.suppressed),
        suppressed: r.suppressed,
      }));
    }
    case 'redesignations':
      return redesignationRows(
        await run<RedesignationsData>(REDESIGNATIONS_QUERY, { within: scope.withinMonths ?? 6, asOf: asOf ?? null }),
        region,
      );
  }
}

/** What an export covers: one region or one YOT (or all), judged on `asOf` (default today). */
export interface ExportScope {
  region?: string;
  yot?: string;
  asOf?: string;
  /** `redesignations`: months ahead to look (default 6). */
  withinMonths?: number;
  /** `kpi-return`: the quarter (`YYYY-Qn`). */
  quarter?: string;
}

/**
 * Checks `--region` and `--yot` against the database and returns them as stored: a region is matched without
 * regard to case (`london` → `London`); an unknown one is a UsageError naming the known ones.
 */
export async function checkScope(
  dataSource: DataSource,
  scope: { region?: string; yot?: string },
): Promise<{ region?: string; yot?: string }> {
  const checked: { region?: string; yot?: string } = {};
  if (scope.region !== undefined) {
    const regions = (
      await dataSource.query<{ region: string }[]>('SELECT DISTINCT region FROM yot ORDER BY region')
    ).map((r) => r.region);
    const match = regions.find((r) => r.toLowerCase() === scope.region!.trim().toLowerCase());
    if (!match)
      throw new UsageError(
        `There is no YOT in region "${scope.region}"; the regions are ${regions.join(', ') || '(none: the database has no YOTs)'}.`,
      );
    checked.region = match;
  }
  if (scope.yot !== undefined) {
    const code = normaliseYotCode(scope.yot);
    const found = await dataSource.query<{ region: string }[]>(
      ...dataSource.driver.escapeQueryWithParameters('SELECT region FROM yot WHERE code = :code', { code }, {}),
    );
    if (!found.length) throw new UsageError(`There is no YOT with code "${scope.yot}".`);
    if (checked.region && found[0].region !== checked.region)
      throw new UsageError(`YOT ${code} is in ${found[0].region}, not ${checked.region}.`);
    checked.yot = code;
  }
  return checked;
}

/** The quarter (`YYYY-Qn`) holding a date: `2025-05-14` → `2025-Q2`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
