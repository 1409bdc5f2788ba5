import { AgencyType } from '../../modules/agency/agency.enums';
import { OutcomeMeasure, SendStatus } from '../../modules/child/child.enums';
import { BulkWriter } from './bulk-writer';
import { Random } from './random';
import { RECORD_KEY_RANGE } from '../../modules/coverage/disclosure/record-key';
import * as shape from './shapes';
import { writeAwardJourney } from './award-journey';
import {
  CHARACTERISTIC_COLUMNS,
  characteristicsOf,
  characteristicsStream,
  writeKpiObservations,
  writePopulation,
} from './kpi-data';
import { getOrInsert } from '../../collections';

/** Stream number of the children's record keys in `Random.derive`. */
const RECORD_KEY_STREAM = 0x6b6579;

/** What every synthetic YOT refers to. */
export interface NationalContext {
  seed: number;
  /** The day the data is built around (fixed, so the same seed gives the same rows whenever it runs). */
  anchor: string;
  frameworkId: number;
  criteria: { id: number; code: string }[];
  /** Expected partner types of the framework, with whether each is statutory. */
  expected: { type: AgencyType; statutory: boolean }[];
}

export interface YotPlan {
  index: number;
  code: string;
  name: string;
  region: string;
  nation: 'ENGLAND' | 'WALES';
}

interface Partner {
  partnershipId: number;
  agencyId: number;
  type: AgencyType;
  active: boolean;
}

const DAY = 86_400_000;

function isoDay(anchor: string, daysBefore: number): string {
  return new Date(Date.parse(anchor) - daysBefore * DAY).toISOString().slice(0, 10);
}

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Writes one synthetic YOT and everything it holds through `w` (the caller owns the transaction). The rows
 * depend only on the national seed and the YOT's index, so a YOT is the same whichever others are loaded.
 */
