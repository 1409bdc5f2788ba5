import { Arg, Ctx, FieldResolver, registerEnumType, Resolver, Root } from 'type-graphql';
import { isActivePartnership, isCeasedPartnership } from '../../domain/rules';
import { HubContext } from '../../graphql/context';
import { DateScalar, isoDateOrToday } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Partnership } from './partnership.entity';

/** Where a partnership stands on a date, by the same rules as every coverage view. */
export enum PartnershipStanding {
  ACTIVE = 'ACTIVE',
  PARTNER_CEASED = 'PARTNER_CEASED',
  NOT_STARTED = 'NOT_STARTED',
  ENDED = 'ENDED',
}

registerEnumType(PartnershipStanding, {
  name: 'PartnershipStanding',
  description: 'Where a partnership stands on a date.',
  valuesConfig: {
    ACTIVE: { description: 'Running, and the partner body exists.' },
    PARTNER_CEASED: {
      description:
        'Recorded as running, but the partner body had ceased by then: see `agency.successor` and `agency.ceasedOn`.',
    },
    NOT_STARTED: { description: 'Starts after the date.' },
    ENDED: { description: 'Ended before the date (or marked ended without a date).' },
  },
});

/** `Partnership.standing(asOf:)`: a partnership with a body that has ceased is reported as such. */
@Resolver(() => Partnership)
export class PartnershipStandingResolver {
  @FieldResolver(() => PartnershipStanding, {
    description:
      'Where the partnership stands on `asOf` (default today): active, partner body ceased, not started or ended.',
  })
  async standing(
    @Root() partnership: Partnership,
    @Ctx() ctx: HubContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to judge on (default today, UTC).' })
    asOf?: Date,
  ) {
    const date = isoDateOrToday(asOf);
    const agency = (await ctx.loaders.byId(Agency).load(partnership.agencyId))!;
    if (isActivePartnership(partnership, agency, date)) return PartnershipStanding.ACTIVE;
    if (isCeasedPartnership(partnership, agency, date)) return PartnershipStanding.PARTNER_CEASED;
    return partnership.startedOn != null && partnership.startedOn > date
      ? PartnershipStanding.NOT_STARTED
      : PartnershipStanding.ENDED;
  }
}
