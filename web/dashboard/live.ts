import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { token } from './api';
import { DashboardLiveChangesDocument } from './generated/graphql';
import manifest from './generated/persisted-documents.json';

/** Whether the page is following the change feed: connecting, connected, or off (refused or closed). */
export type LiveState = 'connecting' | 'connected' | 'off';

/** One burst of changes: how many bursts so far, and the YOTs this one concerns (null: not about one YOT). */
export interface LiveBurst {
  count: number;
  yotCodes: (string | null)[];
}

/** Changes arriving within this window are answered with one refetch (an import commits many at once). */
const QUIET_MS = 300;

/**
 * Follows the hub's change feed over graphql-ws with the page's bearer token (sent as `connectionParams`, since a
 * browser cannot set headers on a WebSocket) and calls `onChange` after each burst of changes that may move
 * coverage, with the YOTs the burst concerns. Reconnects when `tokenKey` changes. A refused connection (no or bad
 * token, 4401) leaves the page as it is, without live updates; the text sent is the trusted document's, so
 * PERSISTED_ONLY hubs accept it.
 */
export function useLiveChanges(onChange: (yotCodes: (string | null)[]) => void, tokenKey: number): LiveState {
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
    const stop = client.subscribe<{ changes: { yotCode: string | null } }>(
      { query: (manifest as Record<string, string>)[hash] },
      {
        next: ({ data }) => {
          burst.add(data?.changes.yotCode ?? null);
          clearTimeout(timer);
          timer = setTimeout(() => {
            const yotCodes = [...burst];
            burst = new Set();
            latest.current(yotCodes);
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
