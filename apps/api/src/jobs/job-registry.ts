import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { decoratedMethods } from '../common/decorated-methods';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { jobHandlerMetadata } from './job-handler.decorator';

/** A kind of job and the one method that runs it. */
export interface RegisteredJob {
  name: string;
  /** The cron expression of a recurring job; null for a job run when scheduled. */
  cron: string | null;
  /** "RoundDeadlinesService.closeAtDeadline". */
  handlerName: string;
  run: (payload: Record<string, unknown>) => Promise<unknown>;
}

/** Finds the job handlers the application's providers declare with @JobHandler and @RecurringJob. */
@Injectable()
export class JobRegistry {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every job declared, each with its one handler; two handlers for one job are a mistake refused at start-up. */
  discover(): RegisteredJob[] {
    const jobs = new Map<string, RegisteredJob>();
    for (const method of decoratedMethods(this.discovery, this.scanner, jobHandlerMetadata)) {
      const { name, cron } = method.metadata;
      const existing = jobs.get(name);
      if (existing) {
        throw new Error(`The job "${name}" has two handlers: ${existing.handlerName} and ${method.name}`);
      }
      jobs.set(name, {
        name,
        cron: typeof cron === 'function' ? cron(this.config) : cron,
        handlerName: method.name,
        run: (payload) => method.invoke(payload),
      });
    }
    return [...jobs.values()];
  }
}
