import { Field, ObjectType } from 'type-graphql';
import { RatingBand } from '../assessment/assessment.enums';

@ObjectType({ description: "One band of the rating scale, saying whether its wording is published or the hub's own." })
export class RatingBandDefinition {
  @Field(() => RatingBand, { description: 'The band.' })
  band!: RatingBand;

  @Field(() => String, { description: 'How the band reads.' })
  label!: string;

  @Field(() => Boolean, {
    description: "True only for wording found in published award write-ups; false for the hub's own scale.",
  })
  published!: boolean;

  @Field(() => String, { description: 'Where the band comes from.' })
  origin!: string;
}

const HUB_SCALE = "The hub's own scale: no published band ladder or score thresholds per level were found.";

/**
 * The rating bands, lowest first. Only the top band is published wording ("widespread effective practice with
 * evidence of outcomes", in Knowsley's announcement and AfA write-ups); the rest are the hub's design.
 */
export const RATING_BANDS: RatingBandDefinition[] = [
  { band: RatingBand.NOT_EVIDENCED, label: 'Not evidenced', published: false, origin: HUB_SCALE },
  { band: RatingBand.EMERGING, label: 'Emerging', published: false, origin: HUB_SCALE },
  { band: RatingBand.ESTABLISHED, label: 'Established', published: false, origin: HUB_SCALE },
  {
    band: RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE,
    label: 'Widespread effective practice',
    published: false,
    origin: HUB_SCALE,
  },
  {
    band: RatingBand.WIDESPREAD_EFFECTIVE_PRACTICE_WITH_OUTCOMES,
    label: 'Widespread effective practice with evidence of outcomes',
    published: true,
    origin:
      'Published: the rating Knowsley\'s assessors gave in all ten criteria ("Knowsley achieves Youth Justice award"); award write-ups use it for the Quality Lead.',
  },
];
