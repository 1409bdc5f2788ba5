import { validate } from 'class-validator';
import { IsNull } from 'typeorm';
import { HubContext } from '../graphql/context';
import { HubError } from '../graphql/errors';
import { decodeGlobalId, encodeGlobalId } from '../graphql/relay';
import { dateProblem } from '../graphql/scalars';
import { violations } from '../graphql/validation';
import { Agency } from '../modules/agency/agency.entity';
import { AgencyType } from '../modules/agency/agency.enums';
import { AgencyService } from '../modules/agency/agency.service';
import { Child } from '../modules/child/child.entity';
import { MAX_OUTCOME_BATCH, OutcomeInput, RecordOutcomesInput } from '../modules/child/child.inputs';
import { OutcomeMeasure } from '../modules/child/child.enums';
import { ChildWriteService, RowError } from '../modules/child/child-write.service';
import { RecordEvidenceInput } from '../modules/evidence/evidence-write.inputs';
import { EvidenceKind, EvidenceStatus } from '../modules/evidence/evidence.enums';
import { Evidence } from '../modules/evidence/evidence.entity';
import { Partnership } from '../modules/partnership/partnership.entity';
import { PartnershipStatus } from '../modules/partnership/partnership.enums';
import { EvidenceWriteService } from '../modules/evidence/evidence-write.service';
import { Criterion } from '../modules/framework/criterion.entity';
import { DEFAULT_FRAMEWORK_CODE, FrameworkService } from '../modules/framework/framework.service';
import { AddPartnershipInput } from '../modules/partnership/partnership.inputs';
import { PartnershipService } from '../modules/partnership/partnership.service';
import { Yot } from '../modules/yot/yot.entity';
import { RegisterChildInput } from '../modules/child/child.inputs';
import { AgeBand, SendStatus } from '../modules/child/child.enums';
import {
  CareStatus,
  Ethnicity,
  ExclusionStatus,
  NeedStatus,
  NeurodevelopmentalNeed,
  Sex,
} from '../modules/child/characteristics.enums';
import { SetComparatorGroupInput, SetYotPopulationInput } from '../modules/comparator/comparator.inputs';
import { ComparatorService } from '../modules/comparator/comparator.service';
import { ImportKind, SourceRow } from './parse-file';
import { normaliseYotCode } from '../modules/yot/yot-code';

/** A row the import refused, and why. */
export interface Rejection {
  where: string;
  reason: string;
}

/** The reasons a row cannot be imported (every one found, not just the first); reported with its line. */
class RowProblem extends Error {
  readonly reasons: string[];
  constructor(reasons: string | string[]) {
    const list = Array.isArray(reasons) ? reasons : [reasons];
    super(list.join('; '));
    this.reasons = list;
  }
}

/** Collects the problems of one row while it is read, so each is reported, then throws them together. */
class Problems {
  private readonly reasons: string[] = [];

  /** Runs one conversion; a RowProblem is noted (its value is then undefined), anything else propagates. */
  async take<T>(work: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      this.reasons.push(...error.reasons);
      return undefined;
    }
  }

  /** Throws every problem noted so far as one RowProblem. */
  check(): void {
    if (this.reasons.length) throw new RowProblem(this.reasons);
  }
}

/** What an import did: rows refused (with reasons), and rows skipped because the hub already holds them. */
export interface ImportOutcome {
  rejected: Rejection[];
  skipped: number;
}

/**
 * Applies rows through the same services (and validation) as the GraphQL mutations, inside the caller's
 * transaction `tx`. Each row runs in a savepoint so one bad row does not hide the next row's problems;
 * the caller rolls everything back when any row was rejected. `onRow` reports progress.
 */
