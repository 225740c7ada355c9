import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { expectData, GraphQLTestClient } from '../helpers/graphql-client';

const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'apps/api/dist/main.js');

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` without the build step: the built server, as a user runs it. */
async function launch(env: NodeJS.ProcessEnv): Promise<Running> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = { child, url: `http://localhost:${port}`, output: () => output };
  launched.push(running);
  return running;
}

function waitForOutput(running: Running, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (running.output().includes(text)) {
        clearInterval(timer);
        resolve();
      } else if (running.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`The server exited early:\n${running.output()}`));
      }
    }, 100);
  });
}

/** Every server a test launched, so that none outlives a failed test. */
const launched: Running[] = [];
afterEach(async () => {
  for (const running of launched.splice(0)) {
    if (running.child.exitCode === null && running.child.signalCode === null) await killTree(running);
  }
});

async function start(env: NodeJS.ProcessEnv): Promise<Running> {
  const running = await launch(env);
  await waitForOutput(running, 'Plenary is running at');
  return running;
}

function stop(running: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.once('exit', (code) => resolve(code));
    running.child.kill(signal);
  });
}

describe('npm start with no DATABASE_URL', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function rowCounts(): Promise<Record<string, number>> {
    const port = fs.readFileSync(path.join(dataDir, 'plenary-port'), 'utf8');
    const client = new Client({ connectionString: `postgres://plenary:plenary@127.0.0.1:${port}/plenary` });
    await client.connect();
    try {
      const counts: Record<string, number> = {};
      for (const table of ['organizations', 'people', 'users', 'meetings', 'memberships', 'meeting_organizers']) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        counts[table] = rows[0]!.n;
      }
      return counts;
    } finally {
      await client.end();
    }
  }

  it('is built (npm test builds it first)', () => {
    expect(fs.existsSync(main), 'run `npm run build`').toBe(true);
  });

  it('starts embedded PostgreSQL, migrates, loads the demo data and serves health, GraphQL and the app', async () => {
    const running = await start({ PLENARY_DATA_DIR: dataDir });
    try {
      expect(running.output()).toContain('secretariat@plenary.example');
      expect(running.output()).toContain(demoPassword);
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

      expect((await fetch(`${running.url}/health`)).status).toBe(200);
      const client = new GraphQLTestClient(running.url);
      expect(expectData(await client.gql('{ __typename }'))).toEqual({ __typename: 'Query' });

      const page = await fetch(`${running.url}/meetings`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);

      await client.as('secretariat@plenary.example', demoPassword);
      const { meetings } = expectData(await client.gql<{ meetings: { id: string }[] }>('{ meetings { id } }'));
      expect(meetings.map((m) => m.id)).toContain(meeting.incheon);
    } finally {
      expect(await stop(running, 'SIGTERM')).toBe(0);
    }
    // The database was stopped with the server.
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('keeps everything on restart and adds nothing, and stops cleanly on Ctrl-C', async () => {
    const running = await start({ PLENARY_DATA_DIR: dataDir });
    let before: Record<string, number>;
    try {
      before = await rowCounts();
      expect(before.meetings).toBe(4);
      expect(running.output()).not.toContain('Demo data loaded');
    } finally {
      expect(await stop(running, 'SIGINT')).toBe(0);
    }
    const again = await start({ PLENARY_DATA_DIR: dataDir });
    try {
      expect(await rowCounts()).toEqual(before);
    } finally {
      expect(await stop(again)).toBe(0);
    }
  });
});

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
}

/** Every process on the machine, from /proc (the state follows the parenthesised command name). */
function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.push({ pid: Number(entry), ppid: Number(ppid), pgid: Number(pgid), state: state! });
  }
  return found;
}

function descendants(pid: number, all = processes()): ProcessInfo[] {
  const children = all.filter((p) => p.ppid === pid);
  return children.flatMap((child) => [child, ...descendants(child.pid, all)]);
}

function alive(pid: number): boolean {
  const found = processes().find((p) => p.pid === pid);
  return found !== undefined && found.state !== 'Z';
}

/** The embedded database runs in a process group of its own: kill -9 the API and that group. */
function killTree(running: Running): Promise<void> {
  const apiPid = running.child.pid!;
  const ownGroup = processes().find((p) => p.pid === apiPid)!.pgid;
  const groups = new Set(descendants(apiPid).map((p) => p.pgid));
  groups.delete(ownGroup);
  running.child.kill('SIGKILL');
  for (const group of groups) process.kill(-group, 'SIGKILL');
  return new Promise((resolve) => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) resolve();
    else running.child.once('exit', () => resolve());
  });
}

