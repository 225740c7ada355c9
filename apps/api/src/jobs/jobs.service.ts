import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type pino from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, DATABASE_URL } from '../config/config';
import { LOGGER } from '../common/logger';
import type { JobName, JobPayloads } from './job-handler.decorator';
import { JobRegistry } from './job-registry';

/**
 * Durable jobs in PostgreSQL (pg-boss): work scheduled for a time, kept across restarts, and taken
 * by exactly one replica. Jobs are enqueued in the caller's transaction, so a job exists exactly
 * when the change that asked for it was committed. The handlers are the methods the features
 * declare with @JobHandler and @RecurringJob.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private boss: PgBoss | undefined;

  constructor(
    private readonly registry: JobRegistry,
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: pino.Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const jobs = this.registry.discover();
    const boss = new PgBoss({ connectionString: this.url, application_name: 'plenary-jobs', max: 3 });
    boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name);
      await boss.work<Record<string, unknown>>(
        job.name,
        { pollingIntervalSeconds: this.config.jobPollSeconds },
        async (batch) => {
          for (const each of batch) await job.run(each.data ?? {});
        },
      );
      if (job.cron) await boss.schedule(job.name, job.cron);
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
  async schedule<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    startAfter: Date,
    key?: string,
  ): Promise<void> {
    if (!this.boss) throw new Error('The job queue is not running');
    await this.boss.send(name, payload as object, {
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
