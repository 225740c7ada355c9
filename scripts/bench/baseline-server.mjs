// The limit the heavy pages are measured against: a bare node:http server reading the same database,
// with the same session check and access rules, answering each page with the same JSON as the API
// from one hand-written SQL statement. Each page is a handler module exporting `path` and
// `answer({ pool, tokenHash, params, viewerSql })`, which resolves to the JSON text, or null when the
// viewer may not see the page (answered 404, as the API answers NOT_FOUND). Started by the benchmark
// as a process of its own (`startBaselineServer`), so that its memory is its own.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The signed-in viewer of a session, as the API's own check reads it ($1 is the hash of the session
 * cookie's token): for a handler to put in its statement, so that the page costs one statement.
 */
const viewerSql = `SELECT u.id AS user_id, u.person_id, u.is_platform_admin
   FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`;

const SESSION_COOKIE = 'plenary_session';

function sessionToken(header) {
  for (const part of header?.split(';') ?? []) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The page handlers present: the meeting page always, the document page once it is written. */
async function loadHandlers() {
  const handlers = [await import('./baseline-meeting.mjs')];
  const document = path.join(here, 'baseline-document.mjs');
  if (fs.existsSync(document)) handlers.push(await import(pathToFileURL(document).href));
  return handlers;
}

async function serve() {
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  const handlers = await loadHandlers();
  const send = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    const handler = handlers.find((h) => h.path === url.pathname);
    if (!handler) return send(res, 404, '{"error":"no such page"}');
    const token = sessionToken(req.headers.cookie);
    if (!token || token.length > 100) return send(res, 401, '{"error":"sign in"}');
    const tokenHash = createHash('sha256').update(token).digest();
    handler
      .answer({ pool, tokenHash, params: url.searchParams, viewerSql })
      .then((body) => (body === null ? send(res, 404, '{"error":"not found"}') : send(res, 200, body)))
      .catch((error) => send(res, 500, JSON.stringify({ error: String(error) })));
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    console.log(`Baseline listening on ${server.address().port}; pages ${handlers.map((h) => h.path).join(', ')}`);
  });
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}

/** Starts the baseline as a child process on the given database; resolves to { child, url, paths }. */
export async function startBaselineServer(databaseUrl) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', BASELINE_SERVE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  const [, port, paths] = line.match(/on (\d+); pages (.*)$/);
  return { child, url: `http://127.0.0.1:${port}`, paths: paths.split(', ') };
}

if (process.env.BASELINE_SERVE === '1') {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
