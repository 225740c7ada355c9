import type { Viewer } from '../common/viewer';

/**
 * What the memorandum workflow announces for other features to act on, in the transaction of the
 * step (see DomainEvents): the documents feature knows nothing of who listens.
 */

/** The body approved the final text: its recommendations are adopted. */
export const DOCUMENT_APPROVED = 'document.approved';
/** The text was published; what it recommends is adopted now if its approval did not adopt it. */
export const DOCUMENT_PUBLISHED = 'document.published';
/** The drafters are about to freeze the working version as the final text; a listener refuses by throwing. */
export const DOCUMENT_FINALISING = 'document.finalising';

export interface DocumentStep {
  documentId: string;
  /** Who took the step. */
  by: Viewer;
}

declare module '../domain-events/domain-event-handler.decorator' {
  interface DomainEventPayloads {
    [DOCUMENT_APPROVED]: DocumentStep;
    [DOCUMENT_PUBLISHED]: DocumentStep;
    [DOCUMENT_FINALISING]: DocumentStep;
  }
}
