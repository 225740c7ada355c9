import { ParagraphKind } from '@plenary/shared';
import { getHTMLFromFragment } from '@tiptap/react';
import { useState } from 'react';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { capitalize, paragraphName, paragraphReference } from '../components/document-text-format';
import { useDraftContext } from '../components/draft-context';
import { conflictOf } from '../components/paragraph-content';
import type { ParagraphDraft } from './use-paragraph-draft';

export type StructureChange = 'split' | 'merge' | 'up' | 'down' | 'add' | 'move';

/** Where a paragraph stands among the others of the draft. */
export interface ParagraphNeighbours {
  /** The paragraph above; undefined at the top. */
  previous: string | undefined;
  /** The one above that, which moving up places the paragraph after; null when moving up means the top. */
  beforePrevious: string | null;
  next: DocumentParagraph_ParagraphFragment | undefined;
}

/**
 * The changes to the text's structure made from one paragraph: a paragraph added after it, split at
 * the cursor, merged with the next, moved, deleted. Each takes the server's paragraph from its
 * answer; a refusal changes nothing and says why.
 */
export function useParagraphStructure(
  paragraph: DocumentParagraph_ParagraphFragment,
  neighbours: ParagraphNeighbours,
  { editor, autosave, applyServer }: ParagraphDraft,
) {
  const { documentId, mutations, announce, requestFocus } = useDraftContext();
  const [busy, setBusy] = useState<StructureChange | null>(null);
  const [actionError, setActionError] = useState<string>();
  const name = paragraphName(paragraph);
  const Name = capitalize(name);
  const { next } = neighbours;

  async function restructure(
    change: StructureChange,
    work: () => Promise<DocumentParagraph_ParagraphFragment[]>,
    done: (paragraphs: DocumentParagraph_ParagraphFragment[]) => void,
  ) {
    setBusy(change);
    setActionError(undefined);
    autosave.restructuring(true);
    try {
      const paragraphs = await work();
      autosave.restructuring(false);
      const mine = paragraphs.find((candidate) => candidate.paragraphId === paragraph.paragraphId);
      if (mine && mine.revision !== autosave.now().appliedRevision) applyServer(mine);
      done(paragraphs);
    } catch (error) {
      setActionError(
        conflictOf(error)
          ? `Another co-chair changed ${name} meanwhile, so nothing was changed. Save it first to compare the two texts.`
          : toApiError(error).message,
      );
    } finally {
      autosave.restructuring(false);
      setBusy(null);
    }
  }

  /** A paragraph that appeared right after this one (added or split off) takes the focus. */
  function focusCreated(paragraphs: DocumentParagraph_ParagraphFragment[]) {
    const index = paragraphs.findIndex((candidate) => candidate.paragraphId === paragraph.paragraphId);
    const created = paragraphs[index + 1]?.paragraphId;
    if (created) requestFocus(created);
  }

  function addAfter() {
    void restructure(
      'add',
      () =>
        mutations.add({
          documentId,
          afterParagraphId: paragraph.paragraphId,
          content: { kind: ParagraphKind.TEXT, html: '' },
        }),
      (paragraphs) => {
        focusCreated(paragraphs);
        announce(`New paragraph added after ${paragraphReference(paragraph)}.`);
      },
    );
  }

  /** Enter at the start of a paragraph: an empty one above it, as a word processor does. */
  function addBefore() {
    void restructure(
      'add',
      () =>
        mutations.add({
          documentId,
          afterParagraphId: neighbours.previous ?? null,
          content: { kind: ParagraphKind.TEXT, html: '' },
        }),
      () => {
        announce(`New paragraph added before ${paragraphReference(paragraph)}.`);
      },
    );
  }

  function split() {
    const { from, to } = editor.state.selection;
    const doc = editor.state.doc;
    const end = doc.content.size;
    if (doc.textBetween(0, from, '\n').trim() === '' || doc.textBetween(to, end, '\n').trim() === '') {
      setActionError(`Put the cursor in ${name} where it should be split: both parts need text.`);
      return;
    }
    const beforeHtml = getHTMLFromFragment(doc.cut(0, from).content, editor.schema);
    const afterHtml = getHTMLFromFragment(doc.cut(to).content, editor.schema);
    void restructure(
      'split',
      () =>
        mutations.split({
          documentId,
          paragraphId: paragraph.paragraphId,
          baseRevision: autosave.now().baseRevision,
          beforeHtml,
          afterHtml,
        }),
      (paragraphs) => {
        focusCreated(paragraphs);
        announce(`${Name} split in two; the second part is a new paragraph after it.`);
      },
    );
  }

  /**
   * Merges the next paragraph into this one: the one given (Backspace at its start, once it has
   * saved its own text) or the next on the page. The cursor stays where the two texts meet.
   */
  function merge(given?: { paragraphId: string; baseRevision: number }) {
    const merging = given ?? (next ? { paragraphId: next.paragraphId, baseRevision: next.revision } : null);
    if (!merging) return;
    const junction = editor.state.doc.content.size - 1;
    void restructure(
      'merge',
      async () => {
        // The text being merged is the text saved: unsaved changes are saved first.
        if (autosave.isDirty() && !(await autosave.save())) {
          throw new Error(`${Name} could not be saved, so nothing was merged.`);
        }
        return mutations.merge({
          documentId,
          paragraphId: paragraph.paragraphId,
          baseRevision: autosave.now().baseRevision,
          nextParagraphId: merging.paragraphId,
          nextBaseRevision: merging.baseRevision,
        });
      },
      () => {
        announce(`The next paragraph was merged into ${name}.`);
        if (given) editor.commands.focus(junction);
      },
    );
  }

  /** `onMoved` is told once the paragraph has moved, to put the focus back on the button pressed. */
  function move(direction: 'up' | 'down', onMoved: () => void) {
    if (direction === 'up' ? neighbours.previous === undefined : !next) return;
    void restructure(
      direction,
      () =>
        mutations.move({
          documentId,
          paragraphId: paragraph.paragraphId,
          afterParagraphId: direction === 'up' ? neighbours.beforePrevious : next?.paragraphId,
        }),
      () => {
        announce(`${Name} moved ${direction}.`);
        onMoved();
      },
    );
  }

  /** Rejects when refused, for the confirmation to say why. */
  async function remove() {
    autosave.restructuring(true);
    try {
      await mutations.remove({
        documentId,
        paragraphId: paragraph.paragraphId,
        baseRevision: autosave.now().baseRevision,
      });
      autosave.deleted();
      announce(`${Name} deleted.`);
      requestFocus(neighbours.previous ?? next?.paragraphId ?? null);
    } finally {
      autosave.restructuring(false);
    }
  }

  return {
    busy,
    actionError,
    dismissError: () => {
      setActionError(undefined);
    },
    addAfter,
    addBefore,
    split,
    merge,
    move,
    remove,
  };
}
