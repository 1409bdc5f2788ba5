import { Field, ID, ObjectType } from 'type-graphql';
import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { Nation } from './yot.enums';

/**
 * The regions YOTs are grouped by: the nine English ONS regions (ITL1) and Wales. Reference data, not an enum,
 * so a region the hub already stores (a test or legacy spelling) stays usable; filters match a region
 * case-insensitively and use its canonical spelling, and refuse a name that is neither.
 */
export const ONS_REGIONS: readonly { name: string; nation: Nation }[] = [
  { name: 'North East', nation: Nation.ENGLAND },
  { name: 'North West', nation: Nation.ENGLAND },
  { name: 'Yorkshire and The Humber', nation: Nation.ENGLAND },
  { name: 'East Midlands', nation: Nation.ENGLAND },
  { name: 'West Midlands', nation: Nation.ENGLAND },
  { name: 'East of England', nation: Nation.ENGLAND },
  { name: 'London', nation: Nation.ENGLAND },
  { name: 'South East', nation: Nation.ENGLAND },
  { name: 'South West', nation: Nation.ENGLAND },
  { name: 'Wales', nation: Nation.WALES },
];

@ObjectType({
  description:
    'A region YOTs are grouped by: an English ONS region or Wales (or another region the hub holds YOTs in). Filters take its `name` in any case.',
})
export class Region {
  @Field(() => ID, { description: 'Stable id: `Region:` and the name.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name, e.g. "North West".' })
  name!: string;

  @Field(() => Nation, {
    nullable: true,
    description: 'The nation it lies in (null for a region outside the reference list).',
  })
  nation!: Nation | null;

  @Field(() => Boolean, {
    description: 'True for the ten reference regions; false for a region only found on stored YOTs.',
  })
  reference!: boolean;
}

/** The reference regions and every other region the hub's YOTs are in, by name (one statement per request). */
export async function knownRegions(ctx: HubContext): Promise<Region[]> {
  const stored = await ctx.loaders
    .custom<'all', string[]>('storedRegions', async (keys) => {
      const rows: { region: string }[] = await ctx.db.query('SELECT DISTINCT region FROM yot ORDER BY region');
      return keys.map(() => rows.map((r) => r.region));
    })
    .load('all');
  const reference = new Set(ONS_REGIONS.map((r) => r.name));
  return [
    ...ONS_REGIONS.map((r) => ({ id: `Region:${r.name}`, name: r.name, nation: r.nation, reference: true })),
    ...stored
      .filter((name) => !reference.has(name))
      .map((name) => ({ id: `Region:${name}`, name, nation: null, reference: false })),
  ];
}

/**
 * Region names as the hub stores them: matched case-insensitively (surrounding spaces ignored); an unknown
 * name answers BAD_USER_INPUT listing the reference regions. Null stays null (no condition).
 */
export async function canonicalRegions(
  ctx: HubContext,
  names: readonly string[] | null | undefined,
  field: string,
): Promise<string[] | null> {
  if (names == null) return null;
  const byLowerCase = new Map((await knownRegions(ctx)).map((r) => [r.name.toLowerCase(), r.name]));
  return [
    ...new Set(
      names.map((name) => {
        const canonical = byLowerCase.get(name.trim().toLowerCase());
        if (canonical === undefined) {
          throw new BadUserInputError(
            `${field}: "${name}" is not a region; use one of ${ONS_REGIONS.map((r) => r.name).join(', ')} (any case).`,
            field,
            { value: name },
          );
        }
        return canonical;
      }),
    ),
  ];
}
