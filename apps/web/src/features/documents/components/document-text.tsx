import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { DocumentStatus, editableDocumentStatuses } from '@plenary/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
import type { DocumentEventBus } from '../hooks/document-event-bus';
import type { PresenceEntry } from '../hooks/use-document-events';
import { MarginCommentsContext, useMarginCommentsStore, type MarginComment } from '../hooks/use-margin-comments';
import type { PresenceReporter } from '../hooks/use-presence-reporter';
import { collapseSpaces, paragraphName, versionLabel } from './document-text-format';
import { PERSONAL_CAPACITY } from './comment-form';
import './document-page.css';
import type { UnsavedText } from './draft-context';
import { DraftText } from './draft-text';
import { MarginFilterContext, MarginFilters, NO_FILTER, type MarginFilter } from './margin-filters';
import { LazyParagraphRow } from './paragraph-row';
import { ParagraphView } from './paragraph-view';
import { RemovedText } from './removed-text';
import { RoundEditingNotice } from './round-editing-notice';
import { TextPageContext, type Commenting, type CommentRequest, type TextPage } from './text-page-context';

export interface DocumentTextProps {
  document: DocumentPage_DocumentFragment;
  openRound: DocumentOpenRound_RoundFragment | null;
  /** The version asked for in the address; null for the newest the viewer may read. */
  versionNumber: number | null;
  onShowVersion: (number: number | null) => void;
  presence: readonly PresenceEntry[];
  reporter: PresenceReporter;
  announce: (message: string) => void;
  events: DocumentEventBus;
  /** Asks the server for the page again, after a refusal that means it is out of date. */
  onStale: () => void;
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
      ? 'The co-chairs’ working draft. Click into the text to edit it; it saves itself as you type.'
      : 'The co-chairs’ working draft. It can be edited while the document is being drafted or revised.';
  }
  const frozen = version.frozenAt ? formatDay(version.frozenAt, viewerTimeZone()) : undefined;
  if (version.isFinal) return frozen ? `The final text, as finalised ${frozen}.` : 'The final text.';
  const round = version.round ? ` in round ${version.round.number}` : '';
  return frozen ? `Circulated for comment${round} on ${frozen}.` : `Circulated for comment${round}.`;
}

/** The paragraph holding the viewer's selection, and the words selected. */
function selectionInParagraph(): { paragraphId: string; quote: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const anchor = selection.getRangeAt(0).commonAncestorContainer;
  const element = anchor instanceof Element ? anchor : anchor.parentElement;
  const row = element?.closest<HTMLElement>('[data-paragraph-id]');
  const paragraphId = row?.getAttribute('data-paragraph-id');
  if (!paragraphId) return null;
  return { paragraphId, quote: selection.isCollapsed ? '' : collapseSpaces(selection.toString()) };
}

/**
 * The Text tab: one version of the document as one continuous page, chosen in the address. The
 * working draft is edited in place by the co-chairs while the document is drafted or revised;
 * recipients of an open round comment on the version it circulated; the comments anyone may see
 * stand in the margin beside their paragraph, loaded as the paragraphs come into view.
 */
