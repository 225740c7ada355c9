import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type pino from 'pino';
import { DataSource } from 'typeorm';
import { createLogger } from '../../apps/api/src/common/logger';
import { type AppConfig, loadConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/create-app';
import { QueryCounter } from '../../apps/api/src/database/query-counter';
import { seedDemoData } from '../../apps/api/src/database/seed';
import { createTestDatabase, type TestDatabase } from './database';
import { GraphQLTestClient } from './graphql-client';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  config: AppConfig;
  dataSource: DataSource;
  queries: QueryCounter;
  /** A new client with its own cookie jar: one browser. */
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the demo data from seeds/. */
  demoData?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Reuse an existing database (e.g. a second API replica on the same data). */
  database?: TestDatabase;
  /** Where the app logs, for a test that reads its log; silent otherwise (PLENARY_TEST_LOG sets a level). */
  logger?: pino.Logger;
}

/** The real Nest app over HTTP on a random port, with a database of its own. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  if (options.demoData) await seedDemoData(database.url);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    PLENARY_WEB_DIST: path.resolve(__dirname, '../../apps/web/dist'),
    ...options.env,
  });
  const logger = options.logger ?? createLogger(process.env.PLENARY_TEST_LOG ?? 'silent');
  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    config: { ...config, publicUrl: baseUrl },
    dataSource: app.get(DataSource),
    queries: app.get(QueryCounter),
    client: () => new GraphQLTestClient(baseUrl),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