describe('npm start after a crash', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-crash-'));
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function organizationNames(): Promise<Set<string>> {
    const port = fs.readFileSync(path.join(dataDir, 'plenary-port'), 'utf8');
    const client = new Client({ connectionString: `postgres://plenary:plenary@127.0.0.1:${port}/plenary` });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM organizations');
      return new Set(rows.map((row) => row.name));
    } finally {
      await client.end();
    }
  }

  const rounds = Number(process.env.PLENARY_CRASH_ROUNDS ?? 5);

  it(
    `starts again every time the server and its database are killed mid-write (${rounds} rounds)`,
    async () => {
      const acknowledged: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const running = await start({ PLENARY_DATA_DIR: dataDir });
        const client = await new GraphQLTestClient(running.url).as('admin@plenary.example', demoPassword);
        let killed = false;
        const write = async (writer: number) => {
          for (let n = 0; !killed; n++) {
            const name = `Crash round ${round} writer ${writer} #${n}`;
            const response = await client
              .gql('mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
                input: { name, kind: 'OTHER' },
              })
              .catch(() => undefined);
            if (response?.data) acknowledged.push(name);
          }
        };
        const writers = [write(1), write(2)];
        try {
          await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual((round + 1) * 3);
        } finally {
          // Writes still in flight meet the kill.
          killed = true;
          await killTree(running);
          await Promise.all(writers);
        }
        expect(fs.existsSync(pidFile), 'the killed database left its lock file').toBe(true);
      }
      const again = await start({ PLENARY_DATA_DIR: dataDir });
      try {
        const names = await organizationNames();
        expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      } finally {
        expect(await stop(again)).toBe(0);
      }
    },
    60_000 + rounds * 20_000,
  );

  it('starts while the killed database is still a zombie nobody has reaped', async () => {
    const running = await start({ PLENARY_DATA_DIR: dataDir });
    const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    const parent = processes().find((p) => p.pid === postmaster)!.ppid;
    expect(fs.readFileSync(`/proc/${parent}/cmdline`, 'utf8')).toContain('embedded-server.js');
    // Its parent, stopped, cannot reap it: the postmaster stays a zombie that kill(pid, 0) still finds.
    process.kill(parent, 'SIGSTOP');
    try {
      running.child.kill('SIGKILL');
      const group = processes().find((p) => p.pid === parent)!.pgid;
      let rest = processes().filter((p) => p.pgid === group && p.pid !== parent && p.state !== 'Z');
      while (rest.length > 0) {
        for (const p of rest) process.kill(p.pid, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 50));
        rest = processes().filter((p) => p.pgid === group && p.pid !== parent && p.state !== 'Z');
      }
      expect(processes().find((p) => p.pid === postmaster)?.state).toBe('Z');
      expect(() => process.kill(postmaster, 0)).not.toThrow();

      const again = await start({ PLENARY_DATA_DIR: dataDir });
      expect(await stop(again)).toBe(0);
    } finally {
      process.kill(parent, 'SIGKILL');
    }
  }, 60_000);

  it('starts when the lock file left behind names a process that is not PostgreSQL', async () => {
    await killTree(await start({ PLENARY_DATA_DIR: dataDir }));
    // The number went to another program of the database's own user since, very much alive.
    const owner = fs.statSync(path.join(dataDir, 'postgres'));
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { uid: owner.uid, gid: owner.gid });
    try {
      const stale = fs.readFileSync(pidFile, 'utf8').split('\n');
      stale[0] = String(other.pid);
      fs.writeFileSync(pidFile, stale.join('\n'));
      const running = await start({ PLENARY_DATA_DIR: dataDir });
      expect(await stop(running)).toBe(0);
    } finally {
      other.kill('SIGKILL');
    }
  }, 60_000);

  it('waits for the database of a server still running to stop instead of starting a second one on its files', async () => {
    const running = await start({ PLENARY_DATA_DIR: dataDir });
    const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    const second = await launch({ PLENARY_DATA_DIR: dataDir });
    await waitForOutput(second, `PostgreSQL (PID ${postmaster}) is still running`);
    expect(alive(postmaster)).toBe(true);
    expect(await stop(running)).toBe(0);
    await waitForOutput(second, 'Plenary is running at');
    expect(await stop(second)).toBe(0);
  }, 60_000);

  it("says why, in PostgreSQL's own words, when the database cannot start", async () => {
    const settings = path.join(dataDir, 'postgres', 'postgresql.auto.conf');
    const original = fs.readFileSync(settings, 'utf8');
    fs.appendFileSync(settings, 'shared_buffers = lots\n');
    try {
      const failure = await start({ PLENARY_DATA_DIR: dataDir }).then(
        () => 'it started',
        (error: Error) => error.message,
      );
      expect(failure).toContain('invalid value for parameter "shared_buffers": "lots"');
      expect(failure).toContain('postgresql.auto.conf');
    } finally {
      fs.writeFileSync(settings, original);
    }
    const again = await start({ PLENARY_DATA_DIR: dataDir });
    expect(await stop(again)).toBe(0);
  }, 60_000);
});

describe('npm start with DATABASE_URL', () => {
  let database: TestDatabase;
  const dataDir = path.join(os.tmpdir(), `plenary-unused-${process.pid}`);
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('uses that server and starts nothing embedded', async () => {
    const running = await start({ DATABASE_URL: database.url, PLENARY_DATA_DIR: dataDir });
    try {
      expect(fs.existsSync(dataDir)).toBe(false);
      expect(running.output()).not.toContain('Embedded PostgreSQL started');
      expect((await fetch(`${running.url}/health`)).status).toBe(200);
    } finally {
      expect(await stop(running)).toBe(0);
    }
  });
});
