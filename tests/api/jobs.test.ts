import { Global, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, LOGGER } from '../../apps/api/src/common/logger';
import { APP_CONFIG, DATABASE_URL, loadConfig } from '../../apps/api/src/config/config';
import { DatabaseModule } from '../../apps/api/src/database/database.module';
import { JobHandler } from '../../apps/api/src/jobs/job-handler.decorator';
import { JobRegistry } from '../../apps/api/src/jobs/job-registry';
import { JobsModule } from '../../apps/api/src/jobs/jobs.module';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestApp } from '../helpers/test-app';

const ECHO_JOB = 'test-echo-payload';

declare module '../../apps/api/src/jobs/job-handler.decorator' {
  interface JobPayloads {
    [ECHO_JOB]: { roundId: string; days: number; at: string | null };
  }
}

const received: unknown[] = [];

@Injectable()
class Echo {
  @JobHandler(ECHO_JOB)
  echo(payload: { roundId: string; days: number; at: string | null }): Promise<void> {
    received.push(payload);
    return Promise.resolve();
  }
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('the jobs of the application', () => {
  it('are each registered once, with its handler and, for a sweep, its schedule', async () => {
    const t = await startTestApp({ database });
    try {
      const jobs = t.app.get(JobRegistry).discover();
      expect(jobs.map((j) => `${j.name} ${j.cron ?? '-'} ${j.handlerName}`).sort()).toEqual([
        'close-comment-round - RoundDeadlinesService.closeAtDeadline',
        'close-due-comment-rounds * * * * * RoundDeadlinesService.closeDueRounds',
        'notify-follow-ups-due 0 * * * * RecommendationsService.followUpsDue',
        'remind-comment-round - RoundDeadlinesService.remindRound',
        'remind-due-comment-rounds */10 * * * * RoundDeadlinesService.remindDueRounds',
        `send-agenda-change-digests ${t.config.agendaChangesCron} AgendaNoticesService.sendChangeDigests`,
        `send-daily-digests ${t.config.digestCron} NotificationsService.sendDigests`,
      ]);
    } finally {
      await t.close();
    }
  });
});

describe('a scheduled job', () => {
  it('reaches its handler once, with the payload it was scheduled with, types and all', async () => {
    const config = loadConfig({ NODE_ENV: 'test', JOB_POLL_SECONDS: '0.5' });
    // What the application's root module provides to every module, the job queue's among them.
    @Global()
    @Module({
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: database.url },
        { provide: LOGGER, useValue: createLogger('silent') },
      ],
      exports: [APP_CONFIG, DATABASE_URL, LOGGER],
    })
    class Environment {}
    @Module({ imports: [Environment, DatabaseModule, JobsModule], providers: [Echo] })
    class EchoModule {}
    const app = await NestFactory.createApplicationContext(EchoModule, { logger: false });
    try {
      await app.init();
      const payload = { roundId: '5f0c6c2e-0000-4000-8000-000000000001', days: 3, at: null };
      await app
        .get(DataSource)
        .transaction((manager) => app.get(JobsService).schedule(manager, ECHO_JOB, payload, new Date()));
      await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 15_000 });
      expect(received[0]).toStrictEqual(payload);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(received).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
