// `npm run bench`: throughput and latency of the heavy pages, and how fast a change reaches everyone
// watching, against the built server and a real PostgreSQL (embedded, in a temporary folder), on data
// of the size a large meeting and a large memorandum have. The heavy pages are measured beside a
// baseline server answering them with one hand-written statement each (bench/baseline-server.mjs),
// in alternation, and their ratio reported. Results go to bench-results/*.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startBaselineServer } from './bench/baseline-server.mjs';
import { benchCommentDelivery } from './bench/comment-delivery.mjs';
import { createLargeDocument } from './bench/document-data.mjs';
import { benchDocumentPage } from './bench/document-page.mjs';
import { describeComparison } from './bench/compare.mjs';
import { benchMeetingPage } from './bench/meeting-page.mjs';
import { machine, root, startServer, stopServer } from './bench/server.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** The document page takes seconds a request: fewer at once, as when a few co-chairs open it. */
const DOCUMENT_CONNECTIONS = Number(process.env.BENCH_DOCUMENT_CONNECTIONS ?? 2);
/** Live readers of the document a comment is delivered to, one run each, e.g. BENCH_SUBSCRIBERS=500,2000. */
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '500,2000').split(',').map(Number);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 20);
/** Rounds of Plenary and the baseline in alternation. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Which benchmarks to run, e.g. BENCH_ONLY=document,delivery; all by default. */
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const runs = (name) => !ONLY || ONLY.includes(name);
const seconds = (since) => Math.round((Date.now() - since) / 1000);

async function main() {
  if (!fs.existsSync(path.join(root, 'apps/api/dist/main.js'))) throw new Error('Build first: npm run build');
  const began = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await startServer(dataDir);
  console.log(`Server started in ${Math.round((Date.now() - began) / 1000)} s.`);
  const dbPort = fs.readFileSync(path.join(dataDir, 'plenary-port'), 'utf8');
  const databaseUrl = `postgres://plenary:plenary@127.0.0.1:${dbPort}/plenary`;
  const db = new pg.Client({ connectionString: databaseUrl });
  const baseline = await startBaselineServer(databaseUrl);
  console.log(`Baseline server answers ${baseline.paths.join(', ')}; load average ${machine().loadAverage1m}.`);
  try {
    await db.connect();
    const summary = [];
    if (runs('meeting')) {
      const at = Date.now();
      const r = await benchMeetingPage({
        server,
        baseline,
        db,
        duration: DURATION,
        connections: CONNECTIONS,
        rounds: ROUNDS,
      });
      summary.push(
        `Meeting page      (${seconds(at)} s) ${r.sqlStatementsPerRequest} SQL statements/request, ` +
          `${r.sameAnswerAsBaseline ? 'same answer as the baseline' : `ANSWER DIFFERS FROM THE BASELINE at ${r.differenceFromBaseline}`}, ${r.errors} errors`,
        ...r.comparisons.map((c) => `                    ${describeComparison(c)}`),
      );
    }
    if (runs('document') || runs('delivery')) {
      const loading = Date.now();
      const data = await createLargeDocument(db);
      console.log(
        `Memorandum loaded in ${Date.now() - loading} ms: ${data.counts.versionParagraphs} version paragraphs, ` +
          `${data.counts.comments} comments (${data.counts.disposed} disposed of), ${data.counts.recipients} round recipients.`,
      );
      if (runs('document')) {
        const at = Date.now();
        const r = await benchDocumentPage({
          server,
          baseline,
          data,
          duration: DURATION,
          connections: DOCUMENT_CONNECTIONS,
          rounds: ROUNDS,
        });
        summary.push(
          `Document page     (${seconds(at)} s) ${r.throughputPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
            `${r.aloneLatencyMs} ms alone, RSS ${r.serverRssMb} MB, heap ${r.serverHeapUsedMb}/${r.serverHeapTotalMb} MB, ` +
            `${r.sqlStatementsPerRequest}–${r.sqlStatementsPerRequestMax} SQL statements/request, ${r.errors} errors`,
        );
      }
      if (runs('delivery')) {
        const at = Date.now();
        const r = await benchCommentDelivery({ server, data, subscribers: SUBSCRIBERS, comments: COMMENTS });
        summary.push(
          `Comment delivery  (${seconds(at)} s) postComment alone p50 ${r.alone.postCommentMs.p50} ms, ` +
            `p99 ${r.alone.postCommentMs.p99} ms, ${r.alone.sqlStatementsPerComment} SQL statements/comment`,
          ...r.runs.map(
            (run) =>
              `                    to ${run.subscribers}: ${run.delivered}/${run.expectedDeliveries} events, ` +
              `p50 ${run.deliveryMs.p50} ms, p99 ${run.deliveryMs.p99} ms, max ${run.deliveryMs.max} ms; ` +
              `postComment p50 ${run.postCommentMs.p50} ms (${run.postCommentP50VersusAlone}× alone); ` +
              `${run.sqlStatementsPerComment} SQL statements/comment; RSS ${run.serverRssMb} MB`,
          ),
        );
      }
    }
    console.log(
      `\nSummary (${seconds(began)} s in all; load average ${machine().loadAverage1m}; bench-results/*.json)`,
    );
    for (const line of summary) console.log(`  ${line}`);
  } finally {
    await db.end().catch(() => {});
    await stopServer(baseline);
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
