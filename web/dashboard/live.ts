import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { token } from './api';
import { DashboardLiveChangesDocument } from './generated/graphql';
import manifest from './generated/persisted-documents.json';

/** Whether the page is following the change feed: connecting, connected, or off (refused or closed). */
export type LiveState = 'connecting' | 'connected' | 'off';

/**
 * One burst of changes: how many bursts so far, how many of them moved coverage (the national views follow only
 * those), and the YOTs this one concerns (null: not about one YOT).
 */
export interface LiveBurst {
  count: number;
  coverageCount: number;
  yotCodes: (string | null)[];
}

/** Changes arriving within this window are answered with one refetch (an import commits many at once). */
const QUIET_MS = 300;

/**
 * Follows the hub's change feed over graphql-ws with the page's bearer token (sent as `connectionParams`, since a
 * browser cannot set headers on a WebSocket) and calls `onChange` after each burst of changes, with the YOTs the
 * burst concerns and whether any of them may move coverage. Reconnects when `tokenKey` changes. A refused connection (no or bad
 * token, 4401) leaves the page as it is, without live updates; the text sent is the trusted document's, so
 * PERSISTED_ONLY hubs accept it.
 */
export function useLiveChanges(
  onChange: (yotCodes: (string | null)[], coverage: boolean) => void,
  tokenKey: number,
): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    setState('connecting');
    const bearer = token.get();
    const client = createClient({
      url: new URL('/graphql', window.location.href).toString().replace(/^http/, 'ws'),
      connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
      lazy: false,
      on: { connected: () => setState('connected'), closed: () => setState('off') },
    });
    const hash = (DashboardLiveChangesDocument as { __meta__?: { hash: string } }).__meta__!.hash;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let burst = new Set<string | null>();
    let coverage = false;
    const stop = client.subscribe<{ changes: { yotCode: string | null; affectsCoverage: boolean } }>(
      { query: (manifest as Record<string, string>)[hash] },
      {
        next: ({ data }) => {
          burst.add(data?.changes.yotCode ?? null);
          coverage ||= data?.changes.affectsCoverage ?? true;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const yotCodes = [...burst];
            const moved = coverage;
            burst = new Set();
            coverage = false;
            latest.current(yotCodes, moved);
          }, QUIET_MS);
        },
        // Refused or closed for good: the page still works, only without live updates.
        error: () => setState('off'),
        complete: () => setState('off'),
      },
    );
    return () => {
      clearTimeout(timer);
      stop();
      void client.dispose();
    };
  }, [tokenKey]);
  return state;
}