export async function writeSyntheticYot(w: BulkWriter, national: NationalContext, plan: YotPlan): Promise<void> {
  const rnd = Random.derive(national.seed, plan.index);
  const { anchor } = national;
  const [yotId] = await w.reserveIds('yot', 1);
  const area = plan.name.replace(/ Youth Justice Service$/, '');
  await w.insert(
    'yot',
    ['id', 'version', 'code', 'name', 'localAuthorities', 'region', 'nation', 'description', 'minAge', 'maxAge'],
    [
      [
        yotId,
        1,
        plan.code,
        plan.name,
        JSON.stringify([area]),
        plan.region,
        plan.nation,
        'Synthetic YOT generated for benchmarks (npm run seed:synthetic); not a real service.',
        10,
        17,
      ],
    ],
  );

  // Its council establishes it (s.39): the host authority, whose social care and education are the YOT's own side.
  const [councilId] = await w.reserveIds('agency', 1);
  await w.insert(
    'agency',
    ['id', 'version', 'name', 'type', 'notes'],
    [[councilId, 1, `${area} Council`, AgencyType.LOCAL_AUTHORITY, 'Synthetic agency (npm run seed:synthetic).']],
  );
  await w.insert('yot_host_authority', ['yotId', 'agencyId'], [[yotId, councilId]]);

  // Partner agencies: police and probation are regional (shared by the region's YOTs), the rest local.
  const wanted: AgencyType[] = [];
  for (const { type, statutory } of national.expected) {
    if (type === AgencyType.SCHOOL) {
      for (let i = rnd.int(...shape.SCHOOLS_PER_YOT); i > 0; i--) wanted.push(type);
    } else if (rnd.chance(statutory ? shape.PARTNER_PRESENCE.statutory : shape.PARTNER_PRESENCE.other))
      wanted.push(type);
  }
  for (const [type, p] of shape.EXTRA_PARTNERS) if (rnd.chance(p)) wanted.push(type);

  const agencyIds: number[] = [];
  const newAgencies: unknown[][] = [];
  let schools = 0;
  for (const type of wanted) {
    const regional = type === AgencyType.POLICE || type === AgencyType.PROBATION;
    const name = regional
      ? `${type === AgencyType.POLICE ? `${plan.region} Police` : `Probation Service ${plan.region}`} (synthetic)`
      : `${area} ${type === AgencyType.SCHOOL ? `School ${++schools}` : type.toLowerCase().replace(/_/g, ' ')}`;
    const existing = regional ? await regionalAgency(w, name, type) : null;
    if (existing != null) {
      agencyIds.push(existing);
      continue;
    }
    const [id] = await w.reserveIds('agency', 1);
    agencyIds.push(id);
    newAgencies.push([id, 1, name, type, 'Synthetic agency (npm run seed:synthetic).']);
  }
  await w.insert('agency', ['id', 'version', 'name', 'type', 'notes'], newAgencies);

  const partnershipIds = await w.reserveIds('partnership', wanted.length);
  const partners: Partner[] = wanted.map((type, i) => ({
    partnershipId: partnershipIds[i],
    agencyId: agencyIds[i],
    type,
    active: !rnd.chance(shape.ENDED_PARTNERSHIP),
  }));
  const statutory = new Set(national.expected.filter((e) => e.statutory).map((e) => e.type));
  await w.insert(
    'partnership',
    ['id', 'version', 'yotId', 'agencyId', 'statutory', 'boardMember', 'startedOn', 'endedOn', 'status'],
    partners.map((p) => {
      const started = isoDay(anchor, rnd.int(365, 3650));
      const ended = p.active ? null : isoDay(anchor, rnd.int(30, 360));
      return [
        p.partnershipId,
        1,
        yotId,
        p.agencyId,
        w.bool(statutory.has(p.type)),
        statutory.has(p.type) ? w.bool(true) : null,
        started,
        ended,
        p.active ? 'ACTIVE' : 'ENDED',
      ];
    }),
  );

  const placeable = partners.filter((p) => shape.ROLE_OF[p.type]);
  await w.insert(
    'staff_placement',
    ['version', 'yotId', 'partnershipId', 'role', 'arrangement', 'fte', 'startedOn', 'endedOn'],
    Array.from({ length: shape.PER_YOT.staffPlacements }, () => {
      const p = rnd.pick(placeable);
      const ended = !p.active || rnd.chance(0.08);
      return [
        1,
        yotId,
        p.partnershipId,
        shape.ROLE_OF[p.type]!,
        rnd.weighted(shape.ARRANGEMENTS),
        rnd.pick([0.2, 0.4, 0.5, 0.6, 0.8, 1]),
        isoDay(anchor, rnd.int(200, 2000)),
        ended ? isoDay(anchor, rnd.int(1, 150)) : null,
      ];
    }),
  );

  const agreementIds = await w.reserveIds('information_sharing_agreement', shape.PER_YOT.agreements);
  const parties: unknown[][] = [];
  await w.insert(
    'information_sharing_agreement',
    ['id', 'version', 'yotId', 'title', 'purpose', 'lawfulBasis', 'dataCategories', 'signedOn', 'reviewDue', 'status'],
    agreementIds.map((id, i) => {
      const signed = isoDay(anchor, rnd.int(60, 1500));
      // Reviews are due two years after signing, so the older ones are past review.
      const status = rnd.weighted([
        ['ACTIVE', 70],
        ['UNDER_REVIEW', 10],
        ['EXPIRED', 10],
        ['DRAFT', 10],
      ] as const);
      for (const p of rnd.sample(partners, rnd.int(1, 3))) parties.push([id, p.agencyId]);
      return [
        id,
        1,
        yotId,
        shape.AGREEMENT_TOPICS[(plan.index + i) % shape.AGREEMENT_TOPICS.length],
        "Share the information partners need to identify and meet children's SEND.",
        JSON.stringify(['UK GDPR art. 6(1)(e)', 'art. 9(2)(g)']),
        JSON.stringify(['SEND status', 'education placement', 'health needs']),
        status === 'DRAFT' ? null : signed,
        status === 'DRAFT' ? null : plusDays(signed, 730),
        status,
      ];
    }),
  );
  await w.insert('agreement_party', ['agreementId', 'agencyId'], dedupe(parties));

  // Evidence, with the criteria it supports and the other agencies involved.
  const evidenceIds = await w.reserveIds('evidence', shape.PER_YOT.evidence);
  const links: unknown[][] = [];
  const involved: unknown[][] = [];
  const byCriterion = new Map<number, number[]>();
  const evidenceRows = evidenceIds.map((id) => {
    const [topic, kind] = rnd.pick(shape.EVIDENCE_TOPICS);
    const provider = rnd.chance(0.9) ? rnd.pick(partners) : null;
    const occurredDaysAgo = rnd.int(0, 1100);
    const occurred = rnd.chance(0.03) ? null : isoDay(anchor, occurredDaysAgo);
    const recordedAt = new Date(Date.parse(anchor) - occurredDaysAgo * DAY + rnd.int(0, 30 * DAY));
    const withdrawn = rnd.chance(shape.WITHDRAWN);
    const review = rnd.weighted(shape.REVIEW_STATES);
    for (const criterion of rnd.sample(national.criteria, rnd.int(...shape.LINKS_PER_EVIDENCE))) {
      links.push([1, id, criterion.id, `Supports ${criterion.code}.`]);
      if (!withdrawn) getOrInsert(byCriterion, criterion.id, () => []).push(id);
    }
    for (const p of rnd.sample(partners, rnd.int(...shape.INVOLVED_PER_EVIDENCE)))
      if (p.agencyId !== provider?.agencyId) involved.push([id, p.agencyId]);
    return [
      id,
      1,
      yotId,
      `${topic}${provider ? ` with ${agencyLabel(provider.type)}` : ''}`,
      kind,
      `${topic} for ${area}, ${occurred ?? 'undated'}.`,
      occurred,
      w.instant(recordedAt),
      rnd.chance(shape.EXPIRING) ? isoDay(anchor, rnd.int(-700, 300)) : null,
      provider?.agencyId ?? null,
      withdrawn ? 'WITHDRAWN' : 'CURRENT',
      withdrawn ? 'Superseded by a later version.' : null,
      withdrawn ? w.instant(new Date(recordedAt.getTime() + 7 * DAY)) : null,
      review,
      review === 'SUBMITTED' ? null : 'Synthetic reviewer',
      review === 'SUBMITTED' ? null : w.instant(new Date(recordedAt.getTime() + 3 * DAY)),
    ];
  });
  await w.insert(
    'evidence',
    [
      'id',
      'version',
      'yotId',
      'title',
      'kind',
      'summary',
      'occurredOn',
      'recordedAt',
      'expiresOn',
      'providedById',
      'status',
      'withdrawnReason',
      'withdrawnAt',
      'reviewState',
      'reviewedBy',
      'reviewedAt',
    ],
    evidenceRows,
  );
  await w.insert('evidence_link', ['version', 'evidenceId', 'criterionId', 'note'], links);
  await w.insert('evidence_agency', ['evidenceId', 'agencyId'], dedupe(involved));

  await writeAssessments(w, national, rnd, yotId, byCriterion);
  await writeChildren(w, national, rnd, plan, yotId, partners);
  await writeAwardJourney(
    w,
    national.seed,
    plan.index,
    anchor,
    yotId,
    national.frameworkId,
    national.criteria,
    partners,
    byCriterion,
  );
}

