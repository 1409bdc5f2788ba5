import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';
import { ComparatorGroupsDocument, YotKpiComparisonDocument } from './generated/graphql';
import { addCoverageFixture, FIXTURE_CODE } from './support/coverage-fixture';
import { startTestHub, TestHub } from './support/hub';
import { withoutWrites } from './support/snapshot';

const CLI = join(projectRoot(), 'dist', 'src', 'import', 'cli.js');
const BARNET = 'E09000003';
const KNOWSLEY = 'E08000011';

describe('npm run import: populations, comparator groups and children with characteristics', () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    await addCoverageFixture(hub.dataSource);
    dir = mkdtempSync(join(tmpdir(), 'hub-import-comparators-'));
  });
  afterAll(() => hub.close());

  const run = (file: string) => {
    const result = spawnSync(process.execPath, [CLI, file], {
      env: { ...process.env, DATABASE_URL: hub.url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('loads populations from a CSV, replacing the figure of a year loaded again', async () => {
    const first = run(
      file(
        'populations.csv',
        `yot_code,year,population_10_17,source\r\n${BARNET},2024,"31,000",test estimate 2024\r\n${BARNET},2025,30500,test estimate 2025\r\n${FIXTURE_CODE},2025,20000,test estimate\r\n`,
      ),
    );
    expect(first).toMatchObject({
      code: 0,
      stdout: 'populations.csv: populations: 3 rows read, 3 written, 0 rejected.\n',
    });
    const again = run(
      file(
        'populations-again.csv',
        `yot_code,year,population_10_17,source\r\n${BARNET},2025,30000,revised estimate 2025\r\n`,
      ),
    );
    expect(again.code).toBe(0);
    const { data } = await hub.exec(YotKpiComparisonDocument, { code: BARNET, quarter: '2026-Q3' });
    expect(data!.yot!.populations).toEqual([
      { year: 2024, population10To17: 31000, source: 'test estimate 2024' },
      { year: 2025, population10To17: 30000, source: 'revised estimate 2025' },
    ]);
  });

  it('refuses a populations file with a bad row and writes nothing, listing each bad row', async () => {
    const result = await withoutWrites(hub.dataSource, async () =>
      run(
        file(
          'bad-populations.csv',
          `yot_code,year,population_10_17,source\r\n${KNOWSLEY},2025,15000,ok figure\r\nE99999999,2025,100,nowhere\r\n${KNOWSLEY},2025,lots,words\r\n${KNOWSLEY},1850,100,too old\r\n`,
        ),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'bad-populations.csv: populations: 4 rows read, 0 written, 3 rejected; nothing was written.\n' +
        '  line 3: no YOT with code "E99999999"\n' +
        '  line 4: population_10_17 "lots" must be a whole number\n' +
        '  line 5: year: must be from 1990 to 2100\n',
    );
  });

  it('loads comparator groups, one row per member, each group replaced as a whole', async () => {
    const result = run(
      file(
        'groups.csv',
        `group_code,group_name,group_source,yot_code\r\nFAMILY-A,Family A,test grouping,${BARNET}\r\nFAMILY-A,Family A,test grouping,${FIXTURE_CODE}\r\nFAMILY-B,Family B,,${KNOWSLEY}\r\n`,
      ),
    );
    expect(result).toMatchObject({
      code: 0,
      stdout: 'groups.csv: comparator-groups: 3 rows read, 3 written, 0 rejected.\n',
    });
    // Loading Family B again with Fixtureshire moves it out of Family A.
    expect(
      run(
        file(
          'groups-2.csv',
          `group_code,group_name,yot_code\r\nFAMILY-B,Family B,${KNOWSLEY}\r\nFAMILY-B,Family B,${FIXTURE_CODE}\r\n`,
        ),
      ).code,
    ).toBe(0);
    const { data } = await hub.exec(ComparatorGroupsDocument);
    expect(data!.comparatorGroups).toEqual([
      { code: 'FAMILY-A', name: 'Family A', source: 'test grouping', members: [{ code: BARNET }] },
      {
        code: 'FAMILY-B',
        name: 'Family B',
        source: null,
        members: expect.arrayContaining([{ code: KNOWSLEY }, { code: FIXTURE_CODE }]),
      },
    ]);
    const bad = await withoutWrites(hub.dataSource, async () =>
      run(
        file(
          'bad-groups.csv',
          `group_code,group_name,yot_code\r\nFAMILY-C,Family C,${BARNET}\r\nFAMILY-C,Another name,${KNOWSLEY}\r\nFAMILY-D,Family D,E99999999\r\n`,
        ),
      ),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '  line 3: group FAMILY-C has another name or source on an earlier row; give each group one name and source\n',
    );
    expect(bad.stdout).toContain('  line 4: line 4: no YOT with code "E99999999"\n');
  });

  it('registers children with their characteristics, validated like registerChild', async () => {
    const result = run(
      file(
        'children.csv',
        `yot_code,child_ref,age_band,send_status,ethnicity,sex,care_status,exclusion,alternative_provision,slcn,neurodevelopmental_needs\r\n${FIXTURE_CODE},IMP-1,AGE_14_TO_15,IDP_SCHOOL,black,female,looked_after,suspended,yes,identified,adhd;autism\r\n${FIXTURE_CODE},IMP-2,AGE_16_TO_17,EHCP,,,,,,,none\r\n`,
      ),
    );
    expect(result).toMatchObject({ code: 0, stdout: 'children.csv: children: 2 rows read, 2 written, 0 rejected.\n' });
    const rows = await hub.dataSource.query(
      `SELECT ref, "sendStatus", ethnicity, sex, "careStatus", exclusion, "alternativeProvision", slcn, "neurodevelopmentalNeeds" FROM child WHERE ref LIKE 'IMP-%' ORDER BY ref`,
    );
    expect(
      rows.map((r: Record<string, unknown>) => ({
        ...r,
        alternativeProvision: r.alternativeProvision == null ? null : Boolean(r.alternativeProvision),
      })),
    ).toEqual([
      {
        ref: 'IMP-1',
        sendStatus: 'IDP_SCHOOL',
        ethnicity: 'BLACK',
        sex: 'FEMALE',
        careStatus: 'LOOKED_AFTER',
        exclusion: 'SUSPENDED',
        alternativeProvision: true,
        slcn: 'IDENTIFIED',
        neurodevelopmentalNeeds: '["ADHD","AUTISM"]',
      },
      {
        ref: 'IMP-2',
        sendStatus: 'EHCP',
        ethnicity: null,
        sex: null,
        careStatus: null,
        exclusion: null,
        alternativeProvision: null,
        slcn: null,
        neurodevelopmentalNeeds: '[]',
      },
    ]);
    const bad = await withoutWrites(hub.dataSource, async () =>
      run(
        file(
          'bad-children.csv',
          `yot_code,child_ref,age_band,send_status,ethnicity\r\n${FIXTURE_CODE},IMP-3,AGE_14_TO_15,NONE,purple\r\n${FIXTURE_CODE},Jane Smith,AGE_14_TO_15,NONE,WHITE\r\n`,
        ),
      ),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '  line 2: ethnicity "purple" is not one of ASIAN, BLACK, MIXED, WHITE, OTHER, NOT_KNOWN\n',
    );
    expect(bad.stdout).toMatch(/ {2}line 3: ref: must be written `PREFIX-NUMBER`/);
  });
});
