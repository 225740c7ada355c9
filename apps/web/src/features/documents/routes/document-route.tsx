import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Group, Stack, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { documentKindLabels } from '@plenary/shared';
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useBlocker, useParams, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LeaveWithoutSavingDialog } from '../../../ui/leave-without-saving-dialog';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { MovableSlot, useMovableNode } from '../../../ui/movable';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { CommentTable } from '../../comment-rounds/components/comment-table';
import { ResponseBox } from '../../comment-rounds/components/response-box';
import { RoundBanner } from '../../comment-rounds/components/round-banner';
import { documentOpenRoundFragment } from '../../comment-rounds/graphql/round-fragments';
import { DocumentActions } from '../components/document-actions';
import { DocumentDrafters } from '../components/document-drafters';
import { DocumentHistory } from '../components/document-history';
import { DocumentStatusBadge } from '../components/document-status-badge';
import { DocumentText } from '../components/document-text';
import { CHANGES_PARAM } from '../components/draft-changes';
import { PhoneActions } from '../components/phone-actions';
import { PresenceList } from '../components/presence-list';
import { VersionCompare } from '../components/version-compare';
import { documentPageFragment } from '../graphql/document-fragments';
import { documentPageQuery, documentVersionTextQuery } from '../graphql/document-queries';
import { DocumentEventBus } from '../hooks/document-event-bus';
import { useDocumentEvents } from '../hooks/use-document-events';
import { useParagraphDeepLink } from '../hooks/use-paragraph-deep-link';
import { usePresenceReporter } from '../hooks/use-presence-reporter';

const TABS = ['text', 'comments', 'compare', 'history'] as const;
type Tab = (typeof TABS)[number];

/** The text at a reading measure with its numbers and, on a wide screen, the comments in the margin beside it. */
const PAGE_WIDTH = '84rem';

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

