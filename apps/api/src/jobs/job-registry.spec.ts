import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobHandler, type NoPayload, RecurringJob } from './job-handler.decorator';
import { JobRegistry } from './job-registry';

const SEND_JOB = 'test-send-reminder';
const SWEEP_JOB = 'test-sweep';

declare module './job-handler.decorator' {
  interface JobPayloads {
    [SEND_JOB]: { roundId: string; days: number };
    [SWEEP_JOB]: NoPayload;
  }
}

const received: unknown[] = [];

@Injectable()
class Reminders {
  @JobHandler(SEND_JOB)
  send(payload: { roundId: string; days: number }): Promise<void> {
    received.push(payload);
    return Promise.resolve();
  }

  @RecurringJob(SWEEP_JOB, (config) => config.digestCron)
  sweep(): Promise<void> {
    received.push('swept');
    return Promise.resolve();
  }

  /** Not a job: a method beside them is left alone. */
  async helper(): Promise<void> {}
}

@Injectable()
class SecondReminders {
  @JobHandler(SEND_JOB)
  async sendAgain(): Promise<void> {}
}

const config = { digestCron: '0 7 * * *' } as AppConfig;

/** The module that declares the handlers, imported by two features, as shared modules are, and aliased. */
@Module({
  providers: [Reminders, { provide: 'REMINDERS', useExisting: Reminders }],
  exports: [Reminders, 'REMINDERS'],
})
class RemindersModule {}
@Module({ imports: [RemindersModule] })
class FirstFeature {}
@Module({ imports: [RemindersModule] })
class SecondFeature {}

async function registryOf(...imports: unknown[]) {
  @Module({
    imports: [DiscoveryModule, ...(imports as []), FirstFeature, SecondFeature],
    providers: [JobRegistry, { provide: APP_CONFIG, useValue: config }],
  })
  class TestModule {}
  const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  return { app, registry: app.get(JobRegistry) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  received.length = 0;
  await close?.();
  close = undefined;
});

describe('the job registry', () => {
  it('registers each declared handler once, however many modules import its provider and under whatever name', async () => {
    const { app, registry } = await registryOf();
    close = () => app.close();
    const jobs = registry.discover();
    expect(jobs.map((j) => [j.name, j.cron, j.handlerName])).toEqual([
      [SEND_JOB, null, 'Reminders.send'],
      [SWEEP_JOB, '0 7 * * *', 'Reminders.sweep'],
    ]);
  });

  it('hands the handler the payload the job was scheduled with, on its own instance', async () => {
    const { app, registry } = await registryOf();
    close = () => app.close();
    const send = registry.discover().find((j) => j.name === SEND_JOB)!;
    await send.run({ roundId: 'round-1', days: 3 });
    expect(received).toEqual([{ roundId: 'round-1', days: 3 }]);
  });

  it('refuses to start with two handlers for one job', async () => {
    @Module({ providers: [SecondReminders] })
    class Conflicting {}
    const { app, registry } = await registryOf(Conflicting);
    close = () => app.close();
    expect(() => registry.discover()).toThrow(/^The job "test-send-reminder" has two handlers: /);
    expect(() => registry.discover()).toThrow(/SecondReminders\.sendAgain/);
  });
});
