import { useEffect, useRef, useState } from 'react';
import { request } from './api';
import { DashboardNationalDocument, type DashboardNationalQuery } from './generated/graphql';

export type National = DashboardNationalQuery;
export type YotRow = DashboardNationalQuery['coverage']['nodes'][number];
export type RegionRow = NonNullable<DashboardNationalQuery['coverageByRegion']>[number];

/** The API's largest page: the national view is ⌈YOTs / 100⌉ requests (two at 160 YOTs). */
const PAGE = 100;

export interface NationalState {
  framework?: NonNullable<National['framework']>;
  regions: RegionRow[];
  yots: YotRow[];
  loading: boolean;
  error?: string;
  /** Milliseconds from the first request to the last answer, and how many requests that took. */
  elapsedMs?: number;
  requests: number;
  /** When the last answer arrived (first load or the last live change applied). */
  updatedAt?: Date;
}

/**
 * Loads every YOT's coverage, page by page (the API's cursor connection), with the roll-up on the first page.
 * A new `reloadKey` (another token) or `asOf` (another day) starts afresh; a new `refreshKey` (a live change) refetches while the page
 * keeps showing what it has, so nothing flickers or loses its place.
 */
export function useNational(reloadKey: number, refreshKey = 0, asOf?: string): NationalState {
  const [state, setState] = useState<NationalState>({ regions: [], yots: [], loading: true, requests: 0 });
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    const started = performance.now();
    // Another day is another view: shown loading, like another token.
    const quiet = loadedFor.current === `${reloadKey}:${asOf}`;
    loadedFor.current = `${reloadKey}:${asOf}`;
    (async () => {
      if (!quiet) setState((s) => ({ ...s, loading: true, error: undefined }));
      let after: string | null = null;
      let requests = 0;
      const yots: YotRow[] = [];
      let first: National | undefined;
      do {
        const { data }: { data: National } = await request(
          DashboardNationalDocument,
          { first: PAGE, after, firstPage: after === null, asOf: asOf ?? null },
          abort.signal,
        );
        requests += 1;
        first ??= data;
        yots.push(...data.coverage.nodes);
        after = data.coverage.pageInfo.hasNextPage ? (data.coverage.pageInfo.endCursor ?? null) : null;
      } while (after);
      setState({
        framework: first.framework ?? undefined,
        regions: first.coverageByRegion ?? [],
        yots,
        loading: false,
        elapsedMs: performance.now() - started,
        requests,
        updatedAt: new Date(),
      });
    })().catch((error: unknown) => {
      if (!abort.signal.aborted)
        setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) }));
    });
    return () => abort.abort();
  }, [reloadKey, refreshKey, asOf]);
  return state;
}
