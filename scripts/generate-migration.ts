/**
 * Writes apps/api/src/database/migrations/<timestamp>-<Name>.ts with the SQL that brings a database
 * migrated to the current head in line with the entities. Run with `npm run db:migration:generate -- Name`.
 * Uses a throwaway embedded PostgreSQL, so it needs no server of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../apps/api/src/database/data-source';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run db:migration:generate -- AddAgendas');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-migration-'));
  const db = await startEmbeddedPostgres(dir);
  const ds = createDataSource({ url: db.url });
  try {
    await ds.initialize();
    await ds.runMigrations();
    const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log('The entities match the migrations; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => '`' + sql.replace(/\s+;?$/, '').replace(/`/g, '\\`') + '`';
    const body = (queries: { query: string }[]) =>
      queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = path.join(__dirname, '../apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body([...downQueries].reverse())}
  }
}
`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts and review it.`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
