import { useEffect, useState } from 'react';
import { request } from './api';
import { DrillDownRatingFlagsDocument, type DrillDownRatingFlagsQuery } from './generated/graphql';

/** `yotCode|criterionCode` of every rating above its evidence the caller may see. */
export type RatingFlags = ReadonlySet<string>;

export const ratingFlagKey = (yotCode: string, criterion: string) => `${yotCode}|${criterion}`;

/**
 * The national criteria heatmap's "rating above its evidence" markers, from the national gaps (the same finding
 * the YOT page's gap list shows), judged on the heatmap's `asOf` (undefined: today). Loaded after the heatmap, so
 * the view is drawn without waiting for them.
 */
export function useRatingFlags(asOf?: string): RatingFlags {
  const [flags, setFlags] = useState<RatingFlags>(new Set());
  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      const found = new Set<string>();
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const { data }: { data: DrillDownRatingFlagsQuery } = await request(
          DrillDownRatingFlagsDocument,
          { after, asOf: asOf ?? null },
          abort.signal,
        );
        for (const gap of data.nationalGaps.nodes)
          if (gap.node.__typename === 'CriterionRating')
            found.add(ratingFlagKey(gap.yot.code, gap.node.criterion.code));
        if (!data.nationalGaps.pageInfo.hasNextPage) break;
        after = data.nationalGaps.pageInfo.endCursor ?? null;
      }
      setFlags(found);
    })().catch(() => undefined); // Markers are extra: without them the heatmap still reads.
    return () => abort.abort();
  }, [asOf]);
  return flags;
}
