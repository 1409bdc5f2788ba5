import { dialectOf, runSql, RawInteger } from '../../db/dialect';
import { isRunningOn } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Evidence } from './evidence.entity';

/** `yotId:agencyId` of an item's YOT and provider, the key of both trail loaders. */
const pairOf = (e: Evidence) => `${e.yotId}:${e.providedById}`;

/** The distinct YOT and agency ids of `yotId:agencyId` pairs, for a batched lookup filtered back per pair. */
function split(pairs: readonly string[]): { yots: number[]; agencies: number[] } {
  const parsed = pairs.map((p) => p.split(':').map(Number));
  return { yots: [...new Set(parsed.map(([y]) => y))], agencies: [...new Set(parsed.map(([, a]) => a))] };
}

/** The trail from an evidence item to what it was provided under; each lookup is one statement per request. */
export class EvidenceTrailService {
  /** The partnership between the item's YOT and its provider running on the evidence date, else the most recent. */
  static async partnership(ctx: HubContext, evidence: Evidence): Promise<Partnership | null> {
    if (evidence.providedById == null) return null;
    const all = await ctx.loaders
      .custom<string, Partnership[]>('trail:partnerships', async (pairs) => {
        const dialect = dialectOf(ctx.db);
        const { yots, agencies } = split(pairs);
        const rows = await ctx.db
          .getRepository(Partnership)
          .createQueryBuilder('p')
          .where(dialect.inList('p.yotId', 'yots'), { yots: dialect.listParam(yots) })
          .andWhere(dialect.inList('p.agencyId', 'agencies'), { agencies: dialect.listParam(agencies) })
          .orderBy('p.id', 'DESC')
          .getMany();
        return pairs.map((pair) => rows.filter((r) => `${r.yotId}:${r.agencyId}` === pair));
      })
      .load(pairOf(evidence));
    const on = evidence.occurredOn;
    const running = on ? all.find((p) => isRunningOn(p, on)) : undefined;
    return running ?? all.at(0) ?? null;
  }

  /** Information-sharing agreements of the item's YOT to which its provider is party. */
  static async agreements(ctx: HubContext, evidence: Evidence): Promise<InformationSharingAgreement[]> {
    if (evidence.providedById == null) return [];
    const ids = await ctx.loaders
      .custom<string, number[]>('trail:agreements', async (pairs) => {
        const dialect = dialectOf(ctx.db);
        const { yots, agencies } = split(pairs);
        const rows = await runSql<{ yot_id: number; agency_id: number; id: RawInteger }>(
          ctx.db,
          `SELECT i."yotId" AS yot_id, ap."agencyId" AS agency_id, i.id
           FROM information_sharing_agreement i JOIN agreement_party ap ON ap."agreementId" = i.id
           WHERE ${dialect.inList('i."yotId"', 'yots')} AND ${dialect.inList('ap."agencyId"', 'agencies')} ORDER BY i.id`,
          { yots: dialect.listParam(yots), agencies: dialect.listParam(agencies) },
        );
        return pairs.map((pair) => rows.filter((r) => `${r.yot_id}:${r.agency_id}` === pair).map((r) => Number(r.id)));
      })
      .load(pairOf(evidence));
    return loadExisting(ctx.loaders.byId(InformationSharingAgreement), ids);
  }
}
