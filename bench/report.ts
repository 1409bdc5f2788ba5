import type { BenchReport } from './bench';

const ms = (value: number | undefined) =>
  value === undefined ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);

/** The report as a markdown table, as the README shows it. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `### ${report.db}, scale ${report.scale} (${report.rows.yot} YOTs, ${report.rows.evidence.toLocaleString('en-GB')} evidence items, ${report.rows.child_outcome.toLocaleString('en-GB')} outcomes)`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; ${m.database}; ${report.ranAt.slice(0, 10)}.` +
      (report.load
        ? ` Synthetic load: ${report.load.rows.toLocaleString('en-GB')} rows in ${report.load.seconds.toFixed(1)} s.`
        : ''),
    '',
    '| Workload | Median ms | p95 ms | Statements | Baseline median ms | Baseline statements | Ratio | Rows returned |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.workloads.map(
      (w) =>
        `| ${w.id} ${w.name}${w.note ? ` (${w.note})` : ''} | ${ms(w.api.median)} | ${ms(w.api.p95)} | ${w.statements} | ${ms(w.baseline?.median)} | ${w.baselineStatements ?? '–'} | ${w.ratio ?? '–'}× | ${w.rowsReturned ?? '–'} |`,
    ),
  ];
  if (report.http.length) {
    lines.push(
      '',
      '| W6 HTTP (autocannon) | Connections | Requests/s | p50 ms | p99 ms | Requests | Errors | Server RSS MB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const h of report.http)
      lines.push(
        `| ${h.operation} | ${h.connections} | ${h.requestsPerSecond} | ${h.p50} | ${h.p99} | ${h.requests} | ${h.errors} | ${h.serverRssMb} |`,
      );
  }
  if (report.dashboard.length) {
    lines.push(
      '',
      '| W7 dashboard page (headless Chromium) | YOTs | Cold ms | Warm median ms | GraphQL requests |',
      '|---|---:|---:|---:|---:|',
    );
    for (const d of report.dashboard)
      lines.push(
        `| national ${d.view} heatmap, navigation to last row rendered | ${d.yots} | ${ms(d.coldMs)} | ${ms(d.warmMedianMs)} | ${d.requests} |`,
      );
  }
  return lines.join('\n');
}
