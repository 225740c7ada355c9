import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  AttributionMode,
  CommentKind,
  commentKindLabels,
  Disposition,
  dispositionLabels,
  DocumentStatus,
  limits,
  recipientResponseLabels,
} from '@plenary/shared';
import { useId, useMemo, useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../__generated__';
import type { CommentTableQuery, DisposeCommentsInput } from '../../../__generated__/graphql';
import { toApiError, toFormErrors } from '../../../app/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { displayName, OrganizationShortName } from '../../participants/components/participant-text';
import { documentDownloadUrl } from './document-actions';
import { RoundDeadline } from './round-deadline';
import { RoundNotices } from './round-notices';

export const commentTableQuery = graphql(`
  query CommentTable($id: ID!) {
    document(id: $id) {
      id
      status
      viewerCanEdit
      version {
        id
        number
        isWorking
        paragraphs {
          id
          paragraphId
          number
          kind
          text
        }
      }
      rounds {
        id
        number
        status
        attribution
        opensAt
        closesAt
        closedAt
        versionNumber
        undisposedCount
        recipients {
          id
          response
          responseNote
          respondedAt
          organization {
            id
            name
            acronym
          }
          person {
            id
            name
            honorific
          }
        }
        comments {
          id
          kind
          quote
          body
          disposition
          reply
          disposedAt
          attributed
          personalCapacity
          paragraphId
          answeredByParagraphId
          paragraphThen {
            number
            text
          }
          author {
            id
            name
            honorific
          }
          speaksFor {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

export const disposeCommentsMutation = graphql(`
  mutation DisposeComments($input: DisposeCommentsInput!) {
    disposeComments(input: $input) {
      id
      disposition
      reply
      disposedAt
      answeredByParagraphId
    }
  }
`);

type CommentDocument = CommentTableQuery['document'];
type Round = CommentDocument['rounds'][number];
type CommentRow = Round['comments'][number];
type WorkingParagraph = NonNullable<CommentDocument['version']>['paragraphs'][number];

/**
 * Gives one disposition to the chosen comments. The rows change at once; the round's count of
 * comments still to answer, which the Finalise button reads, follows without asking the server.
 */
function useDisposeComments() {
  const [mutate] = useMutation(disposeCommentsMutation);
  return async (round: Round, comments: readonly CommentRow[], input: DisposeCommentsInput): Promise<void> => {
    const newlyDisposed = comments.filter((comment) => comment.disposition === null).length;
    const disposedAt = new Date().toISOString();
    await mutate({
      variables: { input },
      optimisticResponse: {
        disposeComments: comments.map((comment) => ({
          __typename: 'Comment' as const,
          id: comment.id,
          disposition: input.disposition,
          reply: input.reply ?? comment.reply,
          disposedAt,
          answeredByParagraphId:
            input.answeredByParagraphId === undefined
              ? comment.answeredByParagraphId
              : input.answeredByParagraphId === null
                ? null
                : String(input.answeredByParagraphId),
        })),
      },
      update(cache) {
        if (newlyDisposed === 0) return;
        cache.modify({
          id: cache.identify({ __typename: 'CommentRound', id: round.id }),
          fields: { undisposedCount: (count: number) => Math.max(0, count - newlyDisposed) },
        });
      },
    });
  };
}

/** "paragraph 3", or "a heading" for the unnumbered ones. */
function paragraphName(then: CommentRow['paragraphThen']): string {
  return then.number === null ? 'a heading' : `paragraph ${then.number}`;
}

/** Who wrote the comment, as the row says it; names are never shown for a non-attributed comment. */
function authorName(comment: CommentRow): string {
  if (!comment.attributed || !comment.author) return 'Non-attributed';
  const committee = comment.speaksFor
    ? (comment.speaksFor.acronym ?? comment.speaksFor.name)
    : comment.personalCapacity
      ? 'personal capacity'
      : null;
  return committee ? `${displayName(comment.author)}, ${committee}` : displayName(comment.author);
}

/** A name for each row's controls, unique within the table: "comment on paragraph 3 by Dr 김민준, CSCAP-Korea". */
function rowNames(comments: readonly CommentRow[]): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const comment of comments) {
    const base = `comment on ${paragraphName(comment.paragraphThen)} by ${authorName(comment)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    names.set(comment.id, count === 1 ? base : `${base} (${count})`);
  }
  return names;
}

function shorten(text: string, length = 70): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function paragraphOptions(paragraphs: readonly WorkingParagraph[]) {
  return paragraphs.map((paragraph) => ({
    value: paragraph.paragraphId,
    label:
      paragraph.number === null
        ? `Heading: ${shorten(paragraph.text)}`
        : `Paragraph ${paragraph.number}: ${shorten(paragraph.text)}`,
  }));
}

const ALL = 'ALL';
const NO_DISPOSITION = 'NONE';
const PERSONAL = 'PERSONAL';

function isKind(value: string | null): value is CommentKind {
  return Object.values(CommentKind).some((kind) => kind === value);
}

function isDisposition(value: string | null): value is Disposition {
  return Object.values(Disposition).some((disposition) => disposition === value);
}

interface Filters {
  kind: CommentKind | null;
  /** A disposition, or NONE for comments still without one. */
  disposition: Disposition | typeof NO_DISPOSITION | null;
  /** An organization id, or PERSONAL for comments in personal capacity. */
  committee: string | null;
  text: string;
}

function readFilters(params: URLSearchParams): Filters {
  const kind = params.get('kind');
  const disposition = params.get('disposition');
  return {
    kind: isKind(kind) ? kind : null,
    disposition: disposition === NO_DISPOSITION || isDisposition(disposition) ? disposition : null,
    committee: params.get('committee') || null,
    text: params.get('q') ?? '',
  };
}

function matches(comment: CommentRow, filters: Filters, names: Map<string, string>): boolean {
  if (filters.kind && comment.kind !== filters.kind) return false;
  if (filters.disposition === NO_DISPOSITION && comment.disposition !== null) return false;
  if (filters.disposition && filters.disposition !== NO_DISPOSITION && comment.disposition !== filters.disposition) {
    return false;
  }
  if (filters.committee === PERSONAL && comment.personalCapacity !== true) return false;
  if (filters.committee && filters.committee !== PERSONAL && comment.speaksFor?.id !== filters.committee) return false;
  const wanted = filters.text.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  const haystack = [
    comment.body,
    comment.quote ?? '',
    comment.reply,
    comment.paragraphThen.text,
    names.get(comment.id) ?? '',
    comment.speaksFor?.name ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
  return haystack.includes(wanted);
}

/** "12 of 15 comments have a disposition; 3 remain". */
export function progressText(disposed: number, total: number): string {
  if (total > 0 && disposed === total) {
    return total === 1 ? 'The one comment has a disposition' : `All ${total} comments have a disposition`;
  }
  const remaining = total - disposed;
  return `${disposed} of ${total} ${total === 1 ? 'comment has' : 'comments have'} a disposition; ${remaining} remain${remaining === 1 ? 's' : ''}`;
}

const dispositionOptions = Object.values(Disposition).map((value) => ({ value, label: dispositionLabels[value] }));

const DISPOSE_FIELDS = ['disposition', 'reply', 'answeredByParagraphId'] as const;
type DisposeField = (typeof DISPOSE_FIELDS)[number];

interface DisposeValues {
  disposition: Disposition;
  reply: string;
  answeredByParagraphId: string | null;
}

interface DisposeFormProps {
  /** Several comments at once: an empty reply keeps each comment's own, and the form stays after applying. */
  bulk: boolean;
  initial: { disposition: Disposition | null; reply: string; answeredByParagraphId: string | null };
  paragraphs: readonly WorkingParagraph[];
  submitLabel: string;
  /** Nothing to apply to yet. */
  disabled?: boolean;
  onSubmit: (values: DisposeValues) => Promise<void>;
  onCancel?: () => void;
}

/** A disposition, a reply, and the paragraph whose change answers the comment. */
function DisposeForm({
  bulk,
  initial,
  paragraphs,
  submitLabel,
  disabled = false,
  onSubmit,
  onCancel,
}: DisposeFormProps) {
  const [disposition, setDisposition] = useState<Disposition | null>(initial.disposition);
  const [reply, setReply] = useState(initial.reply);
  const [answeredBy, setAnsweredBy] = useState<string | null>(initial.answeredByParagraphId);
  const [errors, setErrors] = useState<Partial<Record<DisposeField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const options = useMemo(() => paragraphOptions(paragraphs), [paragraphs]);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (disposition === null) {
      setErrors({ disposition: 'Choose the disposition.' });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit({ disposition, reply, answeredByParagraphId: answeredBy });
      if (bulk) {
        setDisposition(null);
        setReply('');
        setAnsweredBy(null);
      }
    } catch (error) {
      const split = toFormErrors(error, DISPOSE_FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Disposition"
            required
            data={dispositionOptions}
            value={disposition}
            onChange={(value) => {
              setDisposition(isDisposition(value) ? value : null);
              setErrors({});
            }}
            allowDeselect={false}
            error={errors.disposition}
            miw={200}
          />
          {options.length > 0 && (
            <Select
              label="Answered by paragraph"
              description="The paragraph of the working version whose change answers the comment."
              searchable
              clearable
              clearButtonProps={{ 'aria-label': 'Clear the answering paragraph' }}
              data={options}
              value={answeredBy}
              onChange={setAnsweredBy}
              error={errors.answeredByParagraphId}
              nothingFoundMessage="No paragraph matches"
              miw={200}
            />
          )}
        </Group>
        <Textarea
          label="Reply"
          description={bulk ? 'Leave empty to keep each comment’s own reply.' : 'What the co-chairs answer.'}
          autosize
          minRows={2}
          maxLength={limits.longText}
          value={reply}
          onChange={(event) => {
            setReply(event.currentTarget.value);
          }}
          error={errors.reply}
        />
        <FormErrorAlert messages={formErrors} title="No disposition was given" />
        {onCancel ? (
          <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
        ) : (
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function RoundResponses({ round }: { round: Round }) {
  if (round.recipients.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={`Responses to round ${round.number}`}>
        <Table.Caption>Responses to round {round.number}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Recipient</Table.Th>
            <Table.Th scope="col">Response</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
            <Table.Th scope="col">Responded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.recipients.map((recipient) => (
            <Table.Tr key={recipient.id}>
              <Table.Th scope="row" fw={500}>
                {recipient.organization ? (
                  <ScriptText>{recipient.organization.name}</ScriptText>
                ) : recipient.person ? (
                  <ScriptText>{displayName(recipient.person)}</ScriptText>
                ) : (
                  '—'
                )}
              </Table.Th>
              <Table.Td>{recipientResponseLabels[recipient.response]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{recipient.responseNote}</Table.Td>
              <Table.Td>{recipient.respondedAt ? <Moment at={recipient.respondedAt} /> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ByWhom({ comment }: { comment: CommentRow }) {
  if (!comment.attributed || !comment.author) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Non-attributed
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        <ScriptText>{displayName(comment.author)}</ScriptText>
      </Text>
      <Text size="sm" c="dimmed">
        {comment.speaksFor ? (
          <OrganizationShortName organization={comment.speaksFor} />
        ) : comment.personalCapacity ? (
          'personal capacity'
        ) : null}
      </Text>
    </Stack>
  );
}

export interface CommentTableProps {
  documentId: string;
}

/**
 * The compilation of comments and responses for one round: who answered how, every comment with
 * the paragraph as it read then, and the co-chairs' disposition and reply. Co-chairs give
 * dispositions here, one comment at a time or many at once. The filters live in the address, so a
 * view can be shared.
 */
export function CommentTable({ documentId }: CommentTableProps) {
  const { data, loading, error, refetch } = useQuery(commentTableQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [disposing, setDisposing] = useState<CommentRow | null>(null);
  const dispose = useDisposeComments();
  const { message, announce } = useAnnouncement();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const headingId = useId();
  const progressLabelId = useId();

  const document = data?.document;
  const rounds = document?.rounds ?? [];
  const requested = Number(searchParams.get('round'));
  const round = rounds.find((candidate) => candidate.number === requested) ?? rounds.at(-1);
  const comments = useMemo(() => round?.comments ?? [], [round]);
  const names = useMemo(() => rowNames(comments), [comments]);
  // Typing is kept here as well as in the address, so no keystroke waits for the router.
  const [text, setText] = useState(() => searchParams.get('q') ?? '');
  const filters = { ...readFilters(searchParams), text };
  const shown = comments.filter((comment) => matches(comment, filters, names));
  // Only what is shown can be acted on: a filter hides a comment from the selection too.
  const chosen = shown.filter((comment) => selected.has(comment.id));

  if (loading && !document) return <LoadingState label="Loading the comments…" />;
  if (!document) {
    return (
      <ErrorState
        title="The comments could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  if (!round) {
    return (
      <EmptyState
        title="No comment rounds yet"
        description="Once the co-chairs circulate the text for comment, the comments and the responses to them are compiled here."
      />
    );
  }

  const canDispose =
    document.viewerCanEdit &&
    (document.status === DocumentStatus.IN_COMMENT_ROUND || document.status === DocumentStatus.REVISING);
  const paragraphs = document.version?.isWorking ? document.version.paragraphs : [];
  const paragraphNumbers = new Map(
    (document.version?.paragraphs ?? []).map((paragraph) => [paragraph.paragraphId, paragraph.number]),
  );
  const disposed = comments.filter((comment) => comment.disposition !== null).length;
  const filtered = filters.kind || filters.disposition || filters.committee || filters.text.trim() !== '';
  const committees = [
    ...new Map(
      comments.flatMap((comment) => (comment.speaksFor ? [[comment.speaksFor.id, comment.speaksFor] as const] : [])),
    ).values(),
  ].sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name, 'en'));
  const anyPersonal = comments.some((comment) => comment.personalCapacity === true);
  const currentRound = round;

  function setParam(name: string, value: string | null) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '' || value === ALL) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  }

  function clearFilters() {
    setText('');
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of ['kind', 'disposition', 'committee', 'q']) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const allShownSelected = shown.length > 0 && chosen.length === shown.length;

  async function handleBulk(values: DisposeValues) {
    const ids = chosen.map((comment) => comment.id);
    await dispose(currentRound, chosen, {
      commentIds: ids,
      disposition: values.disposition,
      reply: values.reply.trim() === '' ? undefined : values.reply.trim(),
      answeredByParagraphId: values.answeredByParagraphId ?? undefined,
    });
    setSelected(new Set());
    announce(
      `${dispositionLabels[values.disposition]}: ${ids.length === 1 ? '1 comment' : `${ids.length} comments`} disposed of.`,
    );
  }

  async function handleSingle(comment: CommentRow, values: DisposeValues) {
    await dispose(currentRound, [comment], {
      commentIds: [comment.id],
      disposition: values.disposition,
      reply: values.reply.trim(),
      answeredByParagraphId: values.answeredByParagraphId,
    });
    setDisposing(null);
    announce(`${dispositionLabels[values.disposition]}: the ${names.get(comment.id) ?? 'comment'}.`);
  }

  const applyLabel = `Apply to ${chosen.length === 1 ? '1 comment' : `${chosen.length} comments`}`;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          Compilation of comments and responses
        </Title>
        <Group component="nav" aria-label="Export the comment table" gap="xs">
          <Anchor href={documentDownloadUrl(documentId, `comments.docx?round=${currentRound.number}`)} download>
            Export comment table (Word)
          </Anchor>
          <Anchor href={documentDownloadUrl(documentId, `comments.xlsx?round=${currentRound.number}`)} download>
            Export comment table (Excel)
          </Anchor>
        </Group>
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label="Round"
          data={rounds.map((candidate) => ({
            value: String(candidate.number),
            label: `Round ${candidate.number} (version ${candidate.versionNumber})`,
          }))}
          value={String(currentRound.number)}
          onChange={(value) => {
            setParam('round', value);
          }}
          allowDeselect={false}
          w={220}
        />
        <Text size="sm" c="dimmed">
          {currentRound.closedAt ? (
            <>
              Closed <Moment at={currentRound.closedAt} />
            </>
          ) : (
            <>
              Open until <RoundDeadline closesAt={currentRound.closesAt} />
            </>
          )}
          {currentRound.attribution === AttributionMode.NON_ATTRIBUTED &&
            (document.viewerCanEdit
              ? ' · Non-attributed: recipients see comments without names; you see who wrote them.'
              : ' · Non-attributed: comments are shown without names.')}
        </Text>
      </Group>

      <RoundResponses round={currentRound} />
      <RoundNotices documentId={document.id} roundId={currentRound.id} />

      {comments.length === 0 ? (
        <EmptyState
          title={`No comments in round ${currentRound.number}`}
          description="Comments made in this round appear here, each with the paragraph it is about."
        />
      ) : (
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" id={progressLabelId}>
              {progressText(disposed, comments.length)}
            </Text>
            <Progress.Root
              size="lg"
              role="progressbar"
              aria-label="Comments with a disposition"
              aria-valuemin={0}
              aria-valuemax={comments.length}
              aria-valuenow={disposed}
              aria-valuetext={progressText(disposed, comments.length)}
            >
              <Progress.Section
                value={(disposed / comments.length) * 100}
                withAria={false}
                color={disposed === comments.length ? 'green' : 'plenary'}
              />
            </Progress.Root>
          </Stack>

          <Fieldset legend="Filter comments" radius="md" p="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label="Kind"
                data={[
                  { value: ALL, label: 'All kinds' },
                  ...Object.values(CommentKind).map((kind) => ({ value: kind, label: commentKindLabels[kind] })),
                ]}
                value={filters.kind ?? ALL}
                onChange={(value) => {
                  setParam('kind', value);
                }}
                allowDeselect={false}
                w={170}
              />
              <Select
                label="Disposed as"
                data={[
                  { value: ALL, label: 'Any' },
                  { value: NO_DISPOSITION, label: 'No disposition yet' },
                  ...dispositionOptions,
                ]}
                value={filters.disposition ?? ALL}
                onChange={(value) => {
                  setParam('disposition', value);
                }}
                allowDeselect={false}
                w={200}
              />
              <Select
                label="Committee"
                data={[
                  { value: ALL, label: 'All committees' },
                  ...committees.map((committee) => ({
                    value: committee.id,
                    label: committee.acronym ?? committee.name,
                  })),
                  ...(anyPersonal ? [{ value: PERSONAL, label: 'Personal capacity' }] : []),
                ]}
                value={filters.committee ?? ALL}
                onChange={(value) => {
                  setParam('committee', value);
                }}
                allowDeselect={false}
                searchable
                w={200}
              />
              <TextInput
                label="Search comments"
                type="search"
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  setParam('q', event.currentTarget.value);
                }}
                w={220}
              />
              {filtered && (
                <Button variant="subtle" onClick={clearFilters}>
                  Clear filters
                </Button>
              )}
            </Group>
          </Fieldset>

          <Text size="sm" aria-live="polite">
            {filtered
              ? `Showing ${shown.length} of ${comments.length} comments.`
              : `${comments.length} ${comments.length === 1 ? 'comment' : 'comments'}.`}
          </Text>

          {canDispose && (
            <Paper withBorder p="md" radius="md" component="section" aria-label="Dispose of the selected comments">
              <Stack gap="sm">
                <Group justify="space-between" wrap="wrap">
                  <Checkbox
                    label="Select all shown"
                    checked={allShownSelected}
                    indeterminate={chosen.length > 0 && !allShownSelected}
                    disabled={shown.length === 0}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setSelected(on ? new Set(shown.map((comment) => comment.id)) : new Set());
                    }}
                  />
                  <Text size="sm" c="dimmed">
                    {chosen.length === 0
                      ? 'Select comments to give them one disposition together.'
                      : `${chosen.length} selected`}
                  </Text>
                </Group>
                <DisposeForm
                  bulk
                  initial={{ disposition: null, reply: '', answeredByParagraphId: null }}
                  paragraphs={paragraphs}
                  submitLabel={applyLabel}
                  disabled={chosen.length === 0}
                  onSubmit={handleBulk}
                />
              </Stack>
            </Paper>
          )}

          {shown.length === 0 ? (
            <EmptyState
              title="No comment matches the filters"
              actions={
                <Button variant="default" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <Table.ScrollContainer minWidth={canDispose ? 1040 : 900}>
              <Table
                verticalSpacing="sm"
                aria-label={`Comments of round ${currentRound.number}`}
                style={{ verticalAlign: 'top' }}
              >
                <Table.Caption>
                  Comments of round {currentRound.number}, in paragraph order
                  {filtered ? ` (${shown.length} of ${comments.length} shown)` : ''}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {canDispose && (
                      <Table.Th scope="col">
                        <VisuallyHidden>Selected</VisuallyHidden>
                      </Table.Th>
                    )}
                    <Table.Th scope="col">Paragraph</Table.Th>
                    <Table.Th scope="col">Comment</Table.Th>
                    <Table.Th scope="col">By</Table.Th>
                    <Table.Th scope="col">Disposition</Table.Th>
                    <Table.Th scope="col">Reply</Table.Th>
                    {canDispose && (
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((comment) => {
                    const name = names.get(comment.id) ?? 'comment';
                    const answeredBy =
                      comment.answeredByParagraphId !== null
                        ? paragraphNumbers.get(comment.answeredByParagraphId)
                        : undefined;
                    return (
                      <Table.Tr key={comment.id} style={{ verticalAlign: 'top' }}>
                        {canDispose && (
                          <Table.Td>
                            <Checkbox
                              aria-label={`Select ${name}`}
                              checked={selected.has(comment.id)}
                              onChange={(event) => {
                                toggle(comment.id, event.currentTarget.checked);
                              }}
                            />
                          </Table.Td>
                        )}
                        <Table.Td maw={280}>
                          <Text size="sm" fw={600}>
                            {comment.paragraphThen.number === null ? 'Heading' : `¶ ${comment.paragraphThen.number}`}
                          </Text>
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                            {comment.paragraphThen.text}
                          </Text>
                        </Table.Td>
                        <Table.Td maw={360}>
                          <Stack gap={4} align="flex-start">
                            <Badge variant="light" color="gray" c="dark.7" size="sm">
                              {commentKindLabels[comment.kind]}
                            </Badge>
                            {comment.quote && (
                              <Text component="blockquote" size="sm" fs="italic" m={0}>
                                “{comment.quote}”
                              </Text>
                            )}
                            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                              {comment.body}
                            </Text>
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <ByWhom comment={comment} />
                        </Table.Td>
                        <Table.Td>
                          {comment.disposition ? (
                            <Text size="sm">{dispositionLabels[comment.disposition]}</Text>
                          ) : (
                            <Text size="sm" c="dimmed">
                              No disposition yet
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td maw={320}>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {comment.reply}
                          </Text>
                          {answeredBy !== undefined && (
                            <Text size="xs" c="dimmed">
                              {answeredBy === null ? 'Answered by a heading' : `Answered by paragraph ${answeredBy}`}
                            </Text>
                          )}
                        </Table.Td>
                        {canDispose && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-label={
                                comment.disposition ? `Change the disposition of the ${name}` : `Dispose of the ${name}`
                              }
                              onClick={() => {
                                setDisposing(comment);
                              }}
                            >
                              {comment.disposition ? 'Change' : 'Dispose'}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}

      <Modal
        opened={disposing !== null}
        onClose={() => {
          setDisposing(null);
        }}
        title="Dispose of the comment"
        size="lg"
        fullScreen={phone}
      >
        {disposing && (
          <Stack gap="md">
            <Text size="sm">
              The {names.get(disposing.id) ?? 'comment'}: “{shorten(disposing.body, 200)}”
            </Text>
            <DisposeForm
              bulk={false}
              initial={{
                disposition: disposing.disposition,
                reply: disposing.reply,
                answeredByParagraphId: disposing.answeredByParagraphId,
              }}
              paragraphs={paragraphs}
              submitLabel="Save disposition"
              onSubmit={(values) => handleSingle(disposing, values)}
              onCancel={() => {
                setDisposing(null);
              }}
            />
          </Stack>
        )}
      </Modal>
      <LiveRegion message={message} />
    </Stack>
  );
}
