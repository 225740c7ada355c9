import { Alert, Badge, Button, Collapse, Stack, Title, VisuallyHidden } from '@mantine/core';
import { ParagraphKind } from '@plenary/shared';
import { EditorContent } from '@tiptap/react';
import {
  memo,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type DragEvent,
  type FocusEvent,
} from 'react';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { useParagraphDraft } from '../hooks/use-paragraph-draft';
import { useParagraphStructure } from '../hooks/use-paragraph-structure';
import { ConflictPanel } from './conflict-panel';
import { DeleteParagraphDialog } from './delete-paragraph-dialog';
import { editorPosition, ParagraphChanges, showsChanges, useDraftChanges } from './draft-changes';
import { capitalize, paragraphName, paragraphTitle } from './document-text-format';
import { useDraftContext } from './draft-context';
import { ParagraphControl } from './paragraph-control';
import { contentOf } from './paragraph-content';
import { LazyParagraphRow, ParagraphRow } from './paragraph-row';
import { RecommendationLabel } from './paragraph-view';
import { RecommendationFacts } from './recommendation-facts';
import { RecommendationFields } from './recommendation-fields';

export interface ParagraphEditorProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  /** The paragraph above; undefined at the top. */
  previous: string | undefined;
  /** The one above that, which moving up places the paragraph after; null when moving up means the top. */
  beforePrevious: string | null;
  next: DocumentParagraph_ParagraphFragment | undefined;
  /** Names of the other co-chairs editing this paragraph now, joined. */
  editors: string;
  drop: 'before' | 'after' | null;
  onDragOver: (paragraphId: string, event: DragEvent<HTMLElement>) => void;
  onDragLeave: () => void;
  onDrop: (paragraphId: string, event: DragEvent<HTMLElement>) => void;
}

/**
 * One paragraph of the working version, edited in place: click and type. The text saves itself a
 * moment after typing stops (and on leaving it); Enter at the end starts a new paragraph, Enter
 * inside splits it, Backspace at the start merges it into the one above, Alt+Shift+Up/Down moves
 * it. Its kind and the rest are in the control in the gutter. A save refused because another
 * co-chair saved first opens the reconcile panel in the text; the co-chair's text is never replaced
 * without their say.
 */
