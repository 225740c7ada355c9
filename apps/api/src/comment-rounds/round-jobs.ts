import type { NoPayload } from '../jobs/job-handler.decorator';

/** Closes one round at its deadline. */
export const CLOSE_ROUND_JOB = 'close-comment-round';
/** A sweep each minute for rounds past their deadline whose own job is missing (e.g. rounds loaded as data). */
export const CLOSE_DUE_ROUNDS_JOB = 'close-due-comment-rounds';
/** Reminds a round's recipients who have not responded, `days` before it closes. */
export const REMIND_ROUND_JOB = 'remind-comment-round';
/** A sweep for reminders that have no job of their own (rounds loaded as data, or scheduled before a restore). */
export const REMIND_DUE_ROUNDS_JOB = 'remind-due-comment-rounds';

declare module '../jobs/job-handler.decorator' {
  interface JobPayloads {
    [CLOSE_ROUND_JOB]: { roundId: string };
    [CLOSE_DUE_ROUNDS_JOB]: NoPayload;
    [REMIND_ROUND_JOB]: { roundId: string; days: number };
    [REMIND_DUE_ROUNDS_JOB]: NoPayload;
  }
}
