import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { AddresseeKind, ParagraphKind, paragraphKindLabels, type IssueArea } from '@plenary/shared';
import { getHTMLFromFragment } from '@tiptap/react';
import { useEffect, useEffectEvent, useId, useRef, useState, type FocusEvent } from 'react';
import type { DocumentParagraph_ParagraphFragment, ParagraphContentInput } from '../../../__generated__/graphql';
import { errorExtensions, toApiError } from '../../../app/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import type { ParagraphMutations } from '../hooks/use-paragraph-mutations';
import type { PresenceReporter } from '../hooks/use-presence-reporter';
import { ConflictPanel, type ParagraphConflict } from './conflict-panel';
import { capitalize, normalizeHtml, paragraphName, paragraphReference, paragraphTitle } from './document-text-format';
import { ParagraphComments } from './paragraph-comments';
import { addresseeKey, RecommendationFields, type AddresseeDraft } from './recommendation-fields';
import { RichTextField, useParagraphTextEditor } from './rich-text-field';

/** How long typing pauses before the paragraph saves itself. */
export const AUTOSAVE_DELAY_MS = 1_500;

const kindOptions = Object.values(ParagraphKind).map((kind) => ({ value: kind, label: paragraphKindLabels[kind] }));

type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';

const statusText: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  conflict: 'Not saved: another co-chair changed it',
};

/** Everything of a paragraph but its text, as the co-chair is editing it. */
interface ParagraphMeta {
  kind: ParagraphKind;
  addressees: AddresseeDraft[];
  issueAreas: IssueArea[];
}

function metaOf(paragraph: DocumentParagraph_ParagraphFragment): ParagraphMeta {
  return {
    kind: paragraph.kind,
    addressees: paragraph.addressees.map((addressee) => ({
      key: addresseeKey(),
      kind: addressee.kind,
      organizationId: addressee.organization?.id ?? null,
    })),
    issueAreas: [...paragraph.issueAreas],
  };
}

/** What a save sends. A named body not chosen yet is left out until it is. */
function contentOf(meta: ParagraphMeta, html: string): ParagraphContentInput {
  const recommendation = meta.kind === ParagraphKind.RECOMMENDATION;
  return {
    kind: meta.kind,
    html,
    addressees: recommendation
      ? meta.addressees
          .filter((addressee) => addressee.kind !== AddresseeKind.NAMED_BODY || addressee.organizationId !== null)
          .map((addressee) => ({
            kind: addressee.kind,
            organizationId: addressee.kind === AddresseeKind.NAMED_BODY ? addressee.organizationId : null,
          }))
      : [],
    issueAreas: recommendation ? meta.issueAreas : [],
  };
}

function signature(content: ParagraphContentInput): string {
  return JSON.stringify(content);
}

/** The current text from a VERSION_CONFLICT refusal; undefined for any other failure. */
function conflictOf(error: unknown): ParagraphConflict | undefined {
  const details = errorExtensions(error, 'VERSION_CONFLICT');
  const revision = details?.['currentRevision'];
  if (!details || typeof revision !== 'number') return undefined;
  const html = details['currentHtml'];
  const text = details['currentText'];
  const by = details['updatedByName'];
  return {
    revision,
    html: typeof html === 'string' ? html : '',
    text: typeof text === 'string' ? text : '',
    by: typeof by === 'string' ? by : null,
  };
}

/** What the editor holds apart from React state: read and written by handlers and timers only. */
interface DraftState {
  meta: ParagraphMeta;
  /** The revision the next save is made from. */
  baseRevision: number;
  /** The last server revision taken into the editor (or saved from it). */
  appliedRevision: number;
  /** The content as last loaded or saved; the editor is dirty when it differs. */
  cleanSignature: string | null;
  saving: boolean;
  /** A save was asked for while another ran: run it once that one ends. */
  saveAgain: boolean;
  /** A structural change is on its way: the server's text is taken from its answer. */
  restructuring: boolean;
  conflict: ParagraphConflict | undefined;
  timer: number | undefined;
  deleted: boolean;
}