/** Three assessments: a Quality Mark years ago, a Quality Lead award, and a re-verification under way or refused. */
async function writeAssessments(
  w: BulkWriter,
  national: NationalContext,
  rnd: Random,
  yotId: number,
  byCriterion: Map<number, number[]>,
) {
  const { anchor } = national;
  const ids = await w.reserveIds('assessment', shape.PER_YOT.assessments);
  const markOn = isoDay(anchor, rnd.int(1500, 2000));
  const leadOn = isoDay(anchor, rnd.int(200, 1300));
  const finished = rnd.chance(0.2);
  const rows = [
    [
      ids[0],
      1,
      yotId,
      national.frameworkId,
      'QUALITY_MARK',
      'INITIAL',
      'AWARDED',
      plusDays(markOn, -120),
      markOn,
      plusDays(markOn, 1095),
      '[]',
      null,
    ],
    [
      ids[1],
      1,
      yotId,
      national.frameworkId,
      'QUALITY_LEAD',
      'INITIAL',
      'AWARDED',
      plusDays(leadOn, -150),
      leadOn,
      plusDays(leadOn, 1095),
      rnd.chance(0.25) ? '["CHILD_FIRST"]' : '[]',
      null,
    ],
    [
      ids[2],
      1,
      yotId,
      national.frameworkId,
      'QUALITY_LEAD',
      'REDESIGNATION',
      finished ? 'NOT_AWARDED' : 'IN_PROGRESS',
      isoDay(anchor, rnd.int(10, 150)),
      finished ? isoDay(anchor, rnd.int(1, 9)) : null,
      null,
      '[]',
      ids[1],
    ],
  ];
  await w.insert(
    'assessment',
    [
      'id',
      'version',
      'yotId',
      'frameworkId',
      'level',
      'kind',
      'status',
      'startedOn',
      'decidedOn',
      'validUntil',
      'commendations',
      'assessedBy',
      'summary',
      'baselineAssessmentId',
    ],
    rows.map((r) => [...r.slice(0, 11), 'Synthetic assessor', 'Synthetic assessment (npm run seed:synthetic).', r[11]]),
  );
  const ratingIds = await w.reserveIds('criterion_rating', ids.length * national.criteria.length);
  const ratings: unknown[][] = [];
  const cited: unknown[][] = [];
  ids.forEach((assessmentId, level) => {
    national.criteria.forEach((criterion, c) => {
      const id = ratingIds[level * national.criteria.length + c];
      const band = Math.max(0, Math.min(4, level + 1 + rnd.int(-1, 1)));
      const ratedAt = new Date(Date.parse(String(rows[level][7])) + rnd.int(1, 60) * DAY);
      ratings.push([
        id,
        1,
        assessmentId,
        criterion.id,
        band * 2 + rnd.int(0, 2),
        shape.BANDS[band],
        `Assessed against ${criterion.code}.`,
        'Synthetic assessor',
        w.instant(ratedAt),
        w.bool(false),
      ]);
      for (const evidenceId of rnd.sample(byCriterion.get(criterion.id) ?? [], 2)) cited.push([id, evidenceId]);
    });
  });
  await w.insert(
    'criterion_rating',
    ['id', 'version', 'assessmentId', 'criterionId', 'score', 'band', 'rationale', 'ratedBy', 'ratedAt', 'carriedOver'],
    ratings,
  );
  await w.insert('rating_evidence', ['ratingId', 'evidenceId'], cited);
}

