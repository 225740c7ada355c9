import { demoDataSets } from '@plenary/seeds';
import { hashPassword } from '../auth/secrets';
import { createDataSource } from './data-source';

/**
 * Loads each demo data set once. A set already recorded in `seed_runs` at its current version is
 * skipped, so a restart neither duplicates rows nor brings back what a user deleted. Rows are
 * inserted with fixed ids and ON CONFLICT DO NOTHING, so a newer version only adds.
 */
export async function seedDemoData(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  const loaded: string[] = [];
  try {
    for (const set of demoDataSets) {
      await dataSource.transaction(async (manager) => {
        const rows: { version: number }[] = await manager.query(
          `SELECT version FROM seed_runs WHERE name = $1 FOR UPDATE`,
          [set.name],
        );
        if (rows[0] && rows[0].version >= set.version) return;
        await set.apply({ query: (sql, params) => manager.query(sql, params) }, { hashPassword });
        await manager.query(
          `INSERT INTO seed_runs (name, version) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, applied_at = now()`,
          [set.name, set.version],
        );
        loaded.push(set.name);
      });
    }
  } finally {
    await dataSource.destroy();
  }
  return loaded;
}
