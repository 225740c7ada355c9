import { createContext, useContext } from 'react';
import type { ParagraphMutations } from '../hooks/use-paragraph-mutations';
import type { PresenceReporter } from '../hooks/use-presence-reporter';

/** Unsaved text a paragraph held when it left the page (deleted or merged by someone else meanwhile). */
export interface UnsavedText {
  name: string;
  text: string;
}

/** What every paragraph editor of the working draft shares. */
export interface DraftContextValue {
  documentId: string;
  mutations: ParagraphMutations;
  presence: PresenceReporter;
  announce: (message: string) => void;
  commentsOpen: boolean;
  openRoundNumber: number | null;
  /** The paragraph that takes the focus once it is on the page (one just added or split off). */
  focusRequest: string | null;
  requestFocus: (paragraphId: string | null) => void;
  onUnsavedText: (unsaved: UnsavedText) => void;
  /** Told when a paragraph holds text that will not save by itself (a conflict, a refused save), and when it no longer does. */
  onUnresolvedChange: (paragraphId: string, unresolved: boolean) => void;
}

export const DraftContext = createContext<DraftContextValue | null>(null);

export function useDraftContext(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('A paragraph editor belongs inside the working draft.');
  return value;
}
