import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOperator,
  FindOptionsWhere,
  IsNull,
  ObjectLiteral,
} from 'typeorm';
import { projectRoot } from '../paths';
import { bumpRevision } from '../db/revision';
import { Agency } from '../modules/agency/agency.entity';
import { AgencyType } from '../modules/agency/agency.enums';
import { AgreementParty } from '../modules/agreement/agreement-party.entity';
import { InformationSharingAgreement } from '../modules/agreement/agreement.entity';
import { AgreementStatus } from '../modules/agreement/agreement.enums';
import { Assessment } from '../modules/assessment/assessment.entity';
import {
  AssessmentKind,
  AssessmentStatus,
  AwardLevel,
  Commendation,
  RatingBand,
} from '../modules/assessment/assessment.enums';
import { CriterionRating } from '../modules/assessment/criterion-rating.entity';
import { RatingEvidence } from '../modules/assessment/rating-evidence.entity';
import { EvidenceAgency } from '../modules/evidence/evidence-agency.entity';
import { EvidenceLink } from '../modules/evidence/evidence-link.entity';
import { Evidence } from '../modules/evidence/evidence.entity';
import { EvidenceKind, EvidenceReviewState } from '../modules/evidence/evidence.enums';
import { Criterion } from '../modules/framework/criterion.entity';
import { ExpectedPartner } from '../modules/framework/expected-partner.entity';
import { Framework } from '../modules/framework/framework.entity';
import { WordingSource } from '../modules/framework/framework.enums';
import { Partnership } from '../modules/partnership/partnership.entity';
import { PartnershipStatus, PlacementArrangement, StaffRole } from '../modules/partnership/partnership.enums';
import { StaffPlacement } from '../modules/partnership/staff-placement.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Yot } from '../modules/yot/yot.entity';
import { Nation } from '../modules/yot/yot.enums';
import { checkEnum, FrameworkSeed, SourceSeed, YotSeed } from './seed-format';
import { RecordBasis } from '../domain/record-basis';
import { YotHostAuthority } from '../modules/yot/yot-host-authority.entity';
import { partialDate, validUntilOf } from '../modules/assessment/award-validity';
import { DatePrecision } from '../modules/assessment/assessment.enums';

import { seedAwardProcess } from './award-process';

/** Where the seed JSON lives. */
export const SEEDS_DIR = join(projectRoot(), 'seeds');

/** What a seed run did: rows it created, and rows it found already there (left untouched). */
export interface SeedSummary {
  created: number;
  existing: number;
}

/**
 * Loads `seeds/` into the database in one transaction. Idempotent: each record is looked up by its natural
 * key (YOT code, agency name and type, evidence title within its YOT, …) and created only when missing, so
 * running it twice adds nothing and never overwrites what people have since edited in the hub.
 */