export function DocumentText({
  document,
  openRound,
  versionNumber,
  onShowVersion,
  presence,
  reporter,
  announce,
  events,
  onStale,
  onUnresolvedChange,
}: DocumentTextProps) {
  const { data, loading, error, refetch } = useQuery(documentVersionTextQuery, {
    variables: { id: document.id, number: versionNumber },
    // The page asks for the text as it opens (and live changes ask again); this reads that answer.
    fetchPolicy: 'cache-first',
  });
  const version = getFragmentData(documentVersionTextFragment, data?.document.version);
  const [unsaved, setUnsaved] = useState<UnsavedText[]>([]);
  const [filter, setFilter] = useState<MarginFilter>(NO_FILTER);
  const [commentRequest, setCommentRequest] = useState<CommentRequest | null>(null);
  const clearCommentRequest = useCallback(() => {
    setCommentRequest(null);
  }, []);
  const handleUnsavedText = useCallback((entry: UnsavedText) => {
    setUnsaved((current) => [...current, entry]);
  }, []);

  const paragraphNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const ref of version?.paragraphs ?? []) {
      const paragraph = getFragmentData(documentParagraphFragment, ref);
      names.set(paragraph.paragraphId, paragraphName(paragraph));
    }
    return names;
  }, [version]);
  const handleArrived = useCallback(
    (paragraphId: string, arrived: readonly MarginComment[]) => {
      const others = arrived.filter((comment) => !getFragmentData(documentCommentFragment, comment).viewerIsAuthor);
      if (others.length === 0) return;
      const name = paragraphNames.get(paragraphId) ?? 'the text';
      announce(others.length === 1 ? `New comment on ${name}.` : `${others.length} new comments on ${name}.`);
    },
    [paragraphNames, announce],
  );
  const store = useMarginCommentsStore(
    document.id,
    versionNumber,
    document.rounds.length > 0 ? (version?.id ?? null) : null,
    handleArrived,
  );

  // A live event names what changed: only those paragraphs' comments are asked for again.
  useEffect(
    () =>
      events.subscribe((change) => {
        if (!store) return;
        if ((change.kind === 'COMMENT' || change.kind === 'PARAGRAPH') && change.paragraphIds.length > 0) {
          store.refresh(change.paragraphIds);
        } else if (change.kind !== 'PRESENCE') store.refreshAll();
      }),
    [events, store],
  );

  const acceptingRound = openRound?.acceptingComments ? openRound : null;
  const commenting: Commenting | null =
    version && acceptingRound?.viewerRecipients.length && acceptingRound.versionNumber === version.number
      ? {
          roundId: acceptingRound.id,
          committees: document.viewerCommittees,
          defaultSpeaksFor: defaultSpeaksFor(document, acceptingRound),
        }
      : null;
  const roundIds = useMemo(() => new Map(document.rounds.map((round) => [round.number, round.id])), [document.rounds]);
  const answering = document.viewerCanEdit && document.status === DocumentStatus.REVISING;
  const acceptsInto = Boolean(version?.isWorking);
  const commentActions = useMemo(
    () => (answering ? { roundIdOf: (number: number) => roundIds.get(number), canAccept: acceptsInto } : undefined),
    [answering, roundIds, acceptsInto],
  );
  const carriedBelow = version ? (version.isWorking ? Number.POSITIVE_INFINITY : version.round?.number) : undefined;
  const textPage = useMemo<TextPage>(
    () => ({
      announce,
      openRoundNumber: acceptingRound?.number ?? null,
      carriedBelow,
      commenting,
      commentActions,
      commentRequest,
      clearCommentRequest,
    }),
    // `commenting` is rebuilt each render from the round and the version it stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      announce,
      acceptingRound?.number,
      acceptingRound?.id,
      carriedBelow,
      commenting?.roundId,
      commentRequest,
      commentActions,
    ],
  );

  // Ctrl+Alt+M (as in other editors) comments on the words selected.
  const canComment = commenting !== null;
  useEffect(() => {
    if (!canComment) return;
    function handleKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.key.toLowerCase() !== 'm') return;
      const selected = selectionInParagraph();
      if (!selected) return;
      event.preventDefault();
      setCommentRequest({ ...selected, suggest: false });
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => {
      window.removeEventListener('keydown', handleKeyDown);
    };
  }, [canComment]);

  const committees = useMemo(() => {
    const byId = new Map<string, { id: string; name: string; acronym: string | null }>();
    for (const round of document.rounds) {
      for (const recipient of round.recipients)
        if (recipient.organization) byId.set(recipient.organization.id, recipient.organization);
    }
    return [...byId.values()];
  }, [document.rounds]);

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
  const heldForRound =
    document.viewerCanEdit && version.isWorking && document.status === DocumentStatus.IN_COMMENT_ROUND && openRound;
  const newest = document.versions.at(-1);
  const versionOptions = [...document.versions].reverse().map((candidate) => ({
    value: String(candidate.number),
    label: versionLabel(candidate, document.versions),
  }));
  const anyComments =
    document.rounds.length > 0 &&
    (version.removedParagraphs.length > 0 ||
      version.paragraphs.some((ref) => getFragmentData(documentParagraphFragment, ref).commentCount > 0));

  return (
    <TextPageContext value={textPage}>
      <MarginCommentsContext value={store}>
        <MarginFilterContext value={filter}>
          <Stack gap="md">
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
              {heldForRound && <RoundEditingNotice documentId={document.id} round={heldForRound} onStale={onStale} />}
              {anyComments && (
                <MarginFilters filter={filter} onChange={setFilter} rounds={document.rounds} committees={committees} />
              )}
              {commenting && (
                <Text size="xs" c="dimmed" visibleFrom="sm">
                  Select words in a paragraph and press “Comment” beside it (or Ctrl+Alt+M) to comment on them.
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
                    The paragraph left the draft before your last changes were saved (another co-chair may have deleted
                    or merged it). This is what you had written; copy what you want to keep.
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
                // Versions are frozen when circulated for comment, or as the final text.
                changesSince={
                  document.versions.filter((candidate) => !candidate.isWorking && !candidate.isFinal).at(-1)?.number ??
                  null
                }
                presence={presence}
                reporter={reporter}
                announce={announce}
                onUnsavedText={handleUnsavedText}
                onUnresolvedChange={onUnresolvedChange}
              />
            ) : version.paragraphs.length === 0 ? (
              <EmptyState title="This version has no text" />
            ) : (
              <div className="doc-page">
                {version.paragraphs.map((ref) => {
                  const paragraph = getFragmentData(documentParagraphFragment, ref);
                  return (
                    <LazyParagraphRow key={paragraph.paragraphId} paragraph={paragraph}>
                      {() => <ParagraphView paragraph={paragraph} />}
                    </LazyParagraphRow>
                  );
                })}
              </div>
            )}

            <RemovedText removed={version.removedParagraphs} />
          </Stack>
        </MarginFilterContext>
      </MarginCommentsContext>
    </TextPageContext>
  );
}
