import type { Editor } from '@tiptap/react';
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { DocumentParagraph_ParagraphFragment, ParagraphContentInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import type { ParagraphConflict } from '../components/conflict-panel';
import { capitalize, normalizeHtml, paragraphName } from '../components/document-text-format';
import { useDraftContext } from '../components/draft-context';
import { conflictOf, contentOf, metaOf, type ParagraphMeta } from '../components/paragraph-content';
import { useParagraphTextEditor } from '../components/rich-text-field';
import { canTakeServerText } from './autosave-reducer';
import { useRefreshMarginComments } from './use-margin-comments';
import { useAutosave } from './use-autosave';

/**
 * One paragraph of the working draft as the co-chair edits it: its rich text, its kind and a
 * recommendation's details, saved by themselves a moment after typing stops. A save refused
 * because another co-chair saved first leaves a conflict for the co-chair to settle; their text is
 * never replaced without their say.
 */
export function useParagraphDraft(
  paragraph: DocumentParagraph_ParagraphFragment,
  labelId: string,
  keyDown: RefObject<((event: KeyboardEvent) => boolean) | null>,
) {
  const { documentId, mutations, announce, onUnsavedText, onUnresolvedChange } = useDraftContext();
  const editor: Editor = useParagraphTextEditor({ content: paragraph.html, labelledBy: labelId, keyDown });
  const refreshComments = useRefreshMarginComments();
  const [meta, setMeta] = useState(() => metaOf(paragraph));

  function contentNow(withMeta: ParagraphMeta = meta): ParagraphContentInput {
    return contentOf(withMeta, normalizeHtml(editor.getHTML()));
  }

  const autosave = useAutosave<ParagraphContentInput, ParagraphConflict>(paragraph.revision, {
    async send(request) {
      const savedName = capitalize(paragraphName(paragraph));
      const saved = await mutations.save({
        documentId,
        paragraphId: paragraph.paragraphId,
        baseRevision: request.baseRevision,
        content: request.content,
      });
      let content: ParagraphContentInput | undefined;
      if (request.replacesText) {
        editor.commands.setContent(saved.html, { emitUpdate: false });
        content = { ...request.content, html: normalizeHtml(editor.getHTML()) };
      }
      announce(`${savedName} saved.`);
      // Whether each comment's words still stand ("text changed since") follows the saved text.
      if (saved.commentCount > 0) refreshComments([saved.paragraphId]);
      return { revision: saved.revision, content };
    },
    refused(error) {
      const savedName = capitalize(paragraphName(paragraph));
      const conflict = conflictOf(error);
      if (conflict) {
        announce(`${savedName} was not saved: another co-chair changed it. Both texts are shown to choose from.`);
        return { conflict };
      }
      const message = toApiError(error).message;
      announce(`${savedName} was not saved. ${message}`);
      return { message };
    },
  });

  /** Takes the server's paragraph into the editor, as the text now saved. */
  function applyServer(saved: DocumentParagraph_ParagraphFragment) {
    if (normalizeHtml(editor.getHTML()) !== saved.html) editor.commands.setContent(saved.html, { emitUpdate: false });
    const savedMeta = metaOf(saved);
    setMeta(savedMeta);
    autosave.serverTextTaken(saved.revision, contentNow(savedMeta));
  }

  /** A change to the kind, the addressees or the issue areas, saved like the text. */
  function changeMeta(change: Partial<ParagraphMeta>) {
    const changed = { ...meta, ...change };
    setMeta(changed);
    autosave.edited(contentNow(changed));
  }

  /** Drops the co-chair's text for the other co-chair's. Undo (Ctrl+Z) in the editor still brings it back. */
  function takeTheirs(theirs: ParagraphConflict) {
    editor.commands.setContent(theirs.html, { emitUpdate: false });
    autosave.theirsTaken(theirs.revision, contentNow());
    // Their addressees and issue areas come with the server's paragraph: taken now if the page has
    // it already, else when the refetch their change set off brings it.
    if (paragraph.revision === theirs.revision) applyServer(paragraph);
  }

  const takeServerText = useEffectEvent((saved: DocumentParagraph_ParagraphFragment) => {
    if (canTakeServerText(autosave.now(), saved.revision)) applyServer(saved);
  });
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the editor is an outside system that the server's text is taken into; the kind select follows it
    takeServerText(paragraph);
  }, [paragraph]);

  const onLoaded = useEffectEvent(() => {
    // The content as loaded is the text saved, as this editor writes it out.
    autosave.loaded(contentNow());
  });
  const onEditorUpdate = useEffectEvent(() => {
    autosave.edited(contentNow());
  });
  // As the paragraph leaves the page (another version shown, or the paragraph deleted or merged by
  // someone else) its unsaved text is saved if it can be; if not, the page keeps it to copy from.
  const onLeave = useEffectEvent(() => {
    const unsaved = { name: paragraphName(paragraph), text: editor.getText() };
    autosave.leave(() => {
      onUnsavedText(unsaved);
    });
  });
  useEffect(() => {
    onLoaded();
    const handleUpdate = () => {
      onEditorUpdate();
    };
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      onLeave();
    };
  }, [editor]);

  // Text that is not saved yet may be lost by closing the window: the browser asks first.
  const unsaved = autosave.state.status !== 'saved';
  useEffect(() => {
    if (!unsaved) return;
    function handleBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', handleBeforeUnload);
    };
  }, [unsaved]);

  // Text that will not save by itself (the co-chair has to choose, or the server refused it) keeps
  // the page from being left without asking.
  const unresolved = autosave.state.status === 'conflict' || autosave.state.status === 'failed';
  const { paragraphId } = paragraph;
  useEffect(() => {
    if (!unresolved) return;
    onUnresolvedChange(paragraphId, true);
    return () => {
      onUnresolvedChange(paragraphId, false);
    };
  }, [unresolved, paragraphId, onUnresolvedChange]);

  return { editor, meta, autosave, applyServer, changeMeta, takeTheirs };
}

export type ParagraphDraft = ReturnType<typeof useParagraphDraft>;