export async function importRows(
  tx: HubContext,
  kind: ImportKind,
  rows: SourceRow[],
  onRow: (done: number) => void,
): Promise<ImportOutcome> {
  const lookups = new Lookups(tx);
  const rejected: Rejection[] = [];
  let skipped = 0;
  const reject = (row: SourceRow, error: RowProblem | HubError) => {
    for (const reason of error instanceof RowProblem ? error.reasons : [error.message])
      rejected.push({ where: row.where, reason });
  };
  const attempt = async (row: SourceRow, work: (inner: HubContext) => Promise<void>) => {
    try {
      await tx.db.transaction((db) => work({ ...tx, db }));
    } catch (error) {
      if (!(error instanceof RowProblem || error instanceof HubError)) throw error;
      reject(row, error);
    }
  };

  if (kind === 'outcomes') {
    for (let start = 0; start < rows.length; start += MAX_OUTCOME_BATCH) {
      const chunk = rows.slice(start, start + MAX_OUTCOME_BATCH);
      const outcomes: { row: SourceRow; input: OutcomeInput }[] = [];
      for (const row of chunk) {
        try {
          outcomes.push({ row, input: await lookups.outcome(row.values) });
        } catch (error) {
          if (!(error instanceof RowProblem || error instanceof HubError)) throw error;
          reject(row, error);
        }
      }
      const batch = Object.assign(new RecordOutcomesInput(), { outcomes: outcomes.map((o) => o.input) });
      const problems = await check(batch);
      if (problems) rejected.push({ where: chunk[0].where, reason: problems });
      else if (outcomes.length) {
        try {
          await tx.db.transaction((db) => ChildWriteService.record({ ...tx, db }, batch));
        } catch (error) {
          if (!(error instanceof HubError)) throw error;
          const rowErrors = (error.extensions.rows as RowError[] | undefined) ?? [];
          if (!rowErrors.length) rejected.push({ where: chunk[0].where, reason: error.message });
          for (const e of rowErrors) rejected.push({ where: outcomes[e.index].row.where, reason: e.reason });
        }
      }
      onRow(start + chunk.length);
    }
    return { rejected, skipped };
  }

  if (kind === 'comparator-groups')
    return { rejected: await importGroups(rows, lookups, attempt, onRow, rejected), skipped };

  for (const [i, row] of rows.entries()) {
    await attempt(row, async (inner) => {
      if (kind === 'children') {
        const input = await lookups.child(row.values);
        await requireValid(input);
        await ChildWriteService.register(inner, input);
      } else if (kind === 'populations') {
        const input = await lookups.population(row.values);
        await requireValid(input);
        await ComparatorService.setPopulation(inner, input);
      } else if (kind === 'evidence') {
        const input = await lookups.evidence(row.values);
        await requireValid(input);
        if (await evidenceExists(inner, input)) skipped++;
        else await EvidenceWriteService.record(inner, input);
      } else {
        const input = await lookups.partnership(inner, row.values);
        await requireValid(input);
        if (await activePartnershipExists(inner, input)) skipped++;
        else await PartnershipService.add(inner, input);
      }
    });
    onRow(i + 1);
  }
  return { rejected, skipped };
}

/**
 * Natural key of an imported evidence item: its YOT, title, kind and date. A current item with the same key is
 * the same item imported before (from this file or an earlier version of it), so the row is skipped.
 */
async function evidenceExists(tx: HubContext, input: RecordEvidenceInput): Promise<boolean> {
  return tx.db.getRepository(Evidence).existsBy({
    yotId: decodeGlobalId(input.yotId, 'Yot').key,
    title: input.title,
    kind: input.kind,
    occurredOn: input.occurredOn ?? IsNull(),
    status: EvidenceStatus.CURRENT,
  } as never);
}

/** Natural key of an imported partnership: its YOT and agency, while active (one active partnership per pair). */
async function activePartnershipExists(tx: HubContext, input: AddPartnershipInput): Promise<boolean> {
  return tx.db.getRepository(Partnership).existsBy({
    yotId: decodeGlobalId(input.yotId, 'Yot').key,
    agencyId: decodeGlobalId(input.agencyId, 'Agency').key,
    status: PartnershipStatus.ACTIVE,
  });
}

/**
 * Comparator groups: rows are gathered by group code and each group is set as a whole (name, source and all
 * its member YOTs), so a file is the complete membership of the groups it names. A bad row rejects its group.
 */
async function importGroups(
  rows: SourceRow[],
  lookups: Lookups,
  attempt: (row: SourceRow, work: (inner: HubContext) => Promise<void>) => Promise<void>,
  onRow: (done: number) => void,
  rejected: Rejection[],
): Promise<Rejection[]> {
  const groups = new Map<string, SourceRow[]>();
  for (const row of rows) {
    const code = (cell(row.values, 'group_code') ?? '').trim().toUpperCase();
    groups.set(code, [...(groups.get(code) ?? []), row]);
  }
  let done = 0;
  for (const [code, members] of groups) {
    const first = members[0].values;
    const other = members.find(
      (m) =>
        m.values.group_name !== first.group_name ||
        (cell(m.values, 'group_source') ?? '') !== (cell(first, 'group_source') ?? ''),
    );
    if (other)
      rejected.push({
        where: other.where,
        reason: `group ${code} has another name or source on an earlier row; give each group one name and source`,
      });
    else {
      await attempt(members[0], async (inner) => {
        const yotIds: string[] = [];
        for (const m of members) {
          try {
            yotIds.push(await lookups.yotId(m.values.yot_code));
          } catch (error) {
            throw new RowProblem(`${m.where}: ${(error as Error).message}`);
          }
        }
        const input = Object.assign(new SetComparatorGroupInput(), {
          code,
          name: first.group_name,
          source: first.group_source || null,
          yotIds,
        });
        await requireValid(input);
        await ComparatorService.setGroup(inner, input);
      });
    }
    done += members.length;
    onRow(done);
  }
  return rejected;
}

