import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FragmentType } from '../../../__generated__';
import type { documentCommentFragment } from '../graphql/document-fragments';
import { paragraphCommentsQuery } from '../graphql/document-queries';

export type MarginComment = FragmentType<typeof documentCommentFragment> & { id: string };

/** The API answers for at most this many paragraphs at once. */
const BATCH_LIMIT = 200;
/** Paragraphs coming into view together (a scroll, the first paint) are asked for in one request. */
const BATCH_DELAY_MS = 40;

interface Entry {
  comments: readonly MarginComment[] | null;
  failed: boolean;
}

const NOT_LOADED: Entry = { comments: null, failed: false };

/**
 * The comments of the paragraphs on screen, fetched when a paragraph is first shown (batched for
 * the paragraphs that come into view together) and fetched again, for the paragraphs named, when a
 * comment changes. The text's first paint carries only a count per paragraph.
 */
export class MarginComments {
  private entries = new Map<string, Entry>();
  private listeners = new Map<string, Set<() => void>>();
  private wanted = new Set<string>();
  private queued = new Set<string>();
  private timer: number | undefined;

  constructor(
    private readonly fetch: (paragraphIds: string[]) => Promise<Map<string, MarginComment[]>>,
    /** Told of comments that appeared on a paragraph already shown (posted by someone else, or carried in). */
    private readonly onArrived: (paragraphId: string, arrived: readonly MarginComment[]) => void = () => undefined,
  ) {}

  subscribe(paragraphId: string, listener: () => void): () => void {
    let set = this.listeners.get(paragraphId);
    if (!set) {
      set = new Set();
      this.listeners.set(paragraphId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  get(paragraphId: string): Entry {
    return this.entries.get(paragraphId) ?? NOT_LOADED;
  }

  /** Asks for a paragraph's comments once; later changes come through `refresh`. */
  want(paragraphId: string) {
    if (this.wanted.has(paragraphId)) return;
    this.wanted.add(paragraphId);
    this.enqueue([paragraphId]);
  }

  /** Fetches again the comments of these paragraphs, if they have been shown. */
  refresh(paragraphIds: readonly string[]) {
    this.enqueue(paragraphIds.filter((id) => this.wanted.has(id)));
  }

  /** Fetches again every paragraph shown so far (a change the event did not name). */
  refreshAll() {
    this.enqueue([...this.wanted]);
  }

  dispose() {
    window.clearTimeout(this.timer);
    this.listeners.clear();
  }

  private enqueue(paragraphIds: readonly string[]) {
    if (paragraphIds.length === 0) return;
    for (const id of paragraphIds) this.queued.add(id);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      void this.flush();
    }, BATCH_DELAY_MS);
  }

  private async flush() {
    const ids = [...this.queued];
    this.queued.clear();
    for (let start = 0; start < ids.length; start += BATCH_LIMIT) {
      const batch = ids.slice(start, start + BATCH_LIMIT);
      try {
        const found = await this.fetch(batch);
        for (const id of batch) this.set(id, { comments: found.get(id) ?? [], failed: false });
      } catch {
        for (const id of batch) this.set(id, { comments: this.get(id).comments, failed: true });
      }
    }
  }

  private set(paragraphId: string, entry: Entry) {
    const before = this.entries.get(paragraphId)?.comments;
    this.entries.set(paragraphId, entry);
    if (before && entry.comments) {
      const known = new Set(before.map((comment) => comment.id));
      const arrived = entry.comments.filter((comment) => !known.has(comment.id));
      if (arrived.length > 0) this.onArrived(paragraphId, arrived);
    }
    for (const listener of this.listeners.get(paragraphId) ?? []) listener();
  }
}

export const MarginCommentsContext = createContext<MarginComments | null>(null);

/** One store per version shown: a version's comments are not another's ("text changed since" differs). */
export function useMarginCommentsStore(
  documentId: string,
  versionNumber: number | null,
  versionId: string | null,
  onArrived: (paragraphId: string, arrived: readonly MarginComment[]) => void,
) {
  const client = useApolloClient();
  const arrivedRef = useRef(onArrived);
  useEffect(() => {
    arrivedRef.current = onArrived;
  });
  const [store, setStore] = useState<MarginComments | null>(null);
  useEffect(() => {
    if (versionId === null) return;
    const created = new MarginComments(
      async (paragraphIds) => {
        const { data } = await client.query({
          query: paragraphCommentsQuery,
          variables: { id: documentId, number: versionNumber, paragraphIds },
          fetchPolicy: 'network-only',
        });
        const found = new Map<string, MarginComment[]>();
        for (const entry of data?.document.version?.paragraphComments ?? []) {
          found.set(entry.paragraphId, [...entry.comments]);
        }
        return found;
      },
      (paragraphId, arrived) => {
        arrivedRef.current(paragraphId, arrived);
      },
    );
    setStore(created);
    return () => {
      created.dispose();
    };
  }, [client, documentId, versionNumber, versionId]);
  return store;
}

/**
 * A paragraph's comments once it is on screen: null until they have loaded. `shown` false keeps
 * them from being asked for (the paragraph is still far from the screen, or has none).
 */
export function useParagraphMarginComments(paragraphId: string, shown: boolean): Entry {
  const store = useContext(MarginCommentsContext);
  useEffect(() => {
    if (shown) store?.want(paragraphId);
  }, [store, paragraphId, shown]);
  return useSyncExternalStore(
    (listener) => store?.subscribe(paragraphId, listener) ?? (() => undefined),
    () => store?.get(paragraphId) ?? NOT_LOADED,
  );
}

/** Fetches again the comments of the paragraphs named, after the viewer changed one of them. */
export function useRefreshMarginComments(): (paragraphIds: readonly string[]) => void {
  const store = useContext(MarginCommentsContext);
  return useCallback(
    (paragraphIds: readonly string[]) => {
      store?.refresh(paragraphIds);
    },
    [store],
  );
}
