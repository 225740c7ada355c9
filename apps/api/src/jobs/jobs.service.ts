import { createHash } from 'node:crypto';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type pino from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { LOGGER } from '../common/logger';
import { DATABASE_URL } from '../database/database.module';

type Handler = (data: Record<string, unknown>) => Promise<void>;

/**
 * Durable jobs in PostgreSQL (pg-boss): work scheduled for a time, kept across restarts, and taken
 * by exactly one replica. Jobs are enqueued in the caller's transaction, so a job exists exactly
 * when the change that asked for it was committed.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private boss: PgBoss | undefined;
  private readonly handlers = new Map<string, Handler>();
  private readonly crons = new Map<string, string>();

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: pino.Logger,
  ) {}

  /** Registers the handler for a kind of job; call from a provider's constructor. */
  handle(name: string, handler: Handler): void {
    this.handlers.set(name, handler);
  }

  /** Runs a handler on a cron schedule, once per tick across all replicas. */
  every(name: string, cron: string, handler: Handler): void {
    this.handlers.set(name, handler);
    this.crons.set(name, cron);
  }

  async onModuleInit(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.url, application_name: 'plenary-jobs', max: 3 });
    boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
    await boss.start();
    for (const [name, handler] of this.handlers) {
      await boss.createQueue(name);
      await boss.work<Record<string, unknown>>(
        name,
        { pollingIntervalSeconds: this.config.jobPollSeconds },
        async (jobs) => {
          for (const job of jobs) await handler(job.data ?? {});
        },
      );
      const cron = this.crons.get(name);
      if (cron) await boss.schedule(name, cron);
    }
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5_000 });
    this.boss = undefined;
  }

  /**
   * Schedules a job for a time, inside the given transaction. Jobs of a name given the same `key`
   * are one job while it waits, so that replicas or repeated changes asking for the same run get it
   * once.
   */
  async schedule(
    manager: EntityManager,
    name: string,
    data: Record<string, unknown>,
    startAfter: Date,
    key?: string,
  ): Promise<void> {
    if (!this.boss) throw new Error('The job queue is not running');
    await this.boss.send(name, data, {
      ...(key === undefined ? {} : { id: keyedId(name, key) }),
      startAfter,
      retryLimit: 5,
      retryDelay: 5,
      db: { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) },
    });
  }
}

/** The job id a key stands for: the queue keeps one job per id, and ignores a second one sent. */
function keyedId(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\n${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
