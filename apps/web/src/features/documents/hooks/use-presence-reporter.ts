import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { graphql } from '../../../__generated__';

export const setDocumentPresenceMutation = graphql(`
  mutation SetDocumentPresence($documentId: ID!, $paragraphId: ID) {
    setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId)
  }
`);

/** Often enough that the others' 40 s expiry never drops someone still typing. */
const HEARTBEAT_MS = 15_000;
/** Moving from one paragraph to the next is not leaving: the next focus cancels the pending "stopped". */
const LEAVE_DELAY_MS = 400;

export interface PresenceReporter {
  /** The viewer started (or goes on) editing this paragraph (its identity). */
  editing: (paragraphId: string) => void;
  /** The viewer left this paragraph's editor. */
  left: (paragraphId: string) => void;
}

/**
 * Tells the other co-chairs which paragraph the viewer is editing: when an editor gains the focus,
 * every 15 s while it keeps it, and "none" when it loses it or the page closes. Presence is a
 * courtesy, so a failed call is not worth an error message.
 */
export function usePresenceReporter(documentId: string, { enabled }: { enabled: boolean }): PresenceReporter {
  const [mutate] = useMutation(setDocumentPresenceMutation);
  const current = useRef<string | null>(null);
  const heartbeat = useRef<number | undefined>(undefined);
  const leaveTimer = useRef<number | undefined>(undefined);

  const send = useCallback(
    (paragraphId: string | null) => {
      mutate({ variables: { documentId, paragraphId } }).catch(() => undefined);
    },
    [documentId, mutate],
  );

  const stop = useCallback(() => {
    window.clearInterval(heartbeat.current);
    heartbeat.current = undefined;
    if (current.current !== null) {
      current.current = null;
      send(null);
    }
  }, [send]);

  useEffect(
    () => () => {
      window.clearTimeout(leaveTimer.current);
      stop();
    },
    [stop],
  );

  const editing = useCallback(
    (paragraphId: string) => {
      if (!enabled) return;
      window.clearTimeout(leaveTimer.current);
      if (current.current === paragraphId) return;
      current.current = paragraphId;
      send(paragraphId);
      window.clearInterval(heartbeat.current);
      heartbeat.current = window.setInterval(() => {
        send(paragraphId);
      }, HEARTBEAT_MS);
    },
    [enabled, send],
  );

  const left = useCallback(
    (paragraphId: string) => {
      if (current.current !== paragraphId) return;
      window.clearTimeout(leaveTimer.current);
      leaveTimer.current = window.setTimeout(stop, LEAVE_DELAY_MS);
    },
    [stop],
  );

  return { editing, left };
}
