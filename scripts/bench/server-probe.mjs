// Preloaded into the benchmarked server (`node --import`), so that the benchmark can read what the
// server itself cannot tell from outside, without changing the server: its V8 heap, and how many SQL
// statements its request pool has sent. On SIGUSR2 it writes both, with the RSS, to BENCH_PROBE_FILE.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const file = process.env.BENCH_PROBE_FILE;
let statements = 0;

// The same `pg` the server loads (TypeORM and pg-boss require it from the hoisted node_modules).
const pg = createRequire(process.env.BENCH_PROBE_MAIN)('pg');
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  // Only the API's request pool (application_name 'plenary'), not the job queue or the event listener.
  if (this.connectionParameters?.application_name === 'plenary') statements += 1;
  return query.apply(this, args);
};

process.on('SIGUSR2', () => {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ ...process.memoryUsage(), statements }));
  fs.renameSync(tmp, file);
});
