import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  operation: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx responses and GraphQL `errors` in a 200 response. */
  errors: number;
  /** Largest resident set size of the server process during the run, MB. */
  serverRssMb: number;
}

export interface LoadOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Sustained load on one operation with autocannon, checking every response body for GraphQL errors. */
export async function loadTest(
  url: string,
  token: string,
  operation: LoadOperation,
  connections: number,
  seconds: number,
  pid: number,
): Promise<LoadResult> {
  let graphqlErrors = 0;
  let peakRss = rssMb(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  clearInterval(sampler);
  return {
    operation: operation.name,
    connections,
    seconds,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    serverRssMb: Math.round(peakRss),
  };
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
