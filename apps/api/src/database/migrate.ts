import { createDataSource } from './data-source';

/** Any fixed number: replicas starting together take turns migrating and seeding. */
const STARTUP_LOCK = 4_242_001;

/**
 * Runs `work` while holding a cluster-wide advisory lock, so that of several API replicas starting
 * at once, one migrates and the others find the work done.
 */
export async function withStartupLock<T>(url: string, work: (url: string) => Promise<T>): Promise<T> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work(url);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}

/** Applies pending migrations; returns the names of those applied. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