/** Resolves names and codes in a row to the ids the services take, caching lookups for the whole file. */
class Lookups {
  private readonly yots = new Map<string, Yot | null>();
  private readonly criteria = new Map<string, number>();

  constructor(private readonly tx: HubContext) {}

  async evidence(v: Record<string, string>): Promise<RecordEvidenceInput> {
    const p = new Problems();
    const yot = await p.take(() => this.yot(v.yot_code));
    const kind = await p.take(() => oneOf(EvidenceKind, v.kind, 'kind'));
    const occurredOn = await p.take(() => date(v.occurred_on, 'occurred_on'));
    const expiresOn = await p.take(() => date(v.expires_on, 'expires_on'));
    const criteria = await p.take(() => this.criterionIds(split(v.criteria)));
    const providedBy = v.provided_by ? await p.take(() => this.agency(v.provided_by)) : null;
    const agencies: (Agency | undefined)[] = [];
    for (const name of split(v.agencies)) agencies.push(await p.take(() => this.agency(name)));
    p.check();
    return Object.assign(new RecordEvidenceInput(), {
      yotId: encodeGlobalId('Yot', yot!.id),
      title: v.title,
      kind: kind!,
      summary: v.summary || null,
      occurredOn: occurredOn ?? null,
      expiresOn: expiresOn ?? null,
      source: v.source || null,
      providedById: providedBy ? encodeGlobalId('Agency', providedBy.id) : null,
      agencyIds: agencies.map((a) => encodeGlobalId('Agency', a!.id)),
      criteria: criteria!.map((id) => ({
        criterionId: encodeGlobalId('Criterion', id),
        note: v.criteria_note || null,
      })),
    });
  }

  async partnership(tx: HubContext, v: Record<string, string>): Promise<AddPartnershipInput> {
    const p = new Problems();
    const yot = await p.take(() => this.yot(v.yot_code));
    const type = await p.take(() => oneOf(AgencyType, v.agency_type, 'agency_type'));
    const statutory = await p.take(() => bool(v.statutory, 'statutory'));
    const boardMember = await p.take(() => bool(v.board_member, 'board_member'));
    const startedOn = await p.take(() => date(v.started_on, 'started_on'));
    p.check();
    const existing = await tx.db.getRepository(Agency).findOneBy({ name: v.agency_name, type: type! });
    const agency =
      existing ?? (await AgencyService.create(tx, Object.assign({}, { name: v.agency_name, type: type! }))).agency;
    return Object.assign(new AddPartnershipInput(), {
      yotId: encodeGlobalId('Yot', yot!.id),
      agencyId: encodeGlobalId('Agency', agency.id),
      statutory: statutory ?? false,
      boardMember: boardMember ?? null,
      startedOn: startedOn ?? null,
      notes: v.notes || null,
    });
  }

  async outcome(v: Record<string, string>): Promise<OutcomeInput> {
    const p = new Problems();
    const yot = await p.take(() => this.yot(v.yot_code));
    const child = yot ? await this.tx.db.getRepository(Child).findOneBy({ yotId: yot.id, ref: v.child_ref }) : null;
    if (yot && !child)
      await p.take(() =>
        Promise.reject(
          new RowProblem(`no child with reference "${v.child_ref}" in ${yot.code}; register the child first`),
        ),
      );
    const met = await p.take(() => bool(v.met, 'met'));
    if (met === null) await p.take(() => Promise.reject(new RowProblem('met must be true or false')));
    const measure = await p.take(() => oneOf(OutcomeMeasure, v.measure, 'measure'));
    const recordedBy = v.recorded_by ? await p.take(() => this.agency(v.recorded_by)) : null;
    p.check();
    return Object.assign(new OutcomeInput(), {
      childId: encodeGlobalId('Child', child!.id),
      measure: measure!,
      met: met!,
      period: v.period,
      recordedById: recordedBy ? encodeGlobalId('Agency', recordedBy.id) : null,
    });
  }

  async yotId(code: string): Promise<string> {
    return encodeGlobalId('Yot', (await this.yot(code)).id);
  }

