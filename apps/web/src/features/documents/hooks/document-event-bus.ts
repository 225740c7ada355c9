/** A change another person made, as the live events name it. */
export interface DocumentChange {
  kind: string;
  versionId: string | null;
  paragraphIds: readonly string[];
  commentId: string | null;
  roundId: string | null;
}

/**
 * Carries the document's live events from the page's one subscription to the parts that update
 * only what the event names: the text, the margin comments, the round.
 */
export class DocumentEventBus {
  private listeners = new Set<(change: DocumentChange) => void>();

  subscribe(listener: (change: DocumentChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  publish(change: DocumentChange) {
    for (const listener of this.listeners) listener(change);
  }
}
