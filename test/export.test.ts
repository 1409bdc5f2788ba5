import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeMeasure, SendStatus } from '../src/modules/child/child.enums';
import { projectRoot } from '../src/paths';
import { addChildren } from './support/fixtures';
import { startTestHub, TestHub } from './support/hub';

const CLI = join(projectRoot(), 'dist', 'src', 'export', 'cli.js');
const BOM = '\uFEFF';

describe('npm run export', () => {
  let hub: TestHub;
  const dir = mkdtempSync(join(tmpdir(), 'hub-export-'));
  beforeAll(async () => {
    hub = await startTestHub();
    // Barnet, 2025-Q1: 12 of 20 in suitable accommodation, 12 in suitable ETE, 3 screened. The export runs as an
    // analyst, so counts are perturbed (README "Disclosure control"): 12 of 20 publishes as 13 of 21 with these
    // children's record keys. The 3 is withheld, and so is the next-smallest cell of the group (12).
    await addChildren(hub.dataSource, 'E09000003', [
      ...Array.from({ length: 20 }, (_, i) => ({
        ref: `EXP-A${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ACCOMMODATION, met: i < 12, period: '2025-Q1' }],
      })),
      ...Array.from({ length: 12 }, (_, i) => ({
        ref: `EXP-M${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SUITABLE_ETE, met: true, period: '2025-Q1' }],
      })),
      ...Array.from({ length: 3 }, (_, i) => ({
        ref: `EXP-N${i}`,
        sendStatus: SendStatus.EHCP,
        outcomes: [{ measure: OutcomeMeasure.SEND_SCREENED, met: false, period: '2025-Q1' }],
      })),
    ]);
  });
  afterAll(() => hub.close());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
  const csv = (text: string) => parse<Record<string, string>>(text, { bom: true, columns: true });

  it('writes coverage as CSV a spreadsheet opens cleanly: UTF-8 with BOM, CRLF line ends, a header, ISO dates', () => {
    const out = join(dir, 'coverage.csv');
    const result = run('coverage', '--out', out);
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      `${BOM}"yotCode","yotName","region","nation","asOf","expectedPartners","partnersWithActivePartnership","partnersInPlace","partnersNotRecorded","partnersRecordedAbsent","partnersCeased","partnerCoverage","knownPartnerCoverage","statutoryPartnerCoverage","coLocationRatio","agreementCoverage","criteriaWithEvidence","criteriaTotal","criteriaEvidencedByTwoOrMoreAgencyTypes","awardState","awardValidUntil","awardCurrent","reverificationDue"`,
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = csv(text);
    expect(rows.map((r) => r.yotCode)).toEqual(['E09000003', 'E08000011']);
    expect(rows[0]).toMatchObject({
      yotName: 'Barnet Youth Justice Service',
      region: 'London',
      nation: 'ENGLAND',
      expectedPartners: '13',
    });
    expect(rows[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Unknown is not absent, and an award without a date is not current.
    expect(rows[0]).toMatchObject({
      partnersInPlace: '10',
      partnersNotRecorded: '3',
      partnersRecordedAbsent: '0',
      partnersCeased: '0',
      awardState: 'UNKNOWN',
      awardCurrent: 'false',
      awardValidUntil: '',
    });
    expect(rows[1]).toMatchObject({
      partnersInPlace: '4',
      partnersNotRecorded: '7',
      partnersCeased: '2',
      coLocationRatio: '0.25',
    });
  });

  it('writes each YOT × expected partner type with its state: in place, not recorded, recorded absent or ceased', () => {
    const rows = csv(run('partners', '--region', 'North West').stdout);
    expect(rows).toHaveLength(13);
    const row = (type: string) => rows.find((r) => r.agencyType === type)!;
    expect(row('POLICE')).toMatchObject({
      yotCode: 'E08000011',
      state: 'IN_PLACE',
      basis: 'PARTNERSHIP',
      activePartnerships: '1',
    });
    expect(row('HEALTH_COMMISSIONER')).toMatchObject({
      state: 'CEASED',
      basis: 'CEASED_BODY',
      ceasedPartnerships: '1',
      activePartnerships: '0',
    });
    expect(row('LA_CHILDRENS_SOCIAL_CARE')).toMatchObject({ state: 'IN_PLACE', basis: 'HOST_AUTHORITY' });
    expect(row('CAMHS')).toMatchObject({ state: 'NOT_RECORDED', basis: '' });
    const barnet = csv(run('partners', '--region', 'London').stdout);
    expect(barnet.find((r) => r.agencyType === 'SPEECH_AND_LANGUAGE_THERAPY')).toMatchObject({
      state: 'IN_PLACE',
      basis: 'PLACED_STAFF',
      staffWithoutNamedEmployer: '1',
    });
  });

  it('filters by region and writes JSON on request', () => {
    const result = run('coverage', '--region', 'London', '--format', 'json');
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as { yotCode: string; partnerCoverage: number }[];
    expect(rows.map((r) => r.yotCode)).toEqual(['E09000003']);
    expect(typeof rows[0].partnerCoverage).toBe('number');
  });

  it('exports criteria and gaps per YOT, quoting fields that hold commas or quotes', () => {
    const criteria = csv(run('criteria', '--region', 'North West').stdout);
    expect(criteria).toHaveLength(10);
    expect(criteria.map((r) => r.criterion)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10']);
    expect(criteria.every((r) => r.yotCode === 'E08000011' && ['true', 'false'].includes(r.gap))).toBe(true);
    const raw = run('gaps').stdout;
    const gaps = csv(raw);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.kind && g.message && g.concernsId)).toBe(true);
    // A message with a comma survives the round trip because it was quoted.
    const withComma = gaps.find((g) => g.message.includes(','));
    if (withComma) expect(raw).toContain(`"${withComma.message.replace(/"/g, '""')}"`);
  });

  it('writes withheld outcome counts as c, never as 0 or blank', () => {
    const rows = csv(run('outcomes').stdout);
    expect(rows).toContainEqual({
      region: 'London',
      measure: 'SUITABLE_ACCOMMODATION',
      period: '2025-Q1',
      cohort: '21',
      met: '13',
      rate: '0.619',
      suppressed: 'false',
    });
    expect(rows).toContainEqual({
      region: 'London',
      measure: 'SUITABLE_ETE',
      period: '2025-Q1',
      cohort: 'c',
      met: 'c',
      rate: 'c',
      suppressed: 'true',
    });
    expect(rows).toContainEqual({
      region: 'London',
      measure: 'SEND_SCREENED',
      period: '2025-Q1',
      cohort: 'c',
      met: 'c',
      rate: 'c',
      suppressed: 'true',
    });
  });

  it('refuses an unknown view with its usage, writing nothing', () => {
    const result = run('everything');
    expect(result.status).toBe(1); // bad usage (README "Exit codes")
    expect(result.stderr).toMatch(
      /usage: npm run export -- <coverage\|partners\|criteria\|gaps\|outcomes\|redesignations\|kpi-return>/,
    );
    expect(result.stdout).toBe('');
  });
});