/** Unsaved text a paragraph held when it left the page (deleted or merged by someone else meanwhile). */
export interface UnsavedText {
  name: string;
  text: string;
}

export interface ParagraphEditorProps {
  documentId: string;
  paragraph: DocumentParagraph_ParagraphFragment;
  /** The paragraph two places up (the one to move after when moving up); null when moving up means the top. */
  beforePrevious: string | null;
  /** Whether there is a paragraph above to move past. */
  canMoveUp: boolean;
  next: DocumentParagraph_ParagraphFragment | undefined;
  /** Names of the other co-chairs editing this paragraph now. */
  editors: readonly string[];
  /** Take the focus once mounted (a paragraph just added). */
  autoFocus: boolean;
  onAutoFocused: () => void;
  /** A paragraph appeared (added or split off): the page moves the focus to it. */
  onParagraphCreated: (paragraphId: string) => void;
  onDeleted: () => void;
  onUnsavedText: (unsaved: UnsavedText) => void;
  /** Told when the paragraph holds text that will not save by itself (a conflict, a refused save), and when it no longer does. */
  onUnresolvedChange: (paragraphId: string, unresolved: boolean) => void;
  mutations: ParagraphMutations;
  presence: PresenceReporter;
  announce: (message: string) => void;
  commentsOpen: boolean;
  openRoundNumber: number | null;
}

/**
 * One paragraph of the working version, for a co-chair: its kind, its text in a rich-text editor
 * that saves itself a moment after typing stops (and on leaving it), the recommendation's
 * addressees and issue areas, and the changes to the text's structure. A save refused because
 * another co-chair saved first opens the reconcile panel instead; the co-chair's text is never
 * replaced without their say.
 */