  async child(v: Record<string, string>): Promise<RegisterChildInput> {
    const optional = <E extends Record<string, string>>(enumeration: E, value: string | undefined, column: string) =>
      (value ?? '').trim() === '' ? null : oneOf(enumeration, value, column);
    const needs = split(v.neurodevelopmental_needs);
    return Object.assign(new RegisterChildInput(), {
      yotId: await this.yotId(v.yot_code),
      ref: v.child_ref,
      ageBand: oneOf(AgeBand, v.age_band, 'age_band'),
      sendStatus: oneOf(SendStatus, v.send_status, 'send_status'),
      needs: split(v.needs),
      ethnicity: optional(Ethnicity, v.ethnicity, 'ethnicity'),
      sex: optional(Sex, v.sex, 'sex'),
      careStatus: optional(CareStatus, v.care_status, 'care_status'),
      exclusion: optional(ExclusionStatus, v.exclusion, 'exclusion'),
      alternativeProvision: bool(v.alternative_provision, 'alternative_provision'),
      slcn: optional(NeedStatus, v.slcn, 'slcn'),
      // `none` records "no neurodevelopmental need" (an empty list); an empty cell is "not recorded".
      neurodevelopmentalNeeds:
        (cell(v, 'neurodevelopmental_needs') ?? '').trim().toLowerCase() === 'none'
          ? []
          : needs.length
            ? needs.map((n) => oneOf(NeurodevelopmentalNeed, n, 'neurodevelopmental_needs'))
            : null,
    });
  }

  async population(v: Record<string, string>): Promise<SetYotPopulationInput> {
    return Object.assign(new SetYotPopulationInput(), {
      yotId: await this.yotId(v.yot_code),
      year: integer(v.year, 'year'),
      population10To17: integer(v.population_10_17, 'population_10_17'),
      source: v.source,
    });
  }

  private async yot(code: string | undefined): Promise<Yot> {
    const key = normaliseYotCode(code ?? '');
    if (!this.yots.has(key)) this.yots.set(key, await this.tx.db.getRepository(Yot).findOneBy({ code: key }));
    const yot = this.yots.get(key);
    if (!yot) throw new RowProblem(`no YOT with code "${code}"`);
    return yot;
  }

  private async agency(name: string): Promise<Agency> {
    const found = await this.tx.db.getRepository(Agency).findBy({ name });
    if (found.length === 0) throw new RowProblem(`no agency named "${name}"`);
    if (found.length > 1) throw new RowProblem(`more than one agency is named "${name}"; rename one in the hub first`);
    return found[0];
  }

  private async criterionIds(codes: string[]): Promise<number[]> {
    if (!this.criteria.size) {
      const framework = await FrameworkService.find(this.tx, DEFAULT_FRAMEWORK_CODE);
      for (const c of await this.tx.db.getRepository(Criterion).findBy({ frameworkId: framework.id }))
        this.criteria.set(c.code, c.id);
    }
    const unknown = codes.filter((code) => !this.criteria.has(code.toUpperCase()));
    if (unknown.length) throw new RowProblem(unknown.map((code) => `no criterion "${code}" (expected S1…S10)`));
    return codes.map((code) => this.criteria.get(code.toUpperCase())!);
  }
}

/** Runs the input's class-validator rules; returns a message, or null when valid. */
async function check(input: object): Promise<string | null> {
  const found = violations(await validate(input, { forbidUnknownValues: false }), '');
  return found.length ? found.map((f) => `${f.field}: ${f.message}`).join('; ') : null;
}

async function requireValid(input: object): Promise<void> {
  const problem = await check(input);
  if (problem) throw new RowProblem(problem);
}

function integer(value: string | undefined, column: string): number {
  const v = (value ?? '').trim().replace(/,/g, '');
  if (!/^\d{1,9}$/.test(v)) throw new RowProblem(`${column} "${value}" must be a whole number`);
  return Number(v);
}

function split(list: string | undefined): string[] {
  return (list ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<E extends Record<string, string>>(
  enumeration: E,
  value: string | undefined,
  column: string,
): E[keyof E] {
  const upper = (value ?? '').trim().toUpperCase();
  if (!Object.values(enumeration).includes(upper))
    throw new RowProblem(`${column} "${value}" is not one of ${Object.values(enumeration).join(', ')}`);
  return upper as E[keyof E];
}

function bool(value: string | undefined, column: string): boolean | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return null;
  if (['true', 'yes', 'y', '1'].includes(v)) return true;
  if (['false', 'no', 'n', '0'].includes(v)) return false;
  throw new RowProblem(`${column} "${value}" must be true or false`);
}

function date(value: string | undefined, column: string): string | null {
  const v = (value ?? '').trim();
  if (v === '') return null;
  // The same rule as the Date scalar: a real calendar day in range (Date.parse would take 2026-02-30).
  const problem = dateProblem(v);
  if (problem) throw new RowProblem(`${column} "${value}" ${problem}`);
  return v;
}

/** A cell of a source row, undefined when the file has no such column. */
function cell(values: Record<string, string>, column: string): string | undefined {
  return values[column];
}
