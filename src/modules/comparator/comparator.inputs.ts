import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "A YOT's 10–17 population for one year; replaces the figure of that year if there is one." })
export class SetYotPopulationInput {
  @Field(() => ID, { description: 'The YOT.' })
  yotId!: string;

  @Field(() => Int, { description: 'The year of the estimate (1990–2100).' })
  @IsInt({ message: 'must be a whole year' })
  @Min(1990, { message: 'must be from 1990 to 2100' })
  @Max(2100, { message: 'must be from 1990 to 2100' })
  year!: number;

  @Field(() => Int, { description: 'Children aged 10–17 in the area (1–2,000,000).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be from 1 to 2,000,000' })
  @Max(2_000_000, { message: 'must be from 1 to 2,000,000' })
  population10To17!: number;

  @Field(() => String, {
    description: 'Where the figure comes from (3–300 characters), e.g. "ONS mid-year estimates 2025".',
  })
  @Length(3, 300, { message: 'must be 3 to 300 characters' })
  source!: string;
}

@InputType({
  description:
    'A comparator group and its members: creates the group (by code) or replaces its name, source and members. A YOT belongs to one group, so members move out of any other group.',
})
export class SetComparatorGroupInput {
  @Field(() => String, { description: 'Unique code, capital letters, digits and hyphens (2–40), e.g. `FAMILY-03`.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'must be 2–40 capital letters, digits or hyphens' })
  code!: string;

  @Field(() => String, { description: 'Name (3–200 characters).' })
  @Length(3, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where the grouping comes from.' })
  @IsOptional()
  @Length(3, 300)
  source?: string | null;

  @Field(() => [ID], { description: 'The member YOTs (up to 200).' })
  @ArrayMaxSize(200)
  yotIds!: string[];
}