export function ParagraphEditor(props: ParagraphEditorProps) {
  const {
    documentId,
    paragraph,
    beforePrevious,
    canMoveUp,
    next,
    editors,
    autoFocus,
    onAutoFocused,
    onParagraphCreated,
    onDeleted,
    onUnresolvedChange,
    mutations,
    presence,
    announce,
    commentsOpen,
    openRoundNumber,
  } = props;
  const titleId = useId();
  const labelId = useId();
  const conflictHeadingId = useId();
  const card = useRef<HTMLDivElement>(null);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const [meta, setMetaState] = useState(() => metaOf(paragraph));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState<ParagraphConflict>();
  const [busy, setBusy] = useState<'split' | 'merge' | 'up' | 'down' | 'add' | null>(null);
  const [actionError, setActionError] = useState<string>();
  const [deleting, setDeleting] = useState(false);
  const draft = useRef<DraftState>({
    meta,
    baseRevision: paragraph.revision,
    appliedRevision: paragraph.revision,
    cleanSignature: null,
    saving: false,
    saveAgain: false,
    restructuring: false,
    conflict: undefined,
    timer: undefined,
    deleted: false,
  });
  const editor = useParagraphTextEditor({ content: paragraph.html, labelledBy: labelId });
  const name = paragraphName(paragraph);
  const Name = capitalize(name);

  function currentContent(): ParagraphContentInput {
    return contentOf(draft.current.meta, normalizeHtml(editor.getHTML()));
  }

  function isDirty(): boolean {
    const clean = draft.current.cleanSignature;
    return clean !== null && signature(currentContent()) !== clean;
  }

  function setMeta(nextMeta: ParagraphMeta) {
    draft.current.meta = nextMeta;
    setMetaState(nextMeta);
  }

  /** Takes the server's paragraph into the editor, as the text now saved. */
  function applyServer(saved: DocumentParagraph_ParagraphFragment) {
    const state = draft.current;
    if (normalizeHtml(editor.getHTML()) !== saved.html) editor.commands.setContent(saved.html, { emitUpdate: false });
    setMeta(metaOf(saved));
    state.baseRevision = saved.revision;
    state.appliedRevision = saved.revision;
    state.cleanSignature = signature(currentContent());
    setStatus('saved');
    setFailure(undefined);
  }

  function scheduleSave(delay: number) {
    const state = draft.current;
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(() => {
      void save();
    }, delay);
  }

  function handleChange() {
    const state = draft.current;
    // While the reconcile panel is open nothing saves by itself: the co-chair chooses.
    if (state.conflict) return;
    if (!isDirty()) {
      window.clearTimeout(state.timer);
      if (!state.saving) setStatus('saved');
      return;
    }
    setStatus('unsaved');
    scheduleSave(AUTOSAVE_DELAY_MS);
  }

  /**
   * Saves the paragraph: what the editor holds, made from the revision last loaded, unless `resolving`
   * a conflict (made from the revision the other co-chair saved; `content` for the merged text).
   * Resolves to whether the text is now saved.
   */
  async function save(resolving?: { baseRevision: number; content?: ParagraphContentInput }): Promise<boolean> {
    const state = draft.current;
    window.clearTimeout(state.timer);
    if (state.conflict && !resolving) return false;
    if (state.saving) {
      state.saveAgain = true;
      return false;
    }
    const content = resolving?.content ?? currentContent();
    const sent = signature(content);
    if (!resolving && !isDirty()) {
      setStatus('saved');
      return true;
    }
    const { paragraph: current } = props;
    const savedName = capitalize(paragraphName(current));
    state.saving = true;
    setStatus('saving');
    setFailure(undefined);
    try {
      const saved = await mutations.save({
        documentId,
        paragraphId: current.paragraphId,
        baseRevision: resolving?.baseRevision ?? state.baseRevision,
        content,
      });
      state.baseRevision = saved.revision;
      state.appliedRevision = saved.revision;
      state.cleanSignature = sent;
      state.conflict = undefined;
      setConflict(undefined);
      if (resolving?.content) {
        editor.commands.setContent(saved.html, { emitUpdate: false });
        state.cleanSignature = signature(currentContent());
      }
      setStatus(isDirty() ? 'unsaved' : 'saved');
      announce(`${savedName} saved.`);
      return true;
    } catch (error) {
      const refused = conflictOf(error);
      if (refused) {
        state.conflict = refused;
        setConflict(refused);
        setStatus('conflict');
        announce(`${savedName} was not saved: another co-chair changed it. Both texts are shown to choose from.`);
      } else {
        const message = toApiError(error).message;
        setFailure(message);
        setStatus('failed');
        announce(`${savedName} was not saved. ${message}`);
      }
      return false;
    } finally {
      state.saving = false;
      if (state.saveAgain) {
        state.saveAgain = false;
        if (!state.conflict && !state.deleted && isDirty()) scheduleSave(0);
      }
    }
  }

  // A newer text from the server (another co-chair's save, after a refetch) replaces the editor's
  // only when the co-chair has nothing unsaved; otherwise their text stays, made from the revision
  // they loaded, and their next save meets the conflict and the reconcile panel.
  const takeServerText = useEffectEvent((saved: DocumentParagraph_ParagraphFragment) => {
    const state = draft.current;
    if (state.saving || state.restructuring || state.conflict || state.deleted) return;
    if (saved.revision === state.appliedRevision) return;
    if (isDirty()) return;
    applyServer(saved);
  });
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the editor is an outside system that the server's text is taken into; the kind select follows it
    takeServerText(paragraph);
  }, [paragraph]);

  const onEditorUpdate = useEffectEvent(() => {
    handleChange();
  });
  // As the paragraph leaves the page (another version shown, or the paragraph deleted or merged by
  // someone else) its unsaved text is saved if it can be; if not, the page keeps it to copy from.
  const onLeave = useEffectEvent(() => {
    const state = draft.current;
    window.clearTimeout(state.timer);
    if (state.deleted || (!state.conflict && !isDirty())) return;
    const unsaved = { name: paragraphName(props.paragraph), text: editor.getText() };
    if (state.conflict) {
      props.onUnsavedText(unsaved);
      return;
    }
    if (state.saving) {
      state.saveAgain = true;
      return;
    }
    void save().then((saved) => {
      if (!saved) props.onUnsavedText(unsaved);
    });
  });
  useEffect(() => {
    // The content as loaded is the text saved, as this editor writes it out.
    draft.current.cleanSignature ??= signature(contentOf(draft.current.meta, normalizeHtml(editor.getHTML())));
    const handleUpdate = () => {
      onEditorUpdate();
    };
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      onLeave();
    };
  }, [editor]);

  const focusOnMount = useEffectEvent(() => {
    editor.commands.focus('start');
    card.current?.scrollIntoView({ block: 'nearest' });
    onAutoFocused();
  });
  useEffect(() => {
    if (autoFocus) focusOnMount();
  }, [autoFocus]);

  // Text that is not saved yet may be lost by closing the window: the browser asks first.
  const unsaved = status !== 'saved';
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
  const unresolved = status === 'conflict' || status === 'failed';
  const { paragraphId } = paragraph;
  useEffect(() => {
    if (!unresolved) return;
    onUnresolvedChange(paragraphId, true);
    return () => {
      onUnresolvedChange(paragraphId, false);
    };
  }, [unresolved, paragraphId, onUnresolvedChange]);

  function handleFocus() {
    presence.editing(paragraph.paragraphId);
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.relatedTarget instanceof Node && card.current?.contains(event.relatedTarget)) return;
    presence.left(paragraph.paragraphId);
    if (!draft.current.conflict && isDirty()) void save();
  }

  function handleSaveClick() {
    if (draft.current.conflict) {
      document.getElementById(conflictHeadingId)?.scrollIntoView({ block: 'nearest' });
      announce(`Choose which text of ${name} to keep first.`);
      return;
    }
    if (!isDirty() && status === 'saved') {
      announce(`${Name} is saved.`);
      return;
    }
    void save();
  }

  function handleKindChange(kind: ParagraphKind) {
    setMeta({ ...draft.current.meta, kind });
    if (!draft.current.conflict) void save();
  }

  function handleUseTheirs() {
    const state = draft.current;
    const theirs = state.conflict;
    if (!theirs) return;
    state.conflict = undefined;
    setConflict(undefined);
    // Undo (Ctrl+Z) in the editor still brings the co-chair's own text back.
    editor.commands.setContent(theirs.html, { emitUpdate: false });
    state.baseRevision = theirs.revision;
    state.cleanSignature = signature(currentContent());
    setStatus('saved');
    // Their addressees and issue areas come with the server's paragraph: taken now if the page has
    // it already, else when the refetch their change set off brings it.
    if (props.paragraph.revision === theirs.revision) applyServer(props.paragraph);
    else state.appliedRevision = -1;
    announce(`${Name} now reads as the other co-chair saved it.`);
  }

  /** Runs a change to the text's structure, taking the server's paragraph from its answer. */
  async function restructure(
    kind: NonNullable<typeof busy>,
    work: () => Promise<DocumentParagraph_ParagraphFragment[]>,
    done: (paragraphs: DocumentParagraph_ParagraphFragment[]) => void,
  ) {
    const state = draft.current;
    setBusy(kind);
    setActionError(undefined);
    state.restructuring = true;
    try {
      const paragraphs = await work();
      state.restructuring = false;
      const mine = paragraphs.find((candidate) => candidate.paragraphId === paragraph.paragraphId);
      if (mine && mine.revision !== state.appliedRevision) applyServer(mine);
      done(paragraphs);
    } catch (error) {
      setActionError(
        conflictOf(error)
          ? `Another co-chair changed ${name} meanwhile, so nothing was changed. Save it first to compare the two texts.`
          : toApiError(error).message,
      );
    } finally {
      state.restructuring = false;
      setBusy(null);
    }
  }

  function createdAfter(paragraphs: DocumentParagraph_ParagraphFragment[]): string | undefined {
    const index = paragraphs.findIndex((candidate) => candidate.paragraphId === paragraph.paragraphId);
    return paragraphs[index + 1]?.paragraphId;
  }

  function handleAddAfter() {
    void restructure(
      'add',
      () =>
        mutations.add({
          documentId,
          afterParagraphId: paragraph.paragraphId,
          content: { kind: ParagraphKind.TEXT, html: '' },
        }),
      (paragraphs) => {
        const created = createdAfter(paragraphs);
        if (created) onParagraphCreated(created);
        announce(`New paragraph added after ${paragraphReference(paragraph)}.`);
      },
    );
  }

  function handleSplit() {
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
          baseRevision: draft.current.baseRevision,
          beforeHtml,
          afterHtml,
        }),
      (paragraphs) => {
        const created = createdAfter(paragraphs);
        if (created) onParagraphCreated(created);
        announce(`${Name} split in two; the second part is a new paragraph after it.`);
      },
    );
  }

  function handleMerge() {
    if (!next) return;
    void restructure(
      'merge',
      async () => {
        // The text being merged is the text saved: unsaved changes are saved first.
        if (isDirty() && !(await save())) throw new Error(`${Name} could not be saved, so nothing was merged.`);
        return mutations.merge({
          documentId,
          paragraphId: paragraph.paragraphId,
          baseRevision: draft.current.baseRevision,
          nextParagraphId: next.paragraphId,
          nextBaseRevision: next.revision,
        });
      },
      () => {
        announce(`The next paragraph was merged into ${name}.`);
      },
    );
  }

  function handleMove(direction: 'up' | 'down') {
    if (direction === 'up' ? !canMoveUp : !next) return;
    void restructure(
      direction,
      () =>
        mutations.move({
          documentId,
          paragraphId: paragraph.paragraphId,
          afterParagraphId: direction === 'up' ? beforePrevious : next?.paragraphId,
        }),
      () => {
        announce(`${Name} moved ${direction}.`);
        // Moving the card in the page can take the focus away from the button pressed.
        window.setTimeout(() => {
          (direction === 'up' ? upButton : downButton).current?.focus();
        }, 0);
      },
    );
  }

  async function handleDelete() {
    draft.current.restructuring = true;
    try {
      await mutations.remove({
        documentId,
        paragraphId: paragraph.paragraphId,
        baseRevision: draft.current.baseRevision,
      });
      draft.current.deleted = true;
      window.clearTimeout(draft.current.timer);
      announce(`${Name} deleted.`);
      onDeleted();
    } finally {
      draft.current.restructuring = false;
    }
  }

  const editorField = (
    <RichTextField
      editor={editor}
      label={conflict ? 'Your text' : `Text of ${name}`}
      labelId={labelId}
      headingOrder={conflict ? 4 : undefined}
    />
  );
  const recommendation = meta.kind === ParagraphKind.RECOMMENDATION;

  return (
    <Stack gap="xs">
      <Paper
        ref={card}
        component="section"
        aria-labelledby={titleId}
        withBorder
        radius="md"
        p={{ base: 'xs', sm: 'md' }}
        onFocus={handleFocus}
        onBlur={handleBlur}
      >
        <Stack gap="sm">
          <Group justify="space-between" align="center" gap="xs" wrap="wrap">
            <Group gap="xs" wrap="wrap">
              <Title order={2} fz="sm" id={titleId}>
                {paragraphTitle(paragraph)}
              </Title>
              {editors.length > 0 && (
                <Badge variant="light" color="orange" c="dark.7" size="sm" tt="none">
                  {editors.join(', ')} {editors.length === 1 ? 'is' : 'are'} editing
                </Badge>
              )}
            </Group>
            <Text size="sm" c={status === 'failed' || status === 'conflict' ? 'red.9' : 'dimmed'}>
              {statusText[status]}
            </Text>
          </Group>

          <Select
            label={`Kind of ${name}`}
            data={kindOptions}
            value={meta.kind}
            allowDeselect={false}
            onChange={(kind) => {
              if (kind) handleKindChange(kind);
            }}
            w={{ base: '100%', xs: 220 }}
          />

          {conflict ? (
            <ConflictPanel
              headingId={conflictHeadingId}
              conflict={conflict}
              yours={editorField}
              saving={status === 'saving'}
              onKeepMine={() => {
                void save({ baseRevision: conflict.revision });
              }}
              onUseTheirs={handleUseTheirs}
              onSaveMerged={(html) => {
                void save({ baseRevision: conflict.revision, content: contentOf(draft.current.meta, html) });
              }}
            />
          ) : (
            editorField
          )}

          {recommendation && (
            <RecommendationFields
              name={name}
              addressees={meta.addressees}
              issueAreas={meta.issueAreas}
              onChange={(change) => {
                setMeta({ ...draft.current.meta, ...change });
                handleChange();
              }}
            />
          )}

          {failure !== undefined && status === 'failed' && (
            <Alert color="red" variant="light" role="alert" title={`${Name} was not saved`}>
              {failure} Your text is still in the editor.
            </Alert>
          )}
          {actionError !== undefined && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title="Nothing was changed"
              withCloseButton
              closeButtonLabel="Dismiss this message"
              onClose={() => {
                setActionError(undefined);
              }}
            >
              {actionError}
            </Alert>
          )}

          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap={4} wrap="wrap">
              <ActionIcon
                ref={upButton}
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Move ${name} up`}
                // Stays focusable at the top, so the focus is not lost after the last move.
                data-disabled={!canMoveUp || undefined}
                aria-disabled={!canMoveUp || undefined}
                loading={busy === 'up'}
                onClick={() => {
                  handleMove('up');
                }}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                ref={downButton}
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Move ${name} down`}
                data-disabled={!next || undefined}
                aria-disabled={!next || undefined}
                loading={busy === 'down'}
                onClick={() => {
                  handleMove('down');
                }}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
              <Button
                variant="subtle"
                size="compact-sm"
                aria-label={`Split ${name} at the cursor`}
                loading={busy === 'split'}
                onClick={handleSplit}
              >
                Split
              </Button>
              {next && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  aria-label={`Merge ${name} with next`}
                  loading={busy === 'merge'}
                  onClick={handleMerge}
                >
                  Merge
                </Button>
              )}
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={`Delete ${name}`}
                onClick={() => {
                  setDeleting(true);
                }}
              >
                Delete
              </Button>
            </Group>
            <Button
              size="compact-md"
              aria-label={`Save ${name}`}
              loading={status === 'saving'}
              onClick={handleSaveClick}
            >
              Save
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Box pl={{ base: 0, sm: 'md' }}>
        <ParagraphComments
          comments={paragraph.comments}
          name={name}
          defaultOpen={commentsOpen}
          headingOrder={3}
          openRoundNumber={openRoundNumber}
          announce={announce}
        />
      </Box>

      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={`Add paragraph after ${paragraphReference(paragraph)}`}
          loading={busy === 'add'}
          onClick={handleAddAfter}
        >
          Add paragraph
        </Button>
      </Group>

      <ConfirmDialog
        opened={deleting}
        title={`Delete ${name}?`}
        confirmLabel={`Delete ${name}`}
        confirmColor="red"
        onConfirm={handleDelete}
        onClose={() => {
          setDeleting(false);
        }}
        describeError={(error) =>
          conflictOf(error)
            ? `Another co-chair changed ${name} meanwhile, so it was not deleted. Look at their text first.`
            : toApiError(error).message
        }
      >
        <Stack gap="xs">
          <Text>
            {Name} leaves the working draft. Versions already circulated keep it, and so do the comments made on it.
          </Text>
          {paragraph.text.trim() !== '' && (
            <Text size="sm" c="dimmed" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
              {paragraph.text}
            </Text>
          )}
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}
