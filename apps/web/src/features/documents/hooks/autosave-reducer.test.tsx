import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  autosaveReducer,
  canTakeServerText,
  initialAutosave,
  type AutosaveEvent,
  type AutosaveState,
} from './autosave-reducer';

interface Content {
  html: string;
}
interface Conflict {
  revision: number;
  html: string;
}
type State = AutosaveState<Content, Conflict>;

function run(state: State, ...events: AutosaveEvent<Content, Conflict>[]): State {
  return events.reduce(autosaveReducer<Content, Conflict>, state);
}

const text = (html: string): Content => ({ html });

/** A paragraph loaded at revision 3 and saved as it stands. */
const loaded = run(initialAutosave<Content, Conflict>(3), { type: 'loaded', content: text('<p>Forum</p>') });

/** The save the state has just started; fails the test when there is none. */
function sent(state: State) {
  if (!state.inFlight) throw new Error(`No save was started (status ${state.status}).`);
  return state.inFlight;
}

describe('the autosave of a paragraph', () => {
  it('saves typing once it pauses: pending, then saving, then saved from the new revision', () => {
    const typed = run(loaded, { type: 'edited', content: text('<p>Forum now</p>') });
    expect(typed.status).toBe('pending');
    expect(typed.timer).toEqual({ delayMs: AUTOSAVE_DELAY_MS });

    const typedOn = run(typed, { type: 'edited', content: text('<p>Forum now open</p>') });
    // Each keystroke starts the wait again.
    expect(typedOn.timer).not.toBe(typed.timer);

    const saving = run(typedOn, { type: 'saveRequested' });
    expect(saving.status).toBe('saving');
    expect(saving.timer).toBeNull();
    expect(sent(saving)).toMatchObject({ content: text('<p>Forum now open</p>'), baseRevision: 3 });

    const saved = run(saving, { type: 'saveSucceeded', id: sent(saving).id, revision: 4 });
    expect(saved.status).toBe('saved');
    expect(saved.baseRevision).toBe(4);
    expect(saved.inFlight).toBeNull();
    expect(run(saved, { type: 'saveRequested' }).inFlight).toBeNull();
  });

  it('goes back to saved without a save when the text is typed back as it was', () => {
    const state = run(
      loaded,
      { type: 'edited', content: text('<p>Forums</p>') },
      { type: 'edited', content: text('<p>Forum</p>') },
    );
    expect(state.status).toBe('saved');
    expect(state.timer).toBeNull();
  });

  it('stops at a conflict, saves nothing by itself while it stands, and keeps mine from their revision', () => {
    const saving = run(loaded, { type: 'edited', content: text('<p>Mine</p>') }, { type: 'saveRequested' });
    const conflict = { revision: 5, html: '<p>Theirs</p>' };
    const refused = run(saving, { type: 'saveConflicted', id: sent(saving).id, conflict });
    expect(refused.status).toBe('conflict');
    expect(refused.conflict).toEqual(conflict);

    const typedOn = run(refused, { type: 'edited', content: text('<p>Mine, longer</p>') });
    expect(typedOn.status).toBe('conflict');
    expect(typedOn.timer).toBeNull();
    expect(run(typedOn, { type: 'saveRequested' }).inFlight).toBeNull();

    const keeping = run(typedOn, { type: 'saveRequested', resolving: { baseRevision: conflict.revision } });
    expect(sent(keeping)).toMatchObject({ content: text('<p>Mine, longer</p>'), baseRevision: 5, replacesText: false });
    const kept = run(keeping, { type: 'saveSucceeded', id: sent(keeping).id, revision: 6 });
    expect(kept.status).toBe('saved');
    expect(kept.conflict).toBeUndefined();
  });

  it('saves a merged text in place of the editor’s, which then holds the text saved', () => {
    const refused = run(loaded, { type: 'edited', content: text('<p>Mine</p>') }, { type: 'saveRequested' });
    const conflicted = run(refused, {
      type: 'saveConflicted',
      id: sent(refused).id,
      conflict: { revision: 5, html: '<p>Theirs</p>' },
    });
    const merging = run(conflicted, {
      type: 'saveRequested',
      resolving: { baseRevision: 5, content: text('<p>Theirs and mine</p>') },
    });
    expect(sent(merging)).toMatchObject({ content: text('<p>Theirs and mine</p>'), replacesText: true });

    const merged = run(merging, {
      type: 'saveSucceeded',
      id: sent(merging).id,
      revision: 6,
      content: text('<p>Theirs and mine</p>'),
    });
    expect(merged.status).toBe('saved');
    expect(merged.draft).toEqual(text('<p>Theirs and mine</p>'));
  });

  it('queues edits made during a save, and saves them once it ends, from the revision it made', () => {
    const saving = run(loaded, { type: 'edited', content: text('<p>One</p>') }, { type: 'saveRequested' });
    const first = sent(saving);

    const typedOn = run(saving, { type: 'edited', content: text('<p>One two</p>') });
    expect(typedOn.status).toBe('pending');
    // The pause in typing comes while the first save is still on its way: no second save yet.
    const asked = run(typedOn, { type: 'saveRequested' });
    expect(asked.inFlight).toBe(first);
    expect(asked.queued).toBe(true);

    const firstSaved = run(asked, { type: 'saveSucceeded', id: first.id, revision: 4 });
    expect(firstSaved.status).toBe('pending');
    expect(firstSaved.queued).toBe(false);
    expect(firstSaved.timer).toEqual({ delayMs: 0 });

    const second = run(firstSaved, { type: 'saveRequested' });
    expect(sent(second)).toMatchObject({ content: text('<p>One two</p>'), baseRevision: 4 });
    expect(run(second, { type: 'saveSucceeded', id: sent(second).id, revision: 5 }).status).toBe('saved');
  });

  it('keeps the text when a save fails, and saves it when tried again', () => {
    const saving = run(loaded, { type: 'edited', content: text('<p>Offline</p>') }, { type: 'saveRequested' });
    const failed = run(saving, {
      type: 'saveFailed',
      id: sent(saving).id,
      message: 'Plenary cannot reach the server.',
    });
    expect(failed.status).toBe('failed');
    expect(failed.failure).toBe('Plenary cannot reach the server.');
    expect(failed.draft).toEqual(text('<p>Offline</p>'));

    const retrying = run(failed, { type: 'saveRequested' });
    expect(retrying.status).toBe('saving');
    expect(retrying.failure).toBeUndefined();
    expect(sent(retrying)).toMatchObject({ content: text('<p>Offline</p>'), baseRevision: 3 });
    expect(run(retrying, { type: 'saveSucceeded', id: sent(retrying).id, revision: 4 }).status).toBe('saved');
  });

  it('tries a failed save again at once when more was asked for while it ran', () => {
    const saving = run(loaded, { type: 'edited', content: text('<p>A</p>') }, { type: 'saveRequested' });
    const asked = run(saving, { type: 'edited', content: text('<p>AB</p>') }, { type: 'saveRequested' });
    const failed = run(asked, { type: 'saveFailed', id: sent(saving).id, message: 'Timed out.' });
    expect(failed.status).toBe('failed');
    expect(failed.timer).toEqual({ delayMs: 0 });
  });

  it('ignores the answer to a save that is no longer the one on its way', () => {
    const saving = run(loaded, { type: 'edited', content: text('<p>A</p>') }, { type: 'saveRequested' });
    const stale = run(saving, { type: 'saveSucceeded', id: sent(saving).id + 1, revision: 9 });
    expect(stale).toBe(saving);
  });

  it('takes another co-chair’s newer text only while nothing is unsaved or on its way', () => {
    expect(canTakeServerText(loaded, 4)).toBe(true);
    expect(canTakeServerText(loaded, 3)).toBe(false);
    const typed = run(loaded, { type: 'edited', content: text('<p>Mine</p>') });
    expect(canTakeServerText(typed, 4)).toBe(false);
    expect(canTakeServerText(run(typed, { type: 'saveRequested' }), 4)).toBe(false);
    expect(canTakeServerText(run(loaded, { type: 'restructuring', active: true }), 4)).toBe(false);

    const taken = run(loaded, { type: 'serverTextTaken', revision: 4, content: text('<p>Theirs</p>') });
    expect(taken.status).toBe('saved');
    expect(taken.baseRevision).toBe(4);
    expect(run(taken, { type: 'saveRequested' }).inFlight).toBeNull();
  });
});
