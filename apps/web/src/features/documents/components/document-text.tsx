import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { editableDocumentStatuses } from '@plenary/shared';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { getFragmentData } from '../../../__generated__';
import type {
  DocumentOpenRound_RoundFragment,
  DocumentPage_DocumentFragment,
  DocumentVersionText_VersionFragment,
} from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { formatDay, viewerTimeZone } from '../../../ui/time-zone';
import {
  documentCommentFragment,
  documentParagraphFragment,
  documentVersionTextFragment,
} from '../graphql/document-fragments';
import { documentVersionTextQuery } from '../graphql/document-queries';
import type { PresenceEntry } from '../hooks/use-document-events';
import type { PresenceReporter } from '../hooks/use-presence-reporter';
import { PERSONAL_CAPACITY } from './comment-form';
import { paragraphName, versionLabel } from './document-text-format';
import type { UnsavedText } from './draft-context';
import { DraftText } from './draft-text';
import { ParagraphView, type Commenting } from './paragraph-view';
import { RemovedText } from './removed-text';

/** Up to this many paragraphs, every paragraph's comments show; longer texts open them one by one. */
const COMMENTS_OPEN_UP_TO = 20;

export interface DocumentTextProps {
  document: DocumentPage_DocumentFragment;
  openRound: DocumentOpenRound_RoundFragment | null;
  /** The version asked for in the address; null for the newest the viewer may read. */
  versionNumber: number | null;
  onShowVersion: (number: number | null) => void;
  presence: readonly PresenceEntry[];
  reporter: PresenceReporter;
  announce: (message: string) => void;
  /** Told when a paragraph holds text that will not save by itself, and when it no longer does. */
  onUnresolvedChange: (paragraphId: string, unresolved: boolean) => void;
}

/** The committee a new comment speaks for unless changed: one the round was sent to, else personal capacity. */
function defaultSpeaksFor(document: DocumentPage_DocumentFragment, round: DocumentOpenRound_RoundFragment): string {
  const sentTo = new Set(round.viewerRecipients.map((recipient) => recipient.organization?.id));
  const committee = document.viewerCommittees.find((candidate) => sentTo.has(candidate.id));
  if (committee) return committee.id;
  if (round.viewerRecipients.some((recipient) => recipient.person)) return PERSONAL_CAPACITY;
  return document.viewerCommittees[0]?.id ?? PERSONAL_CAPACITY;
}

function versionDescription(version: DocumentVersionText_VersionFragment, editing: boolean): string {
  if (version.isWorking) {
    return editing
      ? 'The co-chairs’ working draft. Each paragraph saves itself a moment after you stop typing.'
      : 'The co-chairs’ working draft. It can be edited while the document is being drafted or revised.';
  }
  const frozen = version.frozenAt ? formatDay(version.frozenAt, viewerTimeZone()) : undefined;
  if (version.isFinal) return frozen ? `The final text, as finalised ${frozen}.` : 'The final text.';
  const round = version.round ? ` in round ${version.round.number}` : '';
  return frozen ? `Circulated for comment${round} on ${frozen}.` : `Circulated for comment${round}.`;
}

/** The comment ids of a version, to tell which ones arrived since it was last shown. */
function commentsOf(version: DocumentVersionText_VersionFragment) {
  return version.paragraphs.flatMap((ref) => {
    const paragraph = getFragmentData(documentParagraphFragment, ref);
    return paragraph.comments.map((comment) => ({
      comment: getFragmentData(documentCommentFragment, comment),
      name: paragraphName(paragraph),
    }));
  });
}

/**
 * The Text tab: one version of the document, chosen in the address. The working draft is editable
 * for the co-chairs while the document is drafted or revised; recipients of an open round comment on
 * the version it circulated; everyone sees the comments they may see under their paragraphs.
 */
