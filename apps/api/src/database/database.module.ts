import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type pino from 'pino';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig, DATABASE_URL } from '../config/config';
import { createDataSource } from './data-source';
import { QueryCounter } from './query-counter';

@Global()
@Module({
  providers: [
    QueryCounter,
    {
      provide: DataSource,
      inject: [APP_CONFIG, DATABASE_URL, QueryCounter, LOGGER],
      useFactory: async (config: AppConfig, url: string, counter: QueryCounter, logger: pino.Logger) => {
        counter.onSlow = (query, milliseconds) =>
          logger.warn({ milliseconds, query: query.slice(0, 500) }, 'Slow SQL statement');
        const dataSource = createDataSource({
          url,
          logger: counter,
          poolSize: config.dbPoolSize,
          slowQueryMs: config.slowQueryMs,
        });
        return dataSource.initialize();
      },
    },
  ],
  exports: [DataSource, QueryCounter],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
