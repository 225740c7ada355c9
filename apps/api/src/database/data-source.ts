import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  /** Pool size per API process. */
  poolSize?: number;
  /** Statements slower than this are reported to the logger. */
  slowQueryMs?: number;
}

export function createDataSource({ url, logger, poolSize = 10, slowQueryMs }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built in since PostgreSQL 13; no extension to install.
    uuidExtension: 'pgcrypto',
    logger,
    logging: logger ? ['query', 'error'] : false,
    maxQueryExecutionTime: slowQueryMs,
    extra: { max: poolSize, application_name: 'plenary' },
  });
}
