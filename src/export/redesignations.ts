/** The `redesignations` export: the re-designation reminder query, one row per award. */
export const REDESIGNATION_COLUMNS = [
  'yotCode',
  'yotName',
  'region',
  'state',
  'level',
  'decidedOn',
  'validUntil',
  'daysLeft',
  'redesignationUnderWay',
  'awardingBody',
];

/** The operation the export runs (the API's own query, as an analyst). */
export const REDESIGNATIONS_QUERY = `query ExportRedesignations($within: Int!, $asOf: Date) {
  redesignationReminders(withinMonths: $within, asOf: $asOf) {
    yotCode yotName state validUntil daysLeft redesignationUnderWay yot { region } award { level decidedOn awardingBody { name } }
  }
}`;

/** The answer to REDESIGNATIONS_QUERY, as far as the export reads it. */
export interface RedesignationsData {
  redesignationReminders: {
    yotCode: string;
    yotName: string;
    state: string;
    validUntil: string;
    daysLeft: number;
    redesignationUnderWay: boolean;
    yot: { region: string };
    award: { level: string; decidedOn: string | null; awardingBody: { name: string } | null };
  }[];
}

/** Rows of the reminder, optionally only the YOTs of `region`. */
export function redesignationRows(
  data: RedesignationsData,
  region?: string,
): Record<string, string | number | boolean | null>[] {
  return data.redesignationReminders
    .filter((r) => !region || r.yot.region === region)
    .map((r) => ({
      yotCode: r.yotCode,
      yotName: r.yotName,
      region: r.yot.region,
      state: r.state,
      level: r.award.level,
      decidedOn: r.award.decidedOn,
      validUntil: r.validUntil,
      daysLeft: r.daysLeft,
      redesignationUnderWay: r.redesignationUnderWay,
      awardingBody: r.award.awardingBody?.name ?? null,
    }));
}
