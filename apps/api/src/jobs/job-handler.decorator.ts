import { DiscoveryService } from '@nestjs/core';
import type { MethodDecoratorFor } from '../common/decorated-methods';
import type { AppConfig } from '../config/config';

/**
 * The payload of each kind of job, by job name. Each feature declares its own jobs by augmenting
 * this interface (`declare module '../jobs/job-handler.decorator'`), so that scheduling a job and
 * handling it agree on the payload's type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface JobPayloads {}

export type JobName = Extract<keyof JobPayloads, string>;

/** A recurring job takes no payload. */
export type NoPayload = Record<string, never>;

export interface JobRegistration {
  name: string;
  /** For a recurring job: its cron expression, or how to read it from the configuration. */
  cron: string | ((config: AppConfig) => string) | null;
}

export const jobHandlerMetadata = DiscoveryService.createDecorator<JobRegistration>();

/** Marks the method that runs each job of this name, with the job's payload. */
export function JobHandler<N extends JobName>(
  name: N,
): MethodDecoratorFor<(payload: JobPayloads[N]) => Promise<unknown>> {
  return jobHandlerMetadata({ name, cron: null });
}

/** Marks the method run on a cron schedule, once per tick across all replicas. */
export function RecurringJob<N extends JobName>(
  name: JobPayloads[N] extends NoPayload ? N : never,
  cron: string | ((config: AppConfig) => string),
): MethodDecoratorFor<() => Promise<unknown>> {
  return jobHandlerMetadata({ name, cron });
}