export async function loadSeeds(dataSource: DataSource, dir = SEEDS_DIR): Promise<SeedSummary> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- each caller names the shape of the seed file it reads
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const sources = read<{ sources: SourceSeed[] }>('sources.json').sources;
  const framework = read<{ framework: FrameworkSeed }>('framework.json').framework;
  const yotFiles = readdirSync(join(dir, 'yots'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const yots = yotFiles.map((f) => ({ file: `yots/${f}`, seed: read<YotSeed>(join('yots', f)) }));
  return dataSource.transaction(async (manager) => {
    const seeder = new Seeder(manager);
    await seeder.sources(sources);
    await seeder.framework(framework);
    for (const { file, seed } of yots) await seeder.yot(seed, file);
    const awards = await seedAwardProcess(manager, dir);
    seeder.summary.created += awards.created;
    seeder.summary.existing += awards.existing;
    // Cached views of the data before the seeds stop being served once they commit.
    await bumpRevision(manager);
    return seeder.summary;
  });
}

class Seeder {
  readonly summary: SeedSummary = { created: 0, existing: 0 };
  private readonly sourceIds = new Map<string, number>();
  private frameworkId = 0;
  private validityMonths = 36;
  private readonly criterionIds = new Map<string, number>();

  constructor(private readonly db: EntityManager) {}

  async sources(sources: SourceSeed[]): Promise<void> {
    for (const s of sources) {
      const doc = await this.ensure(SourceDocument, { key: s.key }, s);
      this.sourceIds.set(s.key, doc.id);
    }
  }

  async framework(f: FrameworkSeed): Promise<void> {
    const where = `framework.json`;
    const framework = await this.ensure(
      Framework,
      { code: f.code, version: f.version },
      {
        name: f.name,
        description: f.description,
        developedBy: f.developedBy,
        supportedBy: f.supportedBy,
        ratingScale: f.ratingScale,
        validityMonths: f.validityMonths,
        current: true,
        sourceDocumentId: this.source(f.source, where),
      },
    );
    this.frameworkId = framework.id;
    this.validityMonths = framework.validityMonths;
    for (const [i, c] of f.criteria.entries()) {
      const criterion = await this.ensure(
        Criterion,
        { frameworkId: framework.id, code: c.code },
        {
          position: i + 1,
          title: c.title,
          wording: c.wording,
          wordingSource: checkEnum(WordingSource, c.wordingSource, `${where} criteria[${i}].wordingSource`),
          numberingSource: checkEnum(WordingSource, c.numberingSource, `${where} criteria[${i}].numberingSource`),
          sourceNote: c.sourceNote,
          sourceDocumentId: this.source(c.source, `${where} criteria[${i}]`),
        },
      );
      this.criterionIds.set(c.code, criterion.id);
    }
    for (const [i, p] of f.expectedPartners.entries()) {
      const agencyType = checkEnum(AgencyType, p.agencyType, `${where} expectedPartners[${i}].agencyType`);
      await this.ensure(
        ExpectedPartner,
        { frameworkId: framework.id, agencyType },
        {
          statutory: p.statutory,
          hostProvided: p.hostProvided,
          reason: p.reason,
          sourceDocumentId: this.source(p.source, where),
        },
      );
    }
  }

  async yot(seed: YotSeed, file: string): Promise<void> {
    const sourceDocumentId = this.source(seed.source, file);
    const { code, nation, hostAuthorities, ...rest } = seed.yot;
    const yot = await this.ensure(
      Yot,
      { code },
      { ...rest, nation: checkEnum(Nation, nation, `${file} yot.nation`), sourceDocumentId },
    );
    const agencies = await this.agencies(seed, file, sourceDocumentId);
    const agencyId = (key: string, where: string) => {
      const id = agencies.get(key);
      if (id === undefined) throw new Error(`${file} ${where}: no agency with key "${key}"`);
      return id;
    };
    for (const key of hostAuthorities)
      await this.ensure(
        YotHostAuthority,
        { yotId: yot.id, agencyId: agencyId(key, 'yot.hostAuthorities') },
        { basis: RecordBasis.STATED },
      );

    const partnerships = new Map<string, number>();
    for (const [i, p] of seed.partnerships.entries()) {
      const partnership = await this.ensure(
        Partnership,
        { yotId: yot.id, agencyId: agencyId(p.agency, `partnerships[${i}]`) },
        {
          statutory: p.statutory,
          boardMember: null,
          status: PartnershipStatus.ACTIVE,
          notes: p.notes,
          basis: this.basis(p.basis, `${file} partnerships[${i}].basis`),
          sourceDocumentId,
        },
      );
      partnerships.set(p.agency, partnership.id);
    }

    for (const [i, s] of seed.staffPlacements.entries()) {
      const where = `${file} staffPlacements[${i}]`;
      const partnershipId = s.partnership == null ? null : partnerships.get(s.partnership);
      if (partnershipId === undefined) throw new Error(`${where}: no partnership with agency "${s.partnership}"`);
      const role = checkEnum(StaffRole, s.role, `${where}.role`);
      const arrangement = checkEnum(PlacementArrangement, s.arrangement, `${where}.arrangement`);
      await this.ensure(
        StaffPlacement,
        { yotId: yot.id, role, arrangement, partnershipId: partnershipId ?? IsNull() },
        {
          partnershipId,
          notes: s.notes,
          basis: this.basis(s.basis, `${where}.basis`),
          sourceDocumentId,
        },
      );
    }

    for (const [i, a] of seed.agreements.entries()) {
      const agreement = await this.ensure(
        InformationSharingAgreement,
        { yotId: yot.id, title: a.title },
        {
          purpose: a.purpose,
          lawfulBasis: a.lawfulBasis,
          dataCategories: a.dataCategories,
          status: checkEnum(AgreementStatus, a.status, `${file} agreements[${i}].status`),
          signedOn: a.signedOn,
          reviewDue: a.reviewDue,
          sourceDocumentId,
        },
      );
      for (const party of a.parties)
        await this.ensure(
          AgreementParty,
          { agreementId: agreement.id, agencyId: agencyId(party, `agreements[${i}].parties`) },
          {},
        );
    }

    const evidenceIds = new Map<string, Evidence>();
    const linked = new Map<string, number[]>(); // criterion code → accepted evidence ids
    for (const [i, e] of seed.evidence.entries()) {
      const where = `${file} evidence[${i}]`;
      const reviewState = checkEnum(EvidenceReviewState, e.review, `${where}.review`);
      const evidence = await this.ensure(
        Evidence,
        { yotId: yot.id, title: e.title },
        {
          kind: checkEnum(EvidenceKind, e.kind, `${where}.kind`),
          summary: e.summary,
          occurredOn: null,
          source: seed.source,
          providedById: e.providedBy ? agencyId(e.providedBy, `${where}.providedBy`) : null,
          reviewState,
          reviewedBy: reviewState === EvidenceReviewState.ACCEPTED ? 'Award assessors' : null,
          reviewNote:
            reviewState === EvidenceReviewState.ACCEPTED
              ? 'Named in the award announcement as contributing to the award.'
              : null,
          sourceDocumentId,
        },
      );
      evidenceIds.set(e.key, evidence);
      for (const agency of e.agencies)
        await this.ensure(
          EvidenceAgency,
          { evidenceId: evidence.id, agencyId: agencyId(agency, `${where}.agencies`) },
          {},
        );
      for (const link of e.criteria) {
        const criterionId = this.criterion(link.code, where);
        await this.ensure(
          EvidenceLink,
          { evidenceId: evidence.id, criterionId },
          { note: link.note, excerpt: link.excerpt ?? null, sourceDocumentId },
        );
        if (reviewState === EvidenceReviewState.ACCEPTED)
          linked.set(link.code, [...(linked.get(link.code) ?? []), evidence.id]);
      }
    }

    const assessments = new Map<string, number>();
    for (const [i, a] of seed.assessments.entries()) {
      const where = `${file} assessments[${i}]`;
      const level = checkEnum(AwardLevel, a.level, `${where}.level`);
      const kind = checkEnum(AssessmentKind, a.kind, `${where}.kind`);
      const status = checkEnum(AssessmentStatus, a.status, `${where}.status`);
      const decided = a.decidedOn ? partialDate(a.decidedOn) : null;
      if (a.decidedOn && !decided) throw new Error(`${where}.decidedOn: "${a.decidedOn}" is not YYYY-MM or YYYY-MM-DD`);
      const baselineAssessmentId = a.baseline ? assessments.get(a.baseline) : null;
      if (baselineAssessmentId === undefined)
        throw new Error(`${where}.baseline: no earlier assessment with key "${a.baseline}"`);
      const ownSource = a.source ? this.source(a.source, where) : sourceDocumentId;
      const assessment = await this.ensure(
        Assessment,
        { yotId: yot.id, frameworkId: this.frameworkId, level, kind, sourceDocumentId: ownSource },
        {
          status,
          kindBasis: this.basis(a.kindBasis, `${where}.kindBasis`),
          commendations: a.commendations.map((c, j) => checkEnum(Commendation, c, `${where}.commendations[${j}]`)),
          assessedBy: a.assessedBy,
          summary: a.summary,
          startedOn: null,
          decidedOn: decided?.date ?? null,
          decidedOnPrecision: decided?.precision ?? DatePrecision.DAY,
          validUntil:
            decided && status === AssessmentStatus.AWARDED
              ? validUntilOf(decided.date, decided.precision, this.validityMonths)
              : null,
          dateSourceDocumentId: a.dateSource ? this.source(a.dateSource, `${where}.dateSource`) : null,
          baselineAssessmentId,
        },
      );
      if (a.key) assessments.set(a.key, assessment.id);
      for (const [j, r] of a.ratings.entries()) {
        const band = checkEnum(RatingBand, r.band, `${where}.ratings[${j}].band`);
        for (const code of r.criteria) {
          const rating = await this.ensure(
            CriterionRating,
            { assessmentId: assessment.id, criterionId: this.criterion(code, where) },
            {
              score: r.score,
              band,
              rationale: r.rationale,
              ratedBy: null,
              carriedOver: false,
              sourceDocumentId,
            },
          );
          if (!r.citeLinkedAcceptedEvidence) continue;
          for (const evidenceId of linked.get(code) ?? [])
            await this.ensure(RatingEvidence, { ratingId: rating.id, evidenceId }, {});
        }
      }
    }
  }

  /** The YOT's agencies by key: created first, then linked to their successors (which may come later in the file). */
  private async agencies(seed: YotSeed, file: string, sourceDocumentId: number): Promise<Map<string, number>> {
    const agencies = new Map<string, Agency>();
    for (const [i, a] of seed.agencies.entries()) {
      const where = `${file} agencies[${i}]`;
      const type = checkEnum(AgencyType, a.type, `${where}.type`);
      const agency = await this.ensure(
        Agency,
        { name: a.name, type },
        {
          notes: a.notes,
          basis: this.basis(a.basis, `${where}.basis`),
          ceasedOn: a.ceasedOn ?? null,
          ceasedSourceDocumentId: a.ceasedSource ? this.source(a.ceasedSource, `${where}.ceasedSource`) : null,
          sourceDocumentId: a.source ? this.source(a.source, where) : sourceDocumentId,
        },
      );
      agencies.set(a.key, agency);
    }
    for (const [i, a] of seed.agencies.entries()) {
      if (!a.successor) continue;
      const successor = agencies.get(a.successor);
      if (!successor) throw new Error(`${file} agencies[${i}].successor: no agency with key "${a.successor}"`);
      const agency = agencies.get(a.key)!;
      // Only fills a link nobody has recorded yet: seeds never overwrite what people edited in the hub.
      if (agency.successorId == null)
        await this.db.getRepository(Agency).update({ id: agency.id }, { successorId: successor.id });
    }
    return new Map([...agencies].map(([key, agency]) => [key, agency.id]));
  }

  private basis(value: string | undefined, where: string): RecordBasis {
    return value === undefined ? RecordBasis.STATED : checkEnum(RecordBasis, value, where);
  }

  private source(key: string, where: string): number {
    const id = this.sourceIds.get(key);
    if (id === undefined) throw new Error(`${where}: no source document with key "${key}" in sources.json`);
    return id;
  }

  private criterion(code: string, where: string): number {
    const id = this.criterionIds.get(code);
    if (id === undefined) throw new Error(`${where}: no criterion "${code}" in framework.json`);
    return id;
  }

  /** Finds the row matching `where`, or inserts `where` + `values`. */
  private async ensure<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    values: Partial<T>,
  ): Promise<T> {
    const repo = this.db.getRepository(entity);
    const found = await repo.findOne({ where });
    if (found) {
      this.summary.existing += 1;
      return found;
    }
    const plain = Object.fromEntries(Object.entries(where).filter(([, v]) => !(v instanceof FindOperator)));
    this.summary.created += 1;
    return repo.save(repo.create({ ...plain, ...values } as T));
  }
}

/** True when the database holds no YOT yet, i.e. it was just created. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Yot).count()) === 0;
}
