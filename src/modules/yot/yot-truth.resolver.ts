import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { loadExisting } from '../../graphql/loaders';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { PartnerAbsence } from '../partnership/partner-absence.entity';
import { StatutoryTeamCheck } from './statutory-team';
import { StatutoryTeamService } from './statutory-team.service';
import { YotHostAuthority } from './yot-host-authority.entity';
import { Yot } from './yot.entity';

// eslint-disable-next-line no-useless-assignment -- read by the @Arg decorator below, which the rule does not see
const asOfArg = { nullable: true, description: 'Date to judge on (default today, UTC).' };

/** Who owns a YOT, what it says it lacks, and whether its team has the s.39(5) members. */
@Resolver(() => Yot)
export class YotTruthResolver {
  @FieldResolver(() => [Agency], {
    description:
      "The local authorities that establish the YOT (Crime and Disorder Act 1998 s.39): its owners, not partners; several for a joint service. Their children's services and education are the YOT's own statutory side.",
  })
  async hostAuthorities(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    const hosts = await ctx.loaders.manyBy(YotHostAuthority, 'yotId', ['agencyId']).load(yot.id);
    return loadExisting(
      ctx.loaders.byId(Agency),
      hosts.map((h) => h.agencyId),
    );
  }

  @FieldResolver(() => [PartnerAbsence], {
    description: 'What the YOT has recorded it has no partner of (withdrawn ones included, with `endedOn`).',
  })
  partnerAbsences(@Root() yot: Yot, @Ctx() ctx: HubContext) {
    return ctx.loaders.manyBy(PartnerAbsence, 'yotId').load(yot.id);
  }

  @FieldResolver(() => [StatutoryTeamCheck], {
    description:
      'The s.39(5) minimum team (probation officer, social worker, police officer, health nominee, education nominee), each checked by the roles of the staff in the team on `asOf`, whoever employs them. Batched across YOTs.',
  })
  statutoryTeam(@Root() yot: Yot, @Ctx() ctx: HubContext, @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date) {
    const date = isoDateOrToday(asOf);
    return ctx.loaders
      .custom<number, StatutoryTeamCheck[]>(`statutoryTeam:${date}`, (ids) =>
        StatutoryTeamService.forYots(ctx, ids, date),
      )
      .load(yot.id);
  }
}
