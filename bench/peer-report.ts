import type { PeerReport, PeerRun } from './peer';

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : '–');

/**
 * The peer table: per question and server, the median over rounds of req/s, p99 and CPU per request, the
 * errors summed, and hub ÷ PostGraphile (median of the per-round ratios, so each ratio compares runs made
 * next to each other on the machine).
 */
export function renderPeerMarkdown(report: PeerReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(`#### Hub vs PostGraphile v4, PostgreSQL, scale ${report.scale}`, '');
  lines.push(
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}; ${machine.database}; ${report.ranAt.slice(0, 16).replace('T', ' ')} UTC. ` +
      `autocannon, ${report.connections} connections, ${report.seconds} s per run, ${Math.max(0, ...report.runs.map((r) => r.round))} interleaved rounds; ` +
      `load average ${report.loadBefore.join(' / ')} before, ${report.loadAfter.join(' / ')} after.`,
    '',
  );
  lines.push(
    '| Question | Server | req/s | p50 ms | p99 ms | errors | server CPU ms/request | hub ÷ PostGraphile (req/s) | statement alone: statements/s, p99 ms |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of report.questions) {
    const baseline = report.baseline.find((b) => b.question === q.id);
    for (const target of report.targets) {
      const runs = report.runs.filter((r) => r.question === q.id && r.target === target);
      const ratio = target === 'PostGraphile v4' ? '' : fmt(median(ratios(report.runs, q.id, target)));
      lines.push(
        `| ${q.id} ${q.name} | ${target} | ${fmt(median(runs.map((r) => r.requestsPerSecond)), 0)} | ${fmt(median(runs.map((r) => r.p50)), 1)} | ${fmt(median(runs.map((r) => r.p99)), 1)} | ` +
          `${runs.reduce((n, r) => n + r.errors, 0)} | ${fmt(median(runs.map((r) => r.cpuMsPerRequest)))} | ${ratio} | ${target === report.targets[0] && baseline ? `${baseline.statementsPerSecond}, ${baseline.p99}` : ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** hub ÷ PostGraphile req/s for each round of one question. */
function ratios(runs: PeerRun[], question: string, target: string): number[] {
  const out: number[] = [];
  for (const run of runs.filter((r) => r.question === question && r.target === target)) {
    const peer = runs.find((r) => r.question === question && r.round === run.round && r.target === 'PostGraphile v4');
    if (peer?.requestsPerSecond) out.push(run.requestsPerSecond / peer.requestsPerSecond);
  }
  return out;
}
