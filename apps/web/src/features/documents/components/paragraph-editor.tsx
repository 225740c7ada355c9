import { Alert, Badge, Box, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ParagraphKind, paragraphKindLabels } from '@plenary/shared';
import { useEffect, useEffectEvent, useId, useRef, useState, type FocusEvent } from 'react';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import type { AutosaveStatus } from '../hooks/autosave-reducer';
import { useParagraphDraft } from '../hooks/use-paragraph-draft';
import { useParagraphStructure, type ParagraphNeighbours } from '../hooks/use-paragraph-structure';
import { ConflictPanel } from './conflict-panel';
import { DeleteParagraphDialog } from './delete-paragraph-dialog';
import { capitalize, paragraphName, paragraphReference, paragraphTitle } from './document-text-format';
import { useDraftContext } from './draft-context';
import { ParagraphComments } from './paragraph-comments';
import { contentOf } from './paragraph-content';
import { ParagraphToolbar } from './paragraph-toolbar';
import { RecommendationFields } from './recommendation-fields';
import { RichTextField } from './rich-text-field';

const kindOptions = Object.values(ParagraphKind).map((kind) => ({ value: kind, label: paragraphKindLabels[kind] }));

const statusText: Record<AutosaveStatus, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  conflict: 'Not saved: another co-chair changed it',
};

export interface ParagraphEditorProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  neighbours: ParagraphNeighbours;
  /** Names of the other co-chairs editing this paragraph now. */
  editors: readonly string[];
}

/**
 * One paragraph of the working version, for a co-chair: its kind, its text in a rich-text editor
 * that saves itself a moment after typing stops (and on leaving it), the recommendation's
 * addressees and issue areas, and the changes to the text's structure. A save refused because
 * another co-chair saved first opens the reconcile panel instead; the co-chair's text is never
 * replaced without their say.
 */
export function ParagraphEditor({ paragraph, neighbours, editors }: ParagraphEditorProps) {
  const { presence, announce, commentsOpen, openRoundNumber, focusRequest, requestFocus } = useDraftContext();
  const titleId = useId();
  const labelId = useId();
  const conflictHeadingId = useId();
  const card = useRef<HTMLDivElement>(null);
  const [deleting, setDeleting] = useState(false);
  const draft = useParagraphDraft(paragraph, labelId);
  const { editor, meta, autosave, changeMeta } = draft;
  const structure = useParagraphStructure(paragraph, neighbours, draft);
  const { status, conflict, failure } = autosave.state;
  const name = paragraphName(paragraph);
  const Name = capitalize(name);

  const focusOnMount = useEffectEvent(() => {
    editor.commands.focus('start');
    card.current?.scrollIntoView({ block: 'nearest' });
    requestFocus(null);
  });
  const autoFocus = focusRequest === paragraph.paragraphId;
  useEffect(() => {
    if (autoFocus) focusOnMount();
  }, [autoFocus]);

  function handleFocus() {
    presence.editing(paragraph.paragraphId);
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.relatedTarget instanceof Node && card.current?.contains(event.relatedTarget)) return;
    presence.left(paragraph.paragraphId);
    if (!autosave.now().conflict && autosave.isDirty()) void autosave.save();
  }

  function handleSaveClick() {
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
    if (!autosave.now().conflict) void autosave.save();
  }

  function handleUseTheirs() {
    const theirs = autosave.now().conflict;
    if (!theirs) return;
    draft.takeTheirs(theirs);
    announce(`${Name} now reads as the other co-chair saved it.`);
  }

  const editorField = (
    <RichTextField
      editor={editor}
      label={conflict ? 'Your text' : `Text of ${name}`}
      labelId={labelId}
      headingOrder={conflict ? 4 : undefined}
    />
  );

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

          {meta.kind === ParagraphKind.RECOMMENDATION && (
            <RecommendationFields
              name={name}
              addressees={meta.addressees}
              issueAreas={meta.issueAreas}
              onChange={changeMeta}
            />
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

          <ParagraphToolbar
            name={name}
            canMoveUp={neighbours.previous !== undefined}
            canMoveDown={neighbours.next !== undefined}
            busy={structure.busy}
            saving={status === 'saving'}
            onMove={structure.move}
            onSplit={structure.split}
            onMerge={neighbours.next ? structure.merge : undefined}
            onDelete={() => {
              setDeleting(true);
            }}
            onSave={handleSaveClick}
          />
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
          loading={structure.busy === 'add'}
          onClick={structure.addAfter}
        >
          Add paragraph
        </Button>
      </Group>

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
}
