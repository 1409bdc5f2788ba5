/**
 * A reporting period: a calendar quarter written `YYYY-Qn` (e.g. `2026-Q3`), of the years 1900–2099. KPI returns,
 * outcomes and the export CLI check periods against this one pattern.
 */
export const QUARTER = /^(19|20)\d{2}-Q[1-4]$/;
