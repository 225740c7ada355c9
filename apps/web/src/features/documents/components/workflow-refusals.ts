import type { ErrorReason } from '@plenary/shared';
import { toApiError } from '../../../lib/api-error';

/** What a refused workflow step says, where the server's own message would not tell what to do. */
export const refusalMessages: Partial<Record<ErrorReason, string>> = {
  INVALID_TRANSITION:
    'Someone moved the document on meanwhile. The page now shows where it stands: check it, and try again if this step is still needed.',
  ROUND_CLOSED: 'The round has already closed, at its deadline or by another co-chair.',
  NO_REPORTING_BODY:
    'The study group reports to no body, so there is nowhere to submit the text. Its secretariat can name the body it reports to.',
};

export function describeRefusal(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.reason === 'UNDISPOSED_COMMENTS') {
    return `${apiError.message} Give each one a disposition in the comment table, then finalise.`;
  }
  return (apiError.reason && refusalMessages[apiError.reason]) ?? apiError.message;
}

/** Refusals that mean the screen is out of date. */
const staleReasons: readonly (ErrorReason | undefined)[] = [
  'INVALID_TRANSITION',
  'ROUND_CLOSED',
  'UNDISPOSED_COMMENTS',
];

/** Waits for a workflow step; a refusal that means the screen is out of date also calls `onStale`, and is passed on. */
export async function runStep(step: Promise<unknown>, onStale: () => void): Promise<void> {
  try {
    await step;
  } catch (caught) {
    if (staleReasons.includes(toApiError(caught).reason)) onStale();
    throw caught;
  }
}

/** "3 comments still need a disposition". */
export function undisposedText(count: number): string {
  return count === 1 ? '1 comment still needs a disposition' : `${count} comments still need a disposition`;
}