export const ParagraphEditor = memo(function ParagraphEditor({
  paragraph,
  previous,
  beforePrevious,
  next,
  editors,
  drop,
  onDragOver,
  onDragLeave,
  onDrop,
}: ParagraphEditorProps) {
  const { presence, announce, focusRequest, requestFocus, store } = useDraftContext();
  const titleId = useId();
  const labelId = useId();
  const conflictHeadingId = useId();
  const keyDown = useRef<((event: KeyboardEvent) => boolean) | null>(null);
  const [deleting, setDeleting] = useState(false);
  const draft = useParagraphDraft(paragraph, labelId, keyDown);
  const { editor, meta, autosave, changeMeta } = draft;
  const neighbours = { previous, beforePrevious, next };
  const structure = useParagraphStructure(paragraph, neighbours, draft);
  const { status, conflict, failure } = autosave.state;
  const [detailsOpen, setDetailsOpen] = useState(false);
  const name = paragraphName(paragraph);
  const Name = capitalize(name);
  const { paragraphId } = paragraph;
  const changes = useDraftChanges();
  // The paragraph being edited (the one the toolbar acts on) shows its editable text, whatever else is shown.
  const active = useSyncExternalStore(store.subscribe, () => store.get().active === editor);

  const focusOnMount = useEffectEvent(() => {
    editor.commands.focus('start');
    editor.view.dom.scrollIntoView({ block: 'nearest' });
    requestFocus(null);
  });
  const autoFocus = focusRequest === paragraphId;
  useEffect(() => {
    if (autoFocus) focusOnMount();
  }, [autoFocus]);

  useEffect(() => {
    store.reportStatus(paragraphId, status);
  }, [store, paragraphId, status]);
  useEffect(
    () => () => {
      store.reportStatus(paragraphId, null);
    },
    [store, paragraphId],
  );

  const mergeWithNext = useEffectEvent((merging: { paragraphId: string; baseRevision: number }) => {
    structure.merge(merging);
  });
  useEffect(() => {
    store.handles.set(paragraphId, { mergeWithNext });
    return () => {
      store.handles.delete(paragraphId);
    };
  }, [store, paragraphId]);

  async function mergeIntoPrevious() {
    const above = previous === undefined ? undefined : store.handles.get(previous);
    if (!above) return;
    // The text merged is the text saved: this paragraph's unsaved words are saved first.
    if (autosave.isDirty() && !(await autosave.save())) return;
    above.mergeWithNext({ paragraphId, baseRevision: autosave.now().baseRevision });
  }

  function move(direction: 'up' | 'down') {
    structure.move(direction, () => {
      // Moving the paragraph in the page takes the focus from its editor: it goes back there.
      window.setTimeout(() => {
        editor.commands.focus();
      }, 0);
    });
  }

  keyDown.current = (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      move(event.key === 'ArrowUp' ? 'up' : 'down');
      return true;
    }
    if (mod && !event.altKey && event.key.toLowerCase() === 's') {
      handleSaveNow();
      return true;
    }
    if (autosave.now().conflict || structure.busy !== null || mod || event.altKey) return false;
    const { state } = editor;
    const { from, to, empty } = state.selection;
    const inList = editor.isActive('listItem');
    const before = state.doc.textBetween(0, from, '\n');
    const after = state.doc.textBetween(to, state.doc.content.size, '\n');
    if (event.key === 'Enter' && !event.shiftKey && !inList) {
      if (after.trim() === '') structure.addAfter();
      else if (before.trim() === '') structure.addBefore();
      else structure.split();
      return true;
    }
    if (event.key === 'Backspace' && empty && !inList && before === '' && state.selection.$from.parentOffset === 0) {
      if (previous === undefined) return false;
      void mergeIntoPrevious();
      return true;
    }
    if (event.key === 'Delete' && empty && !inList && after === '' && next) {
      structure.merge();
      return true;
    }
    return false;
  };

  function handleFocus() {
    presence.editing(paragraphId);
    store.setActive(editor);
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    presence.left(paragraphId);
    if (!autosave.now().conflict && autosave.isDirty()) void autosave.save();
  }

  function handleSaveNow() {
    if (autosave.now().conflict) {
      document.getElementById(conflictHeadingId)?.scrollIntoView({ block: 'nearest' });
      announce(`Choose which text of ${name} to keep first.`);
      return;
    }
    if (!autosave.isDirty() && autosave.now().status === 'saved') {
      announce(`${Name} is saved.`);
      return;
    }
    void autosave.save();
  }

  function handleKindChange(kind: ParagraphKind) {
    changeMeta({ kind });
    if (kind === ParagraphKind.RECOMMENDATION) setDetailsOpen(true);
    if (!autosave.now().conflict) void autosave.save();
  }

  function handleUseTheirs() {
    const theirs = autosave.now().conflict;
    if (!theirs) return;
    draft.takeTheirs(theirs);
    announce(`${Name} now reads as the other co-chair saved it.`);
  }

  const recommendation = meta.kind === ParagraphKind.RECOMMENDATION;
  const compared = changes?.paragraphs.get(paragraphId);
  // Unsaved text is not yet in the comparison: the editor shows it.
  const shownChanges =
    changes && !active && !autoFocus && status === 'saved' && !conflict && showsChanges(compared, paragraph)
      ? { compared, since: changes.since }
      : null;

  function handleEditChanged(counted: number) {
    store.setActive(editor);
    const caret = editorPosition(editor.state.doc, counted);
    // The editor is shown once this render is done; then it takes the caret.
    window.setTimeout(() => {
      editor.commands.focus(caret);
    }, 0);
  }

  return (
    <ParagraphRow
      paragraph={paragraph}
      labelledBy={titleId}
      drop={drop}
      onDragOver={(event) => {
        onDragOver(paragraphId, event);
      }}
      onDragLeave={onDragLeave}
      onDrop={(event) => {
        onDrop(paragraphId, event);
      }}
      gutter={
        <ParagraphControl
          paragraph={paragraph}
          kind={meta.kind}
          canMoveUp={previous !== undefined}
          canMoveDown={next !== undefined}
          busy={structure.busy}
          onKind={handleKindChange}
          onMove={move}
          onSplit={structure.split}
          onMerge={next ? () => structure.merge() : undefined}
          onAddAfter={structure.addAfter}
          onDelete={() => {
            setDeleting(true);
          }}
        />
      }
      marginTop={
        editors !== '' && (
          <Badge variant="light" color="orange" c="dark.7" size="sm" tt="none" style={{ alignSelf: 'flex-start' }}>
            {editors} {editors.includes(',') ? 'are' : 'is'} editing
          </Badge>
        )
      }
      body={({ textRef }) => {
        const editorField = (
          <Stack gap={4} onFocus={handleFocus} onBlur={handleBlur} display={shownChanges ? 'none' : undefined}>
            {conflict ? (
              <Title order={4} fz="sm" id={labelId}>
                Your text
              </Title>
            ) : (
              <VisuallyHidden id={labelId}>Text of {name}</VisuallyHidden>
            )}
            <div ref={textRef} className="doc-editor" data-kind={meta.kind}>
              <EditorContent editor={editor} />
            </div>
          </Stack>
        );
        return (
          <Stack
            gap={6}
            style={
              recommendation
                ? {
                    borderInlineStart: '3px solid var(--mantine-primary-color-filled)',
                    paddingInlineStart: 'var(--mantine-spacing-sm)',
                  }
                : undefined
            }
          >
            <VisuallyHidden>
              <h2 id={titleId}>{paragraphTitle(paragraph)}</h2>
            </VisuallyHidden>
            {recommendation && <RecommendationLabel number={paragraph.recommendationNumber} />}
            {conflict ? (
              <ConflictPanel
                headingId={conflictHeadingId}
                conflict={conflict}
                yours={editorField}
                saving={status === 'saving'}
                onKeepMine={() => {
                  void autosave.save({ baseRevision: conflict.revision });
                }}
                onUseTheirs={handleUseTheirs}
                onSaveMerged={(html) => {
                  void autosave.save({ baseRevision: conflict.revision, content: contentOf(meta, html) });
                }}
              />
            ) : (
              editorField
            )}
            {shownChanges && <ParagraphChanges {...shownChanges} kind={paragraph.kind} onEdit={handleEditChanged} />}
            {recommendation && (
              <>
                <RecommendationFacts addressees={paragraph.addressees} issueAreas={paragraph.issueAreas} />
                <Button
                  variant="subtle"
                  size="compact-xs"
                  style={{ alignSelf: 'flex-start' }}
                  aria-expanded={detailsOpen}
                  onClick={() => {
                    setDetailsOpen((open) => !open);
                  }}
                >
                  {detailsOpen ? 'Done with addressees and issue areas' : `Addressees and issue areas of ${name}`}
                </Button>
                <Collapse expanded={detailsOpen}>
                  {detailsOpen && (
                    <RecommendationFields
                      name={name}
                      addressees={meta.addressees}
                      issueAreas={meta.issueAreas}
                      onChange={changeMeta}
                    />
                  )}
                </Collapse>
              </>
            )}
            {failure !== undefined && status === 'failed' && (
              <Alert color="red" variant="light" role="alert" title={`${Name} was not saved`}>
                {failure} Your text is still in the editor.
              </Alert>
            )}
            {structure.actionError !== undefined && (
              <Alert
                color="red"
                variant="light"
                role="alert"
                title="Nothing was changed"
                withCloseButton
                closeButtonLabel="Dismiss this message"
                onClose={structure.dismissError}
              >
                {structure.actionError}
              </Alert>
            )}
            <DeleteParagraphDialog
              paragraph={paragraph}
              opened={deleting}
              onConfirm={structure.remove}
              onClose={() => {
                setDeleting(false);
              }}
            />
          </Stack>
        );
      }}
    />
  );
});

/** A paragraph of the draft: its editor is made once it comes near the screen (or is to take the focus). */
export const DraftParagraph = memo(function DraftParagraph(props: ParagraphEditorProps) {
  const { focusRequest } = useDraftContext();
  return (
    <LazyParagraphRow paragraph={props.paragraph} force={focusRequest === props.paragraph.paragraphId}>
      {() => <ParagraphEditor {...props} />}
    </LazyParagraphRow>
  );
});