export function DocumentText({
  document,
  openRound,
  versionNumber,
  onShowVersion,
  presence,
  reporter,
  announce,
  onUnresolvedChange,
}: DocumentTextProps) {
  const { data, loading, error, refetch } = useQuery(documentVersionTextQuery, {
    variables: { id: document.id, number: versionNumber },
    // A comment's "text changed since" depends on the version it is read in: always ask.
    fetchPolicy: 'cache-and-network',
  });
  const version = getFragmentData(documentVersionTextFragment, data?.document.version);
  const [unsaved, setUnsaved] = useState<UnsavedText[]>([]);
  const seenComments = useRef<{ versionId: string; ids: Set<string> } | null>(null);

  const noticeNewComments = useEffectEvent((shown: DocumentVersionText_VersionFragment) => {
    const comments = commentsOf(shown);
    const seen = seenComments.current;
    seenComments.current = { versionId: shown.id, ids: new Set(comments.map(({ comment }) => comment.id)) };
    if (seen?.versionId !== shown.id) return;
    const arrived = comments.filter(({ comment }) => !seen.ids.has(comment.id) && !comment.viewerIsAuthor);
    const first = arrived[0];
    if (!first) return;
    announce(arrived.length === 1 ? `New comment on ${first.name}.` : `${arrived.length} new comments on the text.`);
  });
  useEffect(() => {
    if (version) noticeNewComments(version);
  }, [version]);

  if (!version) {
    if (loading) return <LoadingState label="Loading the text…" />;
    if (error) {
      return (
        <ErrorState
          title="The text could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    return (
      <EmptyState
        title={versionNumber === null ? 'No text to read yet' : `There is no version ${versionNumber} to read`}
        description={
          versionNumber === null
            ? 'The co-chairs are drafting the text. You can read it once they circulate it.'
            : 'It does not exist, or it is a draft only the co-chairs see.'
        }
        actions={
          versionNumber !== null && (
            <Button
              variant="default"
              onClick={() => {
                onShowVersion(null);
              }}
            >
              Show the newest version
            </Button>
          )
        }
      />
    );
  }

  const editing = document.viewerCanEdit && version.isWorking && editableDocumentStatuses.includes(document.status);
  const acceptingRound = openRound?.acceptingComments ? openRound : null;
  const commenting: Commenting | null =
    acceptingRound && acceptingRound.viewerRecipients.length > 0 && acceptingRound.versionNumber === version.number
      ? {
          roundId: acceptingRound.id,
          committees: document.viewerCommittees,
          defaultSpeaksFor: defaultSpeaksFor(document, acceptingRound),
        }
      : null;
  const openRoundNumber = acceptingRound?.number ?? null;
  const commentsOpen = version.paragraphs.length <= COMMENTS_OPEN_UP_TO;
  const newest = document.versions.at(-1);
  const versionOptions = [...document.versions].reverse().map((candidate) => ({
    value: String(candidate.number),
    label: versionLabel(candidate, document.versions),
  }));

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group align="center" gap="xs" wrap="wrap">
          <Select
            // The options read "Version 2 (circulated)": a label above them would only take the text's room.
            aria-label="Version"
            data={versionOptions}
            value={String(version.number)}
            allowDeselect={false}
            onChange={(value) => {
              const number = Number(value);
              onShowVersion(number === newest?.number ? null : number);
            }}
            w={{ base: '100%', xs: 260 }}
          />
          {/* On a phone the version's name says enough; its description would push the text off the first screen. */}
          <Text size="sm" c="dimmed" visibleFrom="xs" style={{ flex: '1 1 16rem' }}>
            {versionDescription(version, editing)}
          </Text>
        </Group>
        {openRound && openRound.viewerRecipients.length > 0 && openRound.versionNumber !== version.number && (
          <Text size="sm" role="note">
            {document.viewerCanSeeDraft ? 'Recipients comment' : 'Comments are made'} on version{' '}
            {openRound.versionNumber}.{' '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                onShowVersion(openRound.versionNumber === newest?.number ? null : openRound.versionNumber);
              }}
            >
              Show version {openRound.versionNumber}
              {!document.viewerCanSeeDraft && ' to comment on it'}
            </Anchor>
          </Text>
        )}
      </Stack>

      {unsaved.map((entry, index) => (
        <Alert
          key={`${entry.name}-${index}`}
          color="yellow"
          variant="light"
          role="alert"
          title={`Your unsaved text of ${entry.name}`}
          withCloseButton
          closeButtonLabel="Dismiss this message"
          onClose={() => {
            setUnsaved((current) => current.filter((candidate) => candidate !== entry));
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              The paragraph left the draft before your last changes were saved (another co-chair may have deleted or
              merged it). This is what you had written; copy what you want to keep.
            </Text>
            <Textarea
              aria-label={`Your unsaved text of ${entry.name}`}
              readOnly
              autosize
              minRows={2}
              value={entry.text}
            />
          </Stack>
        </Alert>
      ))}

      {editing ? (
        <DraftText
          documentId={document.id}
          version={version}
          presence={presence}
          reporter={reporter}
          announce={announce}
          commentsOpen={commentsOpen}
          openRoundNumber={openRoundNumber}
          onUnsavedText={(entry) => {
            setUnsaved((current) => [...current, entry]);
          }}
          onUnresolvedChange={onUnresolvedChange}
        />
      ) : version.paragraphs.length === 0 ? (
        <EmptyState title="This version has no text" />
      ) : (
        <Stack gap="lg">
          {version.paragraphs.map((ref) => {
            const paragraph = getFragmentData(documentParagraphFragment, ref);
            return (
              <ParagraphView
                key={paragraph.id}
                paragraph={paragraph}
                commenting={commenting}
                commentsOpen={commentsOpen}
                openRoundNumber={openRoundNumber}
                announce={announce}
              />
            );
          })}
        </Stack>
      )}

      <RemovedText removed={version.removedParagraphs} openRoundNumber={openRoundNumber} announce={announce} />
    </Stack>
  );
}
