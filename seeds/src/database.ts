/** The little the seeds need from a database connection: run one statement inside the caller's transaction. */
export interface SeedDatabase {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface SeedTools {
  hashPassword(this: void, password: string): Promise<string>;
}

export interface DemoDataSet {
  /** Recorded in `seed_runs`; a set is applied again only when its version grows. */
  name: string;
  version: number;
  apply(this: void, db: SeedDatabase, tools: SeedTools): Promise<void>;
}

/** INSERT … ON CONFLICT (id) DO NOTHING for a list of rows with the same columns. */
export async function insertRows(
  db: SeedDatabase,
  table: string,
  rows: readonly Record<string, unknown>[],
  conflict = '(id)',
): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
    await db.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders}) ON CONFLICT ${conflict} DO NOTHING`,
      columns.map((c) => row[c]),
    );
  }
}
