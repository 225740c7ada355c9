import type { Editor } from '@tiptap/react';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AutosaveStatus } from '../hooks/autosave-reducer';
import type { ParagraphMutations } from '../hooks/use-paragraph-mutations';
import type { PresenceReporter } from '../hooks/use-presence-reporter';

/** Unsaved text a paragraph held when it left the page (deleted or merged by someone else meanwhile). */
export interface UnsavedText {
  name: string;
  text: string;
}

/** What one paragraph offers the others: the one below merges into it on Backspace at its start. */
export interface ParagraphHandle {
  mergeWithNext: (next: { paragraphId: string; baseRevision: number }) => void;
}

/**
 * What the whole draft shows once rather than per paragraph: the editor the formatting toolbar acts
 * on, and the save state of the document. Kept outside React state so that a paragraph's typing
 * re-renders only the toolbar, not every paragraph.
 */
export class DraftStore {
  private statuses = new Map<string, AutosaveStatus>();
  private listeners = new Set<() => void>();
  private snapshot: { active: Editor | null; status: AutosaveStatus } = { active: null, status: 'saved' };
  readonly handles = new Map<string, ParagraphHandle>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  get = () => this.snapshot;

  setActive(editor: Editor | null) {
    if (this.snapshot.active === editor) return;
    this.snapshot = { ...this.snapshot, active: editor };
    this.emit();
  }

  reportStatus(paragraphId: string, status: AutosaveStatus | null) {
    if (status === null) this.statuses.delete(paragraphId);
    else this.statuses.set(paragraphId, status);
    const order: AutosaveStatus[] = ['conflict', 'failed', 'saving', 'pending'];
    const values = new Set(this.statuses.values());
    const summary = order.find((candidate) => values.has(candidate)) ?? 'saved';
    if (summary === this.snapshot.status) return;
    this.snapshot = { ...this.snapshot, status: summary };
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

export function useDraftSnapshot(store: DraftStore) {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** What every paragraph editor of the working draft shares. */
export interface DraftContextValue {
  documentId: string;
  mutations: ParagraphMutations;
  presence: PresenceReporter;
  announce: (message: string) => void;
  store: DraftStore;
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
