import { useEffect, useState } from 'react';
import { request, type HubGraphQLError } from './api';
import { DashboardYotJourneyDocument, type DashboardYotJourneyQuery } from './generated/graphql';
import { journeyDates, todayUtc, type JourneyDates } from './journey-dates';

/** One YOT's award journey as the hub answered it, and when. */
export interface LoadedJourney {
  code: string;
  dates: JourneyDates;
  data?: DashboardYotJourneyQuery;
  errors: HubGraphQLError[];
  /** A refusal of the whole request. */
  error?: string;
  at: Date;
}

/**
 * Loads the award journey of `code` as of `asOf` (default today) once its page has answered (`after`: that answer's time), and again after each
 * refetch of the page, keeping what it has on screen meanwhile. Sent after the page's own request, not beside it:
 * together on a cold hub they ask for more views at once than its compute gate lets wait.
 */
export function useJourney(code: string, after: Date | undefined, asOf?: string): LoadedJourney | undefined {
  const [journey, setJourney] = useState<LoadedJourney>();
  useEffect(() => {
    if (!after) return;
    const abort = new AbortController();
    const dates = journeyDates(asOf ?? todayUtc());
    request(DashboardYotJourneyDocument, { code, ...dates }, abort.signal).then(
      ({ data, errors }) => setJourney({ code, dates, data, errors, at: new Date() }),
      (e: unknown) =>
        !abort.signal.aborted &&
        setJourney({ code, dates, errors: [], error: e instanceof Error ? e.message : String(e), at: new Date() }),
    );
    return () => abort.abort();
  }, [code, after, asOf]);
  return journey?.code === code && journey.dates.asOf === (asOf ?? todayUtc()) ? journey : undefined;
}
