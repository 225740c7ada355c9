// The built server, started as deployed against an embedded PostgreSQL in a temporary folder, with a
// probe preloaded that reports its heap and the SQL statements it sends (see server-probe.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(root, 'apps/api/dist/main.js');

/** The Node flags the server is deployed with: those `npm start` gives it (the Dockerfile gives the same). */
export const deployedFlags = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  .scripts.start.match(/node ((?:--\S+ )*)apps\/api\/dist\/main\.js/)[1]
  .split(' ')
  .filter(Boolean);
const probe = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-probe.mjs');

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(dataDir) {
  const port = await freePort();
  const probeFile = path.join(dataDir, 'bench-probe.json');
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ...deployedFlags,
      // Others to try, e.g. BENCH_NODE_FLAGS=--trace-gc.
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      `--import=${pathToFileURL(probe).href}`,
      main,
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        PLENARY_DATA_DIR: dataDir,
        PLENARY_DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        // As deployed: graphql-js and Apollo skip their development-time checks.
        NODE_ENV: 'production',
        BENCH_PROBE_FILE: probeFile,
        BENCH_PROBE_MAIN: main,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Plenary is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, port, probeFile };
}

export function stopServer(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });
}

/** The server's resident memory in MB, as the kernel reports it. */
export function serverRssMb(server) {
  return (
    Number((fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/) ?? [])[1] ?? 0) / 1024
  );
}

/** What the probe in the server reports: process.memoryUsage() and `statements` sent by the request pool. */
export async function probeServer(server) {
  fs.rmSync(server.probeFile, { force: true });
  server.child.kill('SIGUSR2');
  for (let waited = 0; waited < 5_000; waited += 5) {
    if (fs.existsSync(server.probeFile)) return JSON.parse(fs.readFileSync(server.probeFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The server probe did not answer');
}

/** RSS, V8 heap in use and V8 heap reserved, in MB. */
export async function serverMemory(server) {
  const probe = await probeServer(server);
  const mb = (bytes) => Math.round(bytes / 1024 / 1024);
  return {
    serverRssMb: Math.round(serverRssMb(server)),
    serverHeapUsedMb: mb(probe.heapUsed),
    serverHeapTotalMb: mb(probe.heapTotal),
  };
}

/** Signs in with a demo account; returns the session cookie. */
export async function signIn(server, email, password = 'plenary-demo') {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }) { user { id } } }`,
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Could not sign in as ${email}: ${await response.text()}`);
  return cookie;
}

/** One GraphQL request over HTTP; throws on errors. */
export async function graphql(server, cookie, query, variables) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const result = await response.json();
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The value at or below which `p` per cent of the sorted values lie. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function writeResult(name, report) {
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench-results', name), JSON.stringify(report, null, 2));
}

/** The machine the figures come from: other work on it (the load average) slows every figure. */
export function machine() {
  return { cpus: os.availableParallelism(), loadAverage1m: Math.round(os.loadavg()[0] * 10) / 10 };
}
