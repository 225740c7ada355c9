// `npm run bench`: throughput and latency of the heavy pages, and how fast a change reaches everyone
// watching, against the built server and a real PostgreSQL (embedded, in a temporary folder), on data
// of the size a large meeting and a large memorandum have. Results go to bench-results/*.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchCommentDelivery } from './bench/comment-delivery.mjs';
import { createLargeDocument } from './bench/document-data.mjs';
import { benchDocumentPage } from './bench/document-page.mjs';
import { benchMeetingPage } from './bench/meeting-page.mjs';
import { root, startServer, stopServer } from './bench/server.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** The document page takes seconds a request: fewer at once, as when a few co-chairs open it. */
const DOCUMENT_CONNECTIONS = Number(process.env.BENCH_DOCUMENT_CONNECTIONS ?? 2);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 20);
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
  const db = new pg.Client({ connectionString: `postgres://plenary:plenary@127.0.0.1:${dbPort}/plenary` });
  try {
    await db.connect();
    const summary = [];
    if (runs('meeting')) {
      const at = Date.now();
      const r = await benchMeetingPage({ server, db, duration: DURATION, connections: CONNECTIONS });
      summary.push(
        `Meeting page      (${seconds(at)} s) ${r.throughputPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
          `RSS ${r.serverRssMb} MB, ${r.errors} errors`,
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
        const r = await benchDocumentPage({ server, data, duration: DURATION, connections: DOCUMENT_CONNECTIONS });
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
          `Comment delivery  (${seconds(at)} s) ${r.delivered}/${r.expectedDeliveries} events to ${r.subscribers} subscribers, ` +
            `p50 ${r.deliveryMs.p50} ms, p99 ${r.deliveryMs.p99} ms, max ${r.deliveryMs.max} ms, ` +
            `RSS ${r.serverRssMb} MB, heap ${r.serverHeapUsedMb}/${r.serverHeapTotalMb} MB`,
        );
      }
    }
    console.log(`\nSummary (${seconds(began)} s in all; bench-results/*.json)`);
    for (const line of summary) console.log(`  ${line}`);
  } finally {
    await db.end().catch(() => {});
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