/** `?version=3`; null when absent or not a version number. */
function versionParam(value: string | null): number | null {
  if (value === null || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** The address as far as the text on the page goes: showing the changes or not leaves every editor as it is. */
function textAddress(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(CHANGES_PARAM);
  return params.toString();
}

/**
 * A document of a study group or meeting: its text (drafted together by the co-chairs, read and
 * commented on by the round's recipients), the comment table, comparisons between versions and the
 * workflow's history. Everything on it stays current while it is open.
 */
export function DocumentRoute() {
  const { documentId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, previousData, loading, error, refetch } = useQuery(documentPageQuery, {
    variables: { id: documentId },
  });
  // A refetch after a live event that fails for a passing reason keeps the page (and any open dialog) as it was.
  const shown = data ?? (previousData?.document?.id === documentId ? previousData : undefined);
  const document = getFragmentData(documentPageFragment, shown?.document);
  // The text is asked for with the page rather than after it: the first paragraph paints a round trip sooner.
  const requestedTab = searchParams.get('tab');
  useQuery(documentVersionTextQuery, {
    variables: { id: documentId, number: versionParam(searchParams.get('version')) },
    skip: isTab(requestedTab) && requestedTab !== 'text',
    fetchPolicy: 'cache-and-network',
  });
  const [events] = useState(() => new DocumentEventBus());
  const presence = useDocumentEvents(documentId, { skip: !document, bus: events });
  const reporter = usePresenceReporter(documentId, { enabled: document?.viewerCanEdit ?? false });
  const { message, announce } = useAnnouncement();
  const [unresolved, setUnresolved] = useState<ReadonlySet<string>>(() => new Set());
  const handleUnresolvedChange = useCallback((paragraphId: string, isUnresolved: boolean) => {
    setUnresolved((current) => {
      if (current.has(paragraphId) === isUnresolved) return current;
      const next = new Set(current);
      if (isUnresolved) next.add(paragraphId);
      else next.delete(paragraphId);
      return next;
    });
  }, []);
  // Another tab, version or page would drop text the co-chair still has to decide about: ask first.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unresolved.size > 0 &&
      (currentLocation.pathname !== nextLocation.pathname ||
        textAddress(currentLocation.search) !== textAddress(nextLocation.search)),
  );
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  // The actions sit in the header, or in the "Actions" list on a phone; moving between the two keeps an open step's dialog.
  const actionsNode = useMovableNode();
  useDocumentTitle(document?.title ?? (error ? 'Document not found' : 'Document'));
  useParagraphDeepLink(searchParams.get('paragraph'), { ready: Boolean(document) });

  const refusal = error ? toApiError(error) : null;
  const gone = refusal?.code === 'NOT_FOUND' || refusal?.code === 'FORBIDDEN';
  if (loading && !document) return <LoadingState label="Loading the document…" />;
  if (gone || !document) {
    const apiError = toApiError(error);
    if (apiError.code === 'NOT_FOUND') {
      return (
        <NotFoundState
          title="Document not found"
          message="This document does not exist, or it is not one you may read yet. If someone sent you this link, ask the study group’s secretariat."
          backTo="/study-groups"
          backLabel="Go to your study groups"
        />
      );
    }
    return (
      <ErrorState
        title="This document could not be loaded"
        message={apiError.message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const openRound = document.openRound ? getFragmentData(documentOpenRoundFragment, document.openRound) : null;
  const available: Record<Tab, boolean> = {
    text: true,
    comments: document.viewerCanSeeDraft || document.rounds.length > 0,
    compare: document.versions.length > 1,
    history: document.viewerCanSeeDraft,
  };
  const requested = searchParams.get('tab');
  const tab: Tab = isTab(requested) && available[requested] ? requested : 'text';
  const versionNumber = versionParam(searchParams.get('version'));
  const respondAsked = searchParams.get('respond') === '1';

  function forgetRespond() {
    if (!respondAsked) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('respond');
        return next;
      },
      { replace: true },
    );
  }

  function showTab(value: string | null) {
    if (!isTab(value)) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'text') next.delete('tab');
        else next.set('tab', value);
        return next;
      },
      { replace: true },
    );
  }

  function showVersion(number: number | null) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (number === null) next.delete('version');
      else next.set('version', String(number));
      return next;
    });
  }

  const owner = document.studyGroup ? (
    <Text span>
      Study group:{' '}
      <Anchor component={Link} to={`/study-groups/${encodeURIComponent(document.studyGroup.id)}`}>
        <ScriptText>{document.studyGroup.title}</ScriptText>
      </Anchor>
    </Text>
  ) : document.meeting ? (
    <Text span>
      Meeting:{' '}
      <Anchor component={Link} to={`/meetings/${encodeURIComponent(document.meeting.id)}`}>
        <ScriptText>{document.meeting.title}</ScriptText>
      </Anchor>
    </Text>
  ) : undefined;

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <PageHeader
          eyebrow={
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <DocumentStatusBadge status={document.status} />
                <Text size="sm" c="dimmed">
                  {documentKindLabels[document.kind]}
                </Text>
              </Group>
              {phone && (
                <PhoneActions>
                  <MovableSlot node={actionsNode} />
                </PhoneActions>
              )}
            </Group>
          }
          title={<ScriptText>{document.title}</ScriptText>}
          description={owner}
          actions={phone ? undefined : <MovableSlot node={actionsNode} />}
        />
        {document.meeting && document.viewerCanSeeDraft && (
          <DocumentDrafters documentId={document.id} meetingId={document.meeting.id} />
        )}
      </Stack>
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label="Document sections" mb="sm">
          <Tabs.Tab value="text">Text</Tabs.Tab>
          {available.comments && <Tabs.Tab value="comments">Comments</Tabs.Tab>}
          {available.compare && <Tabs.Tab value="compare">Compare</Tabs.Tab>}
          {available.history && <Tabs.Tab value="history">History</Tabs.Tab>}
        </Tabs.List>
        <Stack gap="xs" mb="md">
          {openRound && (
            <RoundBanner round={openRound} responsesHref={document.viewerCanSeeDraft ? '?tab=comments' : undefined}>
              {!document.viewerCanSeeDraft && (
                <ResponseBox
                  round={openRound}
                  announce={announce}
                  defaultOpened={respondAsked}
                  onClose={forgetRespond}
                />
              )}
            </RoundBanner>
          )}
          <PresenceList presence={presence} />
        </Stack>
        <Tabs.Panel value="text">
          <Box maw={PAGE_WIDTH}>
            <DocumentText
              document={document}
              openRound={openRound}
              versionNumber={versionNumber}
              onShowVersion={showVersion}
              presence={presence}
              reporter={reporter}
              announce={announce}
              events={events}
              onStale={() => {
                void refetch();
              }}
              onUnresolvedChange={handleUnresolvedChange}
            />
          </Box>
        </Tabs.Panel>
        {available.comments && (
          <Tabs.Panel value="comments">
            <CommentTable documentId={document.id} />
          </Tabs.Panel>
        )}
        {available.compare && (
          <Tabs.Panel value="compare">
            <VersionCompare documentId={document.id} />
          </Tabs.Panel>
        )}
        {available.history && (
          <Tabs.Panel value="history">
            <DocumentHistory documentId={document.id} />
          </Tabs.Panel>
        )}
      </Tabs>
      <LiveRegion message={message} />
      {createPortal(<DocumentActions documentId={document.id} />, actionsNode)}
      <LeaveWithoutSavingDialog blocker={blocker}>
        Some of your text is not saved: another co-chair changed the same paragraph, or the save was refused. If you
        leave now, that text is lost.
      </LeaveWithoutSavingDialog>
    </Stack>
  );
}
