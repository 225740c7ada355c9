import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../__generated__';
import type { DocumentEventBus } from './document-event-bus';

export const documentEventsSubscription = graphql(`
  subscription DocumentEvents($id: ID!) {
    documentEvents(id: $id) {
      documentId
      kind
      versionId
      paragraphIds
      commentId
      roundId
      presence {
        paragraphId
        person {
          id
          name
        }
      }
    }
  }
`);

/** A co-chair seen on the page lately, and the paragraph they are editing (null: none). */
export interface PresenceEntry {
  personId: string;
  name: string;
  paragraphId: string | null;
  /** When they were last heard from (ms since the epoch). */
  seenAt: number;
}

/** Editors announce themselves every 15 s; someone not heard from for longer than this has left. */
export const PRESENCE_EXPIRY_MS = 40_000;
const PRUNE_EVERY_MS = 5_000;
/** Several changes in a burst (a split saves, inserts and reorders) are fetched once. */
const REFETCH_DELAY_MS = 300;

/** The queries a change of each kind makes stale; the comments of the paragraphs named are the margin's. */
const staleQueries: Record<string, readonly string[] | 'active'> = {
  PARAGRAPH: ['DocumentVersionText'],
  COMMENT: ['DocumentPage', 'DocumentActions', 'CommentTable', 'CommentTablePage'],
  ROUND: ['DocumentPage', 'DocumentActions', 'DocumentVersionText', 'CommentTable', 'CommentTablePage'],
  VERSION: 'active',
  CHANGED: 'active',
};

function prune(entries: readonly PresenceEntry[], now: number): readonly PresenceEntry[] {
  const kept = entries.filter((entry) => now - entry.seenAt < PRESENCE_EXPIRY_MS);
  return kept.length === entries.length ? entries : kept;
}

/**
 * Keeps the open document current: a change by someone else refetches only what the event names (the
 * text for a paragraph change, that paragraph's comments for a comment, the round for a round; all
 * of it for a new version), and the other co-chairs' presence is kept for 40 s after they were last
 * heard from. Paragraph editors keep their unsaved text through a refetch.
 */
export function useDocumentEvents(
  documentId: string,
  { skip, bus }: { skip: boolean; bus: DocumentEventBus },
): readonly PresenceEntry[] {
  const client = useApolloClient();
  const [presence, setPresence] = useState<readonly PresenceEntry[]>([]);
  const refetchTimer = useRef<number | undefined>(undefined);
  const stale = useRef(new Set<string>());
  const staleAll = useRef(false);

  useSubscription(documentEventsSubscription, {
    variables: { id: documentId },
    skip,
    // Events are signals, not data to keep.
    fetchPolicy: 'no-cache',
    onData: ({ data: { data } }) => {
      const event = data?.documentEvents;
      if (!event) return;
      if (event.kind === 'PRESENCE') {
        const seen = event.presence;
        if (!seen) return;
        setPresence((current) => [
          ...prune(current, Date.now()).filter((entry) => entry.personId !== seen.person.id),
          { personId: seen.person.id, name: seen.person.name, paragraphId: seen.paragraphId, seenAt: Date.now() },
        ]);
        return;
      }
      bus.publish({
        kind: event.kind,
        versionId: event.versionId ?? null,
        paragraphIds: event.paragraphIds ?? [],
        commentId: event.commentId ?? null,
        roundId: event.roundId ?? null,
      });
      const queries = staleQueries[event.kind] ?? 'active';
      if (queries === 'active') staleAll.current = true;
      else for (const query of queries) stale.current.add(query);
      window.clearTimeout(refetchTimer.current);
      refetchTimer.current = window.setTimeout(() => {
        const include = staleAll.current ? 'active' : [...stale.current];
        staleAll.current = false;
        stale.current.clear();
        void client.refetchQueries({ include });
      }, REFETCH_DELAY_MS);
    },
  });

  useEffect(
    () => () => {
      window.clearTimeout(refetchTimer.current);
    },
    [],
  );

  const anyone = presence.length > 0;
  useEffect(() => {
    if (!anyone) return;
    const timer = window.setInterval(() => {
      setPresence((current) => prune(current, Date.now()));
    }, PRUNE_EVERY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [anyone]);

  return presence;
}
