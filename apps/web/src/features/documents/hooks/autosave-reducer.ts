/*
 * The autosave of one paragraph as a pure state machine: what the editor holds, what was last
 * saved, the save on its way, and what happens next. `useAutosave` runs it: it sends the saves the
 * state asks for and keeps the one timer the state names.
 *
 * typing ─▶ pending ─(pause)─▶ saving ─▶ saved
 *                                     ├─▶ conflict (another co-chair saved first: the co-chair chooses)
 *                                     └─▶ failed   (the next edit, blur or Save tries again)
 */

/** How long typing pauses before the text saves itself. */
export const AUTOSAVE_DELAY_MS = 1_500;

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

export interface SaveRequest<C> {
  /** Matches the answer to the save that was sent. */
  id: number;
  content: C;
  /** The revision the save is made from: a newer one on the server makes it a conflict. */
  baseRevision: number;
  /** The content is not the editor's (a merged text): the editor takes the saved text once it is saved. */
  replacesText: boolean;
}

export interface AutosaveState<C, K extends { revision: number }> {
  status: AutosaveStatus;
  /** What the editor holds now, as a save would send it; null until the editor has loaded. */
  draft: C | null;
  /** The content as last loaded or saved: the text is dirty when the draft differs from it. */
  clean: string | null;
  /** The revision the next save is made from. */
  baseRevision: number;
  /** The last server revision taken into the editor (or saved from it); -1 while one is awaited. */
  appliedRevision: number;
  inFlight: SaveRequest<C> | null;
  nextSaveId: number;
  /** A save was asked for while another ran: it runs once that one ends. */
  queued: boolean;
  /** The save to run after a delay; a new object restarts the wait. */
  timer: { delayMs: number } | null;
  /** The other co-chair's text a save met; while it stands nothing saves by itself. */
  conflict: K | undefined;
  failure: string | undefined;
  /** A structural change is on its way: the server's text comes from its answer. */
  restructuring: boolean;
  deleted: boolean;
}

export type AutosaveEvent<C, K> =
  | { type: 'loaded'; content: C }
  | { type: 'edited'; content: C }
  /** Save now (a pause in typing, leaving the editor, the Save button), or settle a conflict from `resolving`. */
  | { type: 'saveRequested'; resolving?: { baseRevision: number; content?: C } }
  /** `content` is what the editor holds once it took the text of a save that replaced it. */
  | { type: 'saveSucceeded'; id: number; revision: number; content?: C }
  | { type: 'saveConflicted'; id: number; conflict: K }
  | { type: 'saveFailed'; id: number; message: string }
  /** The editor took the server's text of this revision. */
  | { type: 'serverTextTaken'; revision: number; content: C }
  /** The co-chair dropped their text for the other co-chair's, whose details follow with the server's paragraph. */
  | { type: 'theirsTaken'; revision: number; content: C }
  | { type: 'restructuring'; active: boolean }
  | { type: 'deleted' };

export function initialAutosave<C, K extends { revision: number }>(revision: number): AutosaveState<C, K> {
  return {
    status: 'saved',
    draft: null,
    clean: null,
    baseRevision: revision,
    appliedRevision: revision,
    inFlight: null,
    nextSaveId: 1,
    queued: false,
    timer: null,
    conflict: undefined,
    failure: undefined,
    restructuring: false,
    deleted: false,
  };
}

function signature(content: unknown): string {
  return JSON.stringify(content);
}

export function isDirty<C, K extends { revision: number }>(state: AutosaveState<C, K>): boolean {
  return state.clean !== null && state.draft !== null && signature(state.draft) !== state.clean;
}

/**
 * A newer text from the server (another co-chair's save) replaces the editor's only when nothing is
 * unsaved or on its way; otherwise the co-chair's text stays, made from the revision they loaded,
 * and their next save meets the conflict.
 */
export function canTakeServerText<C, K extends { revision: number }>(
  state: AutosaveState<C, K>,
  revision: number,
): boolean {
  if (state.inFlight || state.restructuring || state.conflict || state.deleted) return false;
  return revision !== state.appliedRevision && !isDirty(state);
}

/** Once a save has ended: the save asked for meanwhile runs at once, if there is still something to save. */
function afterSave<C, K extends { revision: number }>(state: AutosaveState<C, K>): AutosaveState<C, K> {
  if (!state.queued) return state;
  const next = { ...state, queued: false };
  return !next.conflict && !next.deleted && isDirty(next) ? { ...next, timer: { delayMs: 0 } } : next;
}

export function autosaveReducer<C, K extends { revision: number }>(
  state: AutosaveState<C, K>,
  event: AutosaveEvent<C, K>,
): AutosaveState<C, K> {
  switch (event.type) {
    case 'loaded':
      return { ...state, draft: event.content, clean: state.clean ?? signature(event.content) };

    case 'edited': {
      const next = { ...state, draft: event.content };
      // While the conflict stands nothing saves by itself: the co-chair chooses.
      if (state.conflict) return next;
      if (!isDirty(next)) return { ...next, timer: null, status: state.inFlight ? state.status : 'saved' };
      return { ...next, status: 'pending', timer: { delayMs: AUTOSAVE_DELAY_MS } };
    }

    case 'saveRequested': {
      const { resolving } = event;
      const next = { ...state, timer: null };
      if (state.conflict && !resolving) return next;
      if (state.inFlight) return { ...next, queued: true };
      if (!resolving && !isDirty(state)) return { ...next, status: 'saved' };
      const content = resolving?.content ?? state.draft;
      if (content === null) return next;
      return {
        ...next,
        status: 'saving',
        failure: undefined,
        nextSaveId: state.nextSaveId + 1,
        inFlight: {
          id: state.nextSaveId,
          content,
          baseRevision: resolving?.baseRevision ?? state.baseRevision,
          replacesText: resolving?.content !== undefined,
        },
      };
    }

    case 'saveSucceeded': {
      if (state.inFlight?.id !== event.id) return state;
      const sent = state.inFlight.content;
      const saved = {
        ...state,
        inFlight: null,
        baseRevision: event.revision,
        appliedRevision: event.revision,
        conflict: undefined,
        ...(event.content === undefined
          ? { clean: signature(sent) }
          : { draft: event.content, clean: signature(event.content) }),
      };
      // Text typed while the save was on its way is still to save.
      return afterSave<C, K>({ ...saved, status: isDirty(saved) ? 'pending' : 'saved' });
    }

    case 'saveConflicted':
      if (state.inFlight?.id !== event.id) return state;
      return afterSave<C, K>({ ...state, inFlight: null, conflict: event.conflict, status: 'conflict' });

    case 'saveFailed':
      if (state.inFlight?.id !== event.id) return state;
      return afterSave<C, K>({ ...state, inFlight: null, failure: event.message, status: 'failed' });

    case 'serverTextTaken':
      return {
        ...state,
        draft: event.content,
        clean: signature(event.content),
        baseRevision: event.revision,
        appliedRevision: event.revision,
        status: 'saved',
        failure: undefined,
      };

    case 'theirsTaken':
      return {
        ...state,
        conflict: undefined,
        draft: event.content,
        clean: signature(event.content),
        baseRevision: event.revision,
        appliedRevision: -1,
        status: 'saved',
      };

    case 'restructuring':
      return { ...state, restructuring: event.active };

    case 'deleted':
      return { ...state, deleted: true, timer: null };
  }
}
