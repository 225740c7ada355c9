import { Alert, Button, Group, Stack } from '@mantine/core';
import { ParagraphKind } from '@plenary/shared';
import { useMemo, useState } from 'react';
import { getFragmentData } from '../../../__generated__';
import type { DocumentVersionText_VersionFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { documentParagraphFragment } from '../graphql/document-fragments';
import type { PresenceEntry } from '../hooks/use-document-events';
import { useParagraphMutations } from '../hooks/use-paragraph-mutations';
import type { PresenceReporter } from '../hooks/use-presence-reporter';
import { DraftContext, type DraftContextValue, type UnsavedText } from './draft-context';
import { ParagraphEditor } from './paragraph-editor';

export interface DraftTextProps {
  documentId: string;
  version: DocumentVersionText_VersionFragment;
  presence: readonly PresenceEntry[];
  reporter: PresenceReporter;
  announce: (message: string) => void;
  commentsOpen: boolean;
  openRoundNumber: number | null;
  onUnsavedText: (unsaved: UnsavedText) => void;
  onUnresolvedChange: (paragraphId: string, unresolved: boolean) => void;
}

/** The working version as the co-chairs edit it: one editor per paragraph, and ways to add more. */
export function DraftText({
  documentId,
  version,
  presence,
  reporter,
  announce,
  commentsOpen,
  openRoundNumber,
  onUnsavedText,
  onUnresolvedChange,
}: DraftTextProps) {
  const mutations = useParagraphMutations();
  const paragraphs = version.paragraphs.map((paragraph) => getFragmentData(documentParagraphFragment, paragraph));
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string>();
  const draft = useMemo<DraftContextValue>(
    () => ({
      documentId,
      mutations,
      presence: reporter,
      announce,
      commentsOpen,
      openRoundNumber,
      focusRequest,
      requestFocus: setFocusRequest,
      onUnsavedText,
      onUnresolvedChange,
    }),
    [
      documentId,
      mutations,
      reporter,
      announce,
      commentsOpen,
      openRoundNumber,
      focusRequest,
      onUnsavedText,
      onUnresolvedChange,
    ],
  );

  async function handleAdd(afterParagraphId: string | null) {
    setAdding(true);
    setAddError(undefined);
    try {
      const order = await mutations.add({
        documentId,
        afterParagraphId,
        content: { kind: ParagraphKind.TEXT, html: '' },
      });
      const index = afterParagraphId === null ? 0 : order.findIndex((p) => p.paragraphId === afterParagraphId) + 1;
      const created = order[index];
      if (created) setFocusRequest(created.paragraphId);
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
          description="Start the text with its first paragraph. A paragraph can be made a heading or a recommendation once it is there."
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
    <Stack gap="md">
      <Group>
        <Button variant="subtle" size="compact-sm" loading={adding} onClick={() => void handleAdd(null)}>
          Add paragraph at the top
        </Button>
      </Group>
      <DraftContext value={draft}>
        {paragraphs.map((paragraph, index) => (
          <ParagraphEditor
            key={paragraph.paragraphId}
            paragraph={paragraph}
            neighbours={{
              previous: paragraphs[index - 1]?.paragraphId,
              beforePrevious: paragraphs[index - 2]?.paragraphId ?? null,
              next: paragraphs[index + 1],
            }}
            editors={presence.filter((entry) => entry.paragraphId === paragraph.paragraphId).map((entry) => entry.name)}
          />
        ))}
      </DraftContext>
      <Group>
        <Button variant="default" loading={adding} onClick={() => void handleAdd(last.paragraphId)}>
          Add paragraph
        </Button>
      </Group>
      {addAlert}
    </Stack>
  );
}
