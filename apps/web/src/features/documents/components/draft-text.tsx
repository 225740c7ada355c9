import { Alert, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { ParagraphKind } from '@plenary/shared';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { getFragmentData } from '../../../__generated__';
import type { DocumentVersionText_VersionFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { documentParagraphFragment } from '../graphql/document-fragments';
import type { AutosaveStatus } from '../hooks/autosave-reducer';
import type { PresenceEntry } from '../hooks/use-document-events';
import { useParagraphMutations } from '../hooks/use-paragraph-mutations';
import type { PresenceReporter } from '../hooks/use-presence-reporter';
import { DraftChangesContext, GoneParagraphs, useDraftComparison, useShowChanges } from './draft-changes';
import { DraftContext, DraftStore, useDraftSnapshot, type DraftContextValue, type UnsavedText } from './draft-context';
import { PARAGRAPH_DRAG_TYPE } from './paragraph-control';
import { DraftParagraph } from './paragraph-editor';
import { FormattingControls } from './formatting-controls';

const saveStateText: Record<AutosaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved: see the paragraph marked',
  conflict: 'Not saved: another co-chair changed a paragraph you edited',
};

interface ChangesToggle {
  since: number;
  shown: boolean;
  onChange: (shown: boolean) => void;
}

/**
 * The one formatting toolbar of the draft, acting on the paragraph being edited, the switch that
 * shows the changes since the last circulated version, and the draft's save state.
 */
function DraftBar({ store, changes }: { store: DraftStore; changes: ChangesToggle | null }) {
  const { active, status } = useDraftSnapshot(store);
  return (
    <Paper
      withBorder
      radius="md"
      px="xs"
      py={4}
      style={{ position: 'sticky', top: 'var(--app-shell-header-offset, 0px)', zIndex: 3 }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <RichTextEditor editor={active} styles={{ root: { border: 0 }, toolbar: { border: 0, padding: 0 } }}>
          <RichTextEditor.Toolbar aria-label="Formatting">
            <FormattingControls />
          </RichTextEditor.Toolbar>
        </RichTextEditor>
        {changes && (
          <Switch
            size="sm"
            label={`Show changes since version ${changes.since}`}
            checked={changes.shown}
            onChange={(event) => {
              changes.onChange(event.currentTarget.checked);
            }}
          />
        )}
        <Text
          size="sm"
          role="status"
          c={status === 'failed' || status === 'conflict' ? 'red.9' : 'dimmed'}
          fw={status === 'failed' || status === 'conflict' ? 600 : undefined}
        >
          {saveStateText[status]}
        </Text>
      </Group>
    </Paper>
  );
}

export interface DraftTextProps {
  documentId: string;
  version: DocumentVersionText_VersionFragment;
  /** The last version circulated for comment, which the draft can be read against; null before the first. */
  changesSince: number | null;
  presence: readonly PresenceEntry[];
  reporter: PresenceReporter;
  announce: (message: string) => void;
  onUnsavedText: (unsaved: UnsavedText) => void;
  onUnresolvedChange: (paragraphId: string, unresolved: boolean) => void;
}

/** The working version as the co-chairs draft it, in place, as one continuous text. */
export function DraftText({
  documentId,
  version,
  changesSince,
  presence,
  reporter,
  announce,
  onUnsavedText,
  onUnresolvedChange,
}: DraftTextProps) {
  const mutations = useParagraphMutations();
  const [store] = useState(() => new DraftStore());
  const paragraphs = version.paragraphs.map((paragraph) => getFragmentData(documentParagraphFragment, paragraph));
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string>();
  const [drop, setDrop] = useState<{ paragraphId: string; where: 'before' | 'after' } | null>(null);
  const [showChanges, setShowChanges] = useShowChanges();
  const changes = useDraftComparison(documentId, changesSince, version.number, paragraphs, showChanges);
  const draft = useMemo<DraftContextValue>(
    () => ({
      documentId,
      mutations,
      presence: reporter,
      announce,
      store,
      focusRequest,
      requestFocus: setFocusRequest,
      onUnsavedText,
      onUnresolvedChange,
    }),
    [documentId, mutations, reporter, announce, store, focusRequest, onUnsavedText, onUnresolvedChange],
  );

  // A drop is handled with the order and the mutations of the latest render.
  const latest = useRef({ order: [] as string[], mutations, documentId, announce });
  useEffect(() => {
    latest.current = {
      order: paragraphs.map((paragraph) => paragraph.paragraphId),
      mutations,
      documentId,
      announce,
    };
  });

  const handleDragOver = useCallback((paragraphId: string, event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(PARAGRAPH_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const where = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    setDrop((current) =>
      current?.paragraphId === paragraphId && current.where === where ? current : { paragraphId, where },
    );
  }, []);
  const handleDragLeave = useCallback(() => {
    setDrop(null);
  }, []);
  const handleDrop = useCallback((paragraphId: string, event: DragEvent<HTMLElement>) => {
    const dragged = event.dataTransfer.getData(PARAGRAPH_DRAG_TYPE);
    setDrop(null);
    if (!dragged || dragged === paragraphId) return;
    event.preventDefault();
    const { order, mutations: change, documentId: id, announce: say } = latest.current;
    const box = event.currentTarget.getBoundingClientRect();
    const before = event.clientY < box.top + box.height / 2;
    const afterParagraphId = before ? (order[order.indexOf(paragraphId) - 1] ?? null) : paragraphId;
    if (afterParagraphId === dragged) return;
    change
      .move({ documentId: id, paragraphId: dragged, afterParagraphId })
      .then(() => {
        say('Paragraph moved.');
      })
      .catch((error: unknown) => {
        say(`The paragraph was not moved. ${toApiError(error).message}`);
      });
  }, []);

  async function handleAdd(afterParagraphId: string | null) {
    setAdding(true);
    setAddError(undefined);
    try {
      const created = await mutations.add({
        documentId,
        afterParagraphId,
        content: { kind: ParagraphKind.TEXT, html: '' },
      });
      const index = afterParagraphId === null ? 0 : created.findIndex((p) => p.paragraphId === afterParagraphId) + 1;
      const paragraph = created[index];
      if (paragraph) setFocusRequest(paragraph.paragraphId);
      announce(afterParagraphId === null ? 'New paragraph added at the top.' : 'New paragraph added at the end.');
    } catch (error) {
      setAddError(toApiError(error).message);
    } finally {
      setAdding(false);
    }
  }

  const last = paragraphs.at(-1);
  const addAlert = addError !== undefined && (
    <Alert color="red" variant="light" role="alert" title="No paragraph was added">
      {addError}
    </Alert>
  );

  if (!last) {
    return (
      <Stack gap="md">
        <EmptyState
          title="No paragraphs yet"
          description="Start the text with its first paragraph, then type: Enter starts the next one. A paragraph becomes a heading or a recommendation from its number in the margin."
          actions={
            <Button loading={adding} onClick={() => void handleAdd(null)}>
              Add paragraph
            </Button>
          }
        />
        {addAlert}
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <DraftBar
        store={store}
        changes={changesSince === null ? null : { since: changesSince, shown: showChanges, onChange: setShowChanges }}
      />
      <Text size="xs" c="dimmed" visibleFrom="sm">
        Click into the text and type. Enter starts a new paragraph or splits one; Backspace at the start of a paragraph
        joins it to the one above; Alt+Shift+↑/↓ or dragging the number moves it; the number opens its kind and other
        changes.
      </Text>
      {changes && (
        <Text size="xs" c="dimmed">
          Changes since version {changes.since}: added text is underlined in green, removed text struck through in red.
          Click into a paragraph to edit it.
        </Text>
      )}
      <DraftContext value={draft}>
        <DraftChangesContext value={changes}>
          <div className="doc-page">
            {changes && <GoneParagraphs gone={changes.goneAfter.get(null)} since={changes.since} />}
            {paragraphs.map((paragraph, index) => (
              // The same element with the changes shown or not, so that no editor is made anew.
              <Fragment key={paragraph.paragraphId}>
                <DraftParagraph
                  paragraph={paragraph}
                  previous={paragraphs[index - 1]?.paragraphId}
                  beforePrevious={paragraphs[index - 2]?.paragraphId ?? null}
                  next={paragraphs[index + 1]}
                  editors={presence
                    .filter((entry) => entry.paragraphId === paragraph.paragraphId)
                    .map((entry) => entry.name)
                    .join(', ')}
                  drop={drop?.paragraphId === paragraph.paragraphId ? drop.where : null}
                  onDragOver={handleDragOver}
                  onDragLeave={handleDragLeave}
                  onDrop={handleDrop}
                />
                {changes && (
                  <GoneParagraphs gone={changes.goneAfter.get(paragraph.paragraphId)} since={changes.since} />
                )}
              </Fragment>
            ))}
          </div>
        </DraftChangesContext>
      </DraftContext>
      <Group>
        <Button variant="subtle" size="compact-sm" loading={adding} onClick={() => void handleAdd(last.paragraphId)}>
          Add paragraph
        </Button>
      </Group>
      {addAlert}
    </Stack>
  );
}
