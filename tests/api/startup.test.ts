import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
async function start(env: NodeJS.ProcessEnv): Promise<Running> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Plenary is running at')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`The server exited early:\n${output}`));
      }
    }, 100);
  });
  return { child, url: `http://localhost:${port}`, output: () => output };
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
