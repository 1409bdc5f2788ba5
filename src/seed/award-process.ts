import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { Assessment } from '../modules/assessment/assessment.entity';
import { AwardingBody } from '../modules/assessment/awarding-body.entity';
import { AssessmentProcess } from '../modules/assessment/moderation.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Yot } from '../modules/yot/yot.entity';

interface AwardingBodySeed {
  key: string;
  name: string;
  withBody: string | null;
  period: string | null;
  source: string;
}
interface AwardSeed {
  yot: string;
  kind: string;
  awardingBody: string | null;
  awardingBodySource: string | null;
  decisionCitation: string | null;
}

/**
 * Loads `seeds/awarding-bodies.json`: the awarding bodies (reference data) and, for seeded awards, who awarded
 * them and the published citation of the decision, each with its source. Idempotent like the rest of the seed:
 * existing rows are left as they are. Returns the rows created and those found already there.
 */
export async function seedAwardProcess(db: EntityManager, dir: string): Promise<{ created: number; existing: number }> {
  const file = 'awarding-bodies.json';
  const seed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    awardingBodies: AwardingBodySeed[];
    awards: AwardSeed[];
  };
  const source = async (key: string | null, where: string) => {
    if (!key) return null;
    const doc = await db.getRepository(SourceDocument).findOneBy({ key });
    if (!doc) throw new Error(`${file} ${where}: no source document with key "${key}" in sources.json`);
    return doc.id;
  };
  let created = 0;
  let existing = 0;
  const bodies = db.getRepository(AwardingBody);
  for (const [i, b] of seed.awardingBodies.entries()) {
    if (await bodies.existsBy({ key: b.key })) {
      existing += 1;
      continue;
    }
    await bodies.save(
      bodies.create({
        key: b.key,
        name: b.name,
        withBody: b.withBody,
        period: b.period,
        sourceDocumentId: await source(b.source, `awardingBodies[${i}]`),
      }),
    );
    created += 1;
  }
  const processes = db.getRepository(AssessmentProcess);
  for (const [i, a] of seed.awards.entries()) {
    const where = `awards[${i}]`;
    const yot = await db.getRepository(Yot).findOneBy({ code: a.yot });
    if (!yot) throw new Error(`${file} ${where}: no seeded YOT ${a.yot}`);
    const matches = await db.getRepository(Assessment).findBy({ yotId: yot.id, kind: a.kind as never });
    if (matches.length !== 1)
      throw new Error(`${file} ${where}: expected one ${a.kind} assessment of ${a.yot}, found ${matches.length}`);
    if (await processes.existsBy({ assessmentId: matches[0].id })) {
      existing += 1;
      continue;
    }
    const body = a.awardingBody ? await bodies.findOneBy({ key: a.awardingBody }) : null;
    if (a.awardingBody && !body) throw new Error(`${file} ${where}: no awarding body "${a.awardingBody}"`);
    await processes.save(
      processes.create({
        assessmentId: matches[0].id,
        awardingBodyId: body?.id ?? null,
        awardingBodySourceDocumentId: await source(a.awardingBodySource, where),
        submittedOn: null,
        submittedEvidenceIds: [],
        interimNote: null,
        decisionSourceDocumentId: await source(a.decisionCitation, where),
      }),
    );
    created += 1;
  }
  return { created, existing };
}
