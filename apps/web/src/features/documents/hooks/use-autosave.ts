import { useEffect, useRef, useState } from 'react';
import {
  autosaveReducer,
  initialAutosave,
  isDirty,
  type AutosaveEvent,
  type AutosaveState,
  type SaveRequest,
} from './autosave-reducer';

export interface AutosaveDriver<C, K> {
  /**
   * Sends one save. Resolves to the revision now saved and, for a save that replaced the editor's
   * text, the content the editor holds once it took the saved text; rejects when refused.
   */
  send: (request: SaveRequest<C>) => Promise<{ revision: number; content?: C }>;
  /** Told of a refused save: the other co-chair's text it met, or why else it failed. */
  refused: (error: unknown) => { conflict: K } | { message: string };
}

/**
 * Runs the autosave state machine for one editor: each event goes through the reducer, the save the
 * new state asks for is sent, and the timer it names is kept. The state is read where it is kept,
 * not from a render, because timers and the answers to saves arrive between renders.
 */
export function useAutosave<C, K extends { revision: number }>(revision: number, driver: AutosaveDriver<C, K>) {
  const [state, setState] = useState(() => initialAutosave<C, K>(revision));
  const current = useRef(state);
  const timer = useRef<number | undefined>(undefined);
  const latestDriver = useRef(driver);
  useEffect(() => {
    latestDriver.current = driver;
  });

  function dispatch(event: AutosaveEvent<C, K>): AutosaveState<C, K> {
    const previous = current.current;
    const next = autosaveReducer(previous, event);
    current.current = next;
    setState(next);
    if (next.timer !== previous.timer) {
      window.clearTimeout(timer.current);
      if (next.timer) {
        timer.current = window.setTimeout(() => {
          void save();
        }, next.timer.delayMs);
      }
    }
    return next;
  }

  async function run(request: SaveRequest<C>): Promise<boolean> {
    try {
      const saved = await latestDriver.current.send(request);
      dispatch({ type: 'saveSucceeded', id: request.id, revision: saved.revision, content: saved.content });
      return true;
    } catch (error) {
      const refusal = latestDriver.current.refused(error);
      dispatch(
        'conflict' in refusal
          ? { type: 'saveConflicted', id: request.id, conflict: refusal.conflict }
          : { type: 'saveFailed', id: request.id, message: refusal.message },
      );
      return false;
    }
  }

  /** Saves now, or once the save on its way ends. Resolves to whether the text is now saved. */
  function save(resolving?: { baseRevision: number; content?: C }): Promise<boolean> {
    const previous = current.current;
    const next = dispatch({ type: 'saveRequested', resolving });
    if (next.inFlight && next.inFlight !== previous.inFlight) return run(next.inFlight);
    return Promise.resolve(next.status === 'saved');
  }

  /**
   * As the editor leaves the page its unsaved text is saved if it can be; `onLost` is told when it
   * cannot (a conflict, a refused save), so the text can be kept to copy from.
   */
  function leave(onLost: () => void) {
    window.clearTimeout(timer.current);
    const now = current.current;
    if (now.deleted || (!now.conflict && !isDirty(now))) return;
    if (now.conflict) {
      onLost();
      return;
    }
    if (now.inFlight) {
      dispatch({ type: 'saveRequested' });
      return;
    }
    void save().then((saved) => {
      if (!saved) onLost();
    });
  }

  return {
    state,
    /** The state as it is now, for handlers that run between renders. */
    now: () => current.current,
    isDirty: () => isDirty(current.current),
    loaded: (content: C) => dispatch({ type: 'loaded', content }),
    edited: (content: C) => dispatch({ type: 'edited', content }),
    serverTextTaken: (taken: number, content: C) => dispatch({ type: 'serverTextTaken', revision: taken, content }),
    theirsTaken: (taken: number, content: C) => dispatch({ type: 'theirsTaken', revision: taken, content }),
    restructuring: (active: boolean) => dispatch({ type: 'restructuring', active }),
    deleted: () => dispatch({ type: 'deleted' }),
    save,
    leave,
  };
}

export type Autosave<C, K extends { revision: number }> = ReturnType<typeof useAutosave<C, K>>;