/** Pseudonymous children (references only) and eight quarterly outcomes each. */
async function writeChildren(
  w: BulkWriter,
  national: NationalContext,
  rnd: Random,
  plan: YotPlan,
  yotId: number,
  partners: Partner[],
) {
  const childIds = await w.reserveIds('child', shape.PER_YOT.children);
  const wales = plan.nation === 'WALES';
  // Record keys (disclosure control) from their own stream, so the rest of the data is as it was; seeded like
  // everything synthetic, which is fake data: real children get cryptographically random keys.
  const keys = Random.derive(national.seed, plan.index, RECORD_KEY_STREAM);
  const characteristics = characteristicsStream(national, plan);
  const children = childIds.map((id, i) => {
    let status = rnd.weighted(shape.SEND_STATUSES);
    if (wales && status === SendStatus.EHCP) status = SendStatus.IDP;
    const needs = status === SendStatus.NONE ? [] : rnd.sample(shape.NEEDS, rnd.int(1, 2));
    // 3- and 5-digit groups, which never read as a date (see child-ref.ts), so every synthetic ref is one the API accepts.
    return [
      id,
      1,
      yotId,
      `SYN-${String(plan.index).padStart(3, '0')}-${String(i + 1).padStart(5, '0')}`,
      rnd.weighted(shape.AGE_BANDS),
      status,
      JSON.stringify(needs),
      keys.int(0, RECORD_KEY_RANGE - 1),
      ...characteristicsOf(w, characteristics),
    ];
  });
  await w.insert(
    'child',
    ['id', 'version', 'yotId', 'ref', 'ageBand', 'sendStatus', 'needs', 'recordKey', ...CHARACTERISTIC_COLUMNS],
    children,
  );
  await writeKpiObservations(
    w,
    national,
    plan,
    children.map((c) => ({ id: Number(c[0]), sendStatus: String(c[5]) })),
  );
  await writePopulation(w, national, plan, yotId);

  const periods = shape.quarters(national.anchor);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- MEASURE_RATES is keyed by OutcomeMeasure; Object.keys forgets the key type
  const measures = Object.keys(shape.MEASURE_RATES) as OutcomeMeasure[];
  const recorder = partners.find((p) => p.type === AgencyType.LA_EDUCATION)?.agencyId ?? null;
  const yotEffect = rnd.next() * 0.2 - 0.1;
  const outcomes: unknown[][] = [];
  for (const child of children) {
    // Four measures over two consecutive quarters: eight distinct (measure, period) pairs.
    const start = rnd.int(0, periods.length - 2);
    for (const measure of rnd.sample(measures, shape.PER_YOT.outcomesPerChild / 2)) {
      for (const period of [periods[start], periods[start + 1]]) {
        const sendEffect = child[5] === 'NONE' ? 0.05 : -0.05;
        outcomes.push([
          child[0],
          measure,
          w.bool(rnd.chance(shape.MEASURE_RATES[measure] + yotEffect + sendEffect)),
          period,
          recorder,
        ]);
      }
    }
  }
  await w.insert('child_outcome', ['childId', 'measure', 'met', 'period', 'recordedById'], outcomes);
}

/** The shared regional agency called `name`, if an earlier YOT of the region created it. */
async function regionalAgency(w: BulkWriter, name: string, type: AgencyType): Promise<number | null> {
  return w.findId('agency', { name, type });
}

function agencyLabel(type: AgencyType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Rows with duplicates removed (a composite primary key must not repeat). */
function dedupe(rows: unknown[][]): unknown[][] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.join('|')) && !!seen.add(r.join('|')));
}
