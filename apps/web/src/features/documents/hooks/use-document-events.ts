import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../__generated__';

export const documentEventsSubscription = graphql(`
  subscription DocumentEvents($id: ID!) {
    documentEvents(id: $id) {
      documentId
      kind
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

function prune(entries: readonly PresenceEntry[], now: number): readonly PresenceEntry[] {
  const kept = entries.filter((entry) => now - entry.seenAt < PRESENCE_EXPIRY_MS);
  return kept.length === entries.length ? entries : kept;
}

/**
 * Keeps the open document current: any change by someone else (text, comments, responses, round
 * state) refetches what the page shows, and the other co-chairs' presence is kept for 40 s after
 * they were last heard from. Paragraph editors keep their unsaved text through a refetch.
 */
export function useDocumentEvents(documentId: string, { skip }: { skip: boolean }): readonly PresenceEntry[] {
  const client = useApolloClient();
  const [presence, setPresence] = useState<readonly PresenceEntry[]>([]);
  const refetchTimer = useRef<number | undefined>(undefined);

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
      window.clearTimeout(refetchTimer.current);
      refetchTimer.current = window.setTimeout(() => {
        void client.refetchQueries({ include: 'active' });
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
