import { HubContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { ViewCache } from '../../graphql/view-cache';
import { OutcomeMeasure, SendStatus } from '../child/child.enums';
import { Yot } from '../yot/yot.entity';
import { OutcomeSummaryFilter } from './outcome-summary.types';
import { normaliseYotCode } from '../yot/yot-code';

/**
 * An outcome-summary filter in one canonical form: every list sorted and without repeats, YOT codes upper
 * case, regions spelt as the hub stores them. Equivalent filters are then one SQL statement and one cache
 * entry, whatever order or case the caller used.
 */
export interface CanonicalFilter {
  yotCodes: string[] | null;
  regions: string[] | null;
  measures: OutcomeMeasure[] | null;
  sendStatuses: SendStatus[] | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/** The YOT codes and regions the hub holds, per data revision. */
const PLACES = new ViewCache<{ codes: string[]; regions: string[] }>({ maxBytes: 4 * 1024 * 1024 });

/** Sorted, without repeats; null stays null (no condition), an empty list stays empty (matches nothing). */
function canonicalList<T extends string>(
  values: readonly T[] | null | undefined,
  normalise: (v: T) => T = (v) => v,
): T[] | null {
  return values == null ? null : [...new Set(values.map(normalise))].sort();
}

/**
 * Checks and canonicalises a filter: a reversed period range, or a YOT code or region the hub does not
 * hold, answers BAD_USER_INPUT naming the value (so a filter can neither silently match nothing nor mint
 * cache entries with codes that match nothing).
 */
export async function canonicalFilter(
  ctx: HubContext,
  filter: OutcomeSummaryFilter | null | undefined,
): Promise<CanonicalFilter> {
  if (filter?.periodFrom && filter.periodTo && filter.periodTo < filter.periodFrom) {
    throw new BadUserInputError(
      `filter.periodTo (${filter.periodTo}) must not be before filter.periodFrom (${filter.periodFrom}).`,
      'filter.periodTo',
    );
  }
  const yotCodes = canonicalList(filter?.yotCodes, normaliseYotCode);
  let regions = canonicalList(filter?.regions, (r) => r.trim());
  if (yotCodes?.length || regions?.length) {
    const places = await PLACES.get(ctx, 'places', async () => {
      const yots = await ctx.db.getRepository(Yot).find({ select: { code: true, region: true } });
      return { codes: yots.map((y) => y.code), regions: [...new Set(yots.map((y) => y.region))] };
    });
    const codes = new Set(places.codes);
    const unknownCode = yotCodes?.find((c) => !codes.has(c));
    if (unknownCode !== undefined)
      throw new BadUserInputError(`filter.yotCodes: no YOT has the code "${unknownCode}".`, 'filter.yotCodes', {
        value: unknownCode,
      });
    const byLowerCase = new Map(places.regions.map((r) => [r.toLowerCase(), r]));
    const unknownRegion = regions?.find((r) => !byLowerCase.has(r.toLowerCase()));
    if (unknownRegion !== undefined)
      throw new BadUserInputError(`filter.regions: no YOT is in the region "${unknownRegion}".`, 'filter.regions', {
        value: unknownRegion,
      });
    if (regions) regions = canonicalList(regions.map((r) => byLowerCase.get(r.toLowerCase())!));
  }
  return {
    yotCodes,
    regions,
    measures: canonicalList(filter?.measures),
    sendStatuses: canonicalList(filter?.sendStatuses),
    periodFrom: filter?.periodFrom ?? null,
    periodTo: filter?.periodTo ?? null,
  };
}
