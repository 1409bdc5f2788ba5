import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { InformationSharingAgreement } from '../agreement/agreement.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Evidence } from './evidence.entity';
import { EvidenceTrailService } from './evidence-trail.service';

/** From an evidence item to the partnership and agreements it was provided under. */
@Resolver(() => Evidence)
export class EvidenceTrailResolver {
  @FieldResolver(() => Partnership, {
    nullable: true,
    description:
      "The partnership between the item's YOT and its provider: the one running on the evidence date if any, else the most recent. Null when the YOT produced it or no partnership exists.",
  })
  partnership(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    return EvidenceTrailService.partnership(ctx, evidence);
  }

  @FieldResolver(() => [InformationSharingAgreement], {
    description: "Information-sharing agreements of the item's YOT to which its provider is party (any status).",
  })
  agreements(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    return EvidenceTrailService.agreements(ctx, evidence);
  }
}
