import fs from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../apps/api/src/graphql-server/emit-schema';
import { SCHEMA_FILE } from '../../apps/api/src/graphql-server/graphql.config';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the committed contract', () => {
  it('apps/api/schema.gql is exactly the schema the running API serves (run `npm run schema` after changing it)', () => {
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});

describe('the migrations', () => {
  it('produce exactly the schema the entities describe (run `npm run db:migration:generate -- Name` after changing one)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all been applied to the test database', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
  });
});
