import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  AttributionMode,
  attributionModeLabels,
  DocumentDecision,
  documentDecisionLabels,
  DocumentStatus,
  documentStatusLabels,
  documentStatusMachine,
  limits,
  OrganizationKind,
  type ErrorReason,
} from '@plenary/shared';
import { useId, useMemo, useState, type ReactNode, type SubmitEvent } from 'react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { DocumentActions_DocumentFragment } from '../../../__generated__/graphql';
import { toApiError, toFormErrors } from '../../../app/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { ErrorState } from '../../../ui/error-state';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { timeZoneLabel, viewerTimeZone } from '../../../ui/time-zone';
import { displayName } from '../../participants/components/participant-text';
import { usePeopleSearch } from '../../participants/hooks/use-people-search';
import type { ChosenPerson } from '../../people/components/person-select';
import { organizationLabel } from '../../study-groups/components/study-group-text';
import {
  useStudyGroupOrganizations,
  type OrganizationChoice,
} from '../../study-groups/hooks/use-study-group-organizations';
import { CirculationAudience, RoundMailPreview } from './circulation-audience';
import { RoundDeadline } from './round-deadline';

export const documentActionsFragment = graphql(`
  fragment DocumentActions_document on Document {
    id
    title
    status
    viewerCanEdit
    viewerCanDecide
    viewerCanPublish
    submittedTo {
      id
      name
    }
    studyGroup {
      id
      reportsTo {
        id
        name
      }
      committees {
        role
        organization {
          id
          name
          acronym
        }
      }
    }
    openRound {
      id
      number
      status
      closesAt
    }
    rounds {
      id
      number
      status
      undisposedCount
    }
    circulationDefaults {
      attribution
      closesAt
      followsRound
      organizations {
        id
      }
      people {
        id
        name
        honorific
      }
    }
  }
`);

export const documentActionsQuery = graphql(`
  query DocumentActions($id: ID!) {
    document(id: $id) {
      id
      ...DocumentActions_document
    }
  }
`);

export const circulateDocumentMutation = graphql(`
  mutation CirculateDocument($input: CirculateDocumentInput!) {
    circulateDocument(input: $input) {
      id
      ...DocumentActions_document
    }
  }
`);

export const closeCommentRoundMutation = graphql(`
  mutation CloseCommentRound($id: ID!) {
    closeCommentRound(id: $id) {
      id
      status
      closedAt
      closedAtDeadline
      acceptingComments
    }
  }
`);

export const finaliseDocumentMutation = graphql(`
  mutation FinaliseDocument($id: ID!) {
    finaliseDocument(id: $id) {
      id
      ...DocumentActions_document
    }
  }
`);

export const submitDocumentMutation = graphql(`
  mutation SubmitDocument($id: ID!) {
    submitDocument(id: $id) {
      id
      submittedAt
      ...DocumentActions_document
    }
  }
`);

export const decideDocumentMutation = graphql(`
  mutation DecideDocument($input: DecideDocumentInput!) {
    decideDocument(input: $input) {
      id
      ...DocumentActions_document
    }
  }
`);

export const publishDocumentMutation = graphql(`
  mutation PublishDocument($input: PublishDocumentInput!) {
    publishDocument(input: $input) {
      id
      publishedAt
      ...DocumentActions_document
    }
  }
`);

/** Where the API serves a document's files; the session cookie goes with the request. */
export function documentDownloadUrl(documentId: string, file: string): string {
  return `/documents/${encodeURIComponent(documentId)}/${file}`;
}

/** "3 comments still need a disposition". */
export function undisposedText(count: number): string {
  return count === 1 ? '1 comment still needs a disposition' : `${count} comments still need a disposition`;
}

/**
 * A workflow step changes what every tab shows (versions, rounds, history), so every query on the
 * screen is asked again; the step's own answer already updates these buttons.
 */
const refetchAfterStep = { refetchQueries: 'active' as const };

/** The workflow mutations, each updating the cache so the buttons follow at once. */
function useWorkflowMutations() {
  const [circulate] = useMutation(circulateDocumentMutation, refetchAfterStep);
  const [closeRound] = useMutation(closeCommentRoundMutation, refetchAfterStep);
  const [finalise] = useMutation(finaliseDocumentMutation, refetchAfterStep);
  const [submit] = useMutation(submitDocumentMutation, refetchAfterStep);
  const [decide] = useMutation(decideDocumentMutation, refetchAfterStep);
  const [publish] = useMutation(publishDocumentMutation, refetchAfterStep);
  return {
    circulate,
    async closeRound(documentId: string, roundId: string) {
      await closeRound({
        variables: { id: roundId },
        update(cache) {
          // Closing the round hands the text back to the co-chairs (PRODUCT.md, the memorandum workflow).
          cache.modify({
            id: cache.identify({ __typename: 'Document', id: documentId }),
            fields: { status: () => DocumentStatus.REVISING, openRound: () => null },
          });
        },
      });
    },
    finalise,
    submit,
    decide,
    publish,
  };
}

const refusalMessages: Partial<Record<ErrorReason, string>> = {
  INVALID_TRANSITION:
    'Someone moved the document on meanwhile. The page now shows where it stands: check it, and try again if this step is still needed.',
  ROUND_CLOSED: 'The round has already closed, at its deadline or by another co-chair.',
  NO_REPORTING_BODY:
    'The study group reports to no body, so there is nowhere to submit the text. Its secretariat can name the body it reports to.',
};

function describeRefusal(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.reason === 'UNDISPOSED_COMMENTS') {
    return `${apiError.message} Give each one a disposition in the comment table, then finalise.`;
  }
  return (apiError.reason && refusalMessages[apiError.reason]) ?? apiError.message;
}

/** Refusals that mean the screen is out of date. */
const staleReasons: readonly (ErrorReason | undefined)[] = [
  'INVALID_TRANSITION',
  'ROUND_CLOSED',
  'UNDISPOSED_COMMENTS',
];

/** `2030-03-31T17:00` in the viewer's own time zone, for a datetime-local input. */
function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as a moment; undefined when empty or not a time. */
function fromLocalInput(value: string): Date | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Member committees first, then every other institution, each by name. */
function organizationGroups(organizations: readonly OrganizationChoice[]) {
  const option = (organization: OrganizationChoice) => ({
    value: organization.id,
    label: organizationLabel(organization),
  });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');
  const committees = organizations.filter((o) => o.kind === OrganizationKind.MEMBER_COMMITTEE).map(option);
  const others = organizations.filter((o) => o.kind !== OrganizationKind.MEMBER_COMMITTEE).map(option);
  return [
    { group: 'Member committees', items: committees.sort(byLabel) },
    { group: 'Other institutions', items: others.sort(byLabel) },
  ].filter((group) => group.items.length > 0);
}

interface PeopleMultiSelectProps {
  label: string;
  description: string;
  value: readonly ChosenPerson[];
  onChange: (people: ChosenPerson[]) => void;
  error: string | undefined;
}

/** Several people from the directory, searched on the server as the person types. */
function PeopleMultiSelect({ label, description, value, onChange, error }: PeopleMultiSelectProps) {
  const [search, setSearch] = useState('');
  const { people, loading } = usePeopleSearch(search);
  const found = people.map((person) => ({ value: person.id, label: displayName(person) }));
  // The people already chosen stay options when a later search no longer finds them.
  const data = [...value.filter((chosen) => !found.some((option) => option.value === chosen.value)), ...found];
  return (
    <MultiSelect
      label={label}
      description={description}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by name, in every script; filtering again here would hide matches.
      filter={({ options }) => options}
      data={data}
      value={value.map((person) => person.value)}
      onChange={(ids) => {
        onChange(
          ids.flatMap((id) => {
            const option = data.find((candidate) => candidate.value === id);
            return option ? [option] : [];
          }),
        );
      }}
      nothingFoundMessage={loading ? 'Searching…' : 'Nobody by that name in the directory.'}
      error={error}
    />
  );
}

const CIRCULATE_FIELDS = [
  'organizationIds',
  'personIds',
  'opensAt',
  'closesAt',
  'instructions',
  'attribution',
] as const;
type CirculateField = (typeof CIRCULATE_FIELDS)[number];

function isAttributionMode(value: string): value is AttributionMode {
  return Object.values(AttributionMode).some((mode) => mode === value);
}

interface CirculateFormProps {
  document: DocumentActions_DocumentFragment;
  onDone: () => void;
  onCancel: () => void;
}

/** Whom the working text goes to, when comments open and close, and whether names are shown. */
function CirculateForm({ document, onDone, onCancel }: CirculateFormProps) {
  const { circulate } = useWorkflowMutations();
  const { organizations, loading } = useStudyGroupOrganizations();
  const groupData = useMemo(() => organizationGroups(organizations), [organizations]);
  // A round goes where the last one went, named the same way and for as long; a first round, to
  // the group's member committees.
  const defaults = document.circulationDefaults;
  const [organizationIds, setOrganizationIds] = useState<string[]>(
    () =>
      defaults?.organizations.map((organization) => organization.id) ??
      document.studyGroup?.committees.map((committee) => committee.organization.id) ??
      [],
  );
  const [experts, setExperts] = useState<ChosenPerson[]>(
    () => defaults?.people.map((person) => ({ value: person.id, label: displayName(person) })) ?? [],
  );
  const [opens, setOpens] = useState(() => toLocalInput(new Date()));
  const [closes, setCloses] = useState(() => (defaults?.closesAt ? toLocalInput(new Date(defaults.closesAt)) : ''));
  const [instructions, setInstructions] = useState('');
  const [attribution, setAttribution] = useState<AttributionMode>(
    () => defaults?.attribution ?? AttributionMode.ATTRIBUTED,
  );
  const personIds = experts.map((person) => person.value);
  const [errors, setErrors] = useState<Partial<Record<CirculateField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const zone = timeZoneLabel(viewerTimeZone());

  function validate(): Partial<Record<CirculateField, string>> {
    const found: Partial<Record<CirculateField, string>> = {};
    if (organizationIds.length + experts.length === 0) {
      found.organizationIds = 'Choose at least one committee, institution or expert to circulate to.';
    }
    const opensAt = fromLocalInput(opens);
    const closesAt = fromLocalInput(closes);
    if (!opensAt) found.opensAt = 'Choose when comments may start.';
    if (!closesAt) found.closesAt = 'Choose when the round closes.';
    else if (opensAt && closesAt <= opensAt) found.closesAt = 'The round must close after it opens.';
    else if (closesAt <= new Date()) found.closesAt = 'The closing time has already passed.';
    return found;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const opensAt = fromLocalInput(opens)!;
    setSubmitting(true);
    try {
      await circulate({
        variables: {
          input: {
            documentId: document.id,
            organizationIds,
            personIds,
            // A start already past means "now", which the server takes when none is given.
            opensAt: opensAt > new Date() ? opensAt.toISOString() : undefined,
            closesAt: fromLocalInput(closes)!.toISOString(),
            instructions: instructions.trim() === '' ? undefined : instructions.trim(),
            attribution,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Circulated', message: 'The comment round is open.' });
      onDone();
    } catch (error) {
      const split = toFormErrors(error, CIRCULATE_FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <Text size="sm">
          The working text is frozen as it stands and sent to the recipients: everyone who may comment and respond for a
          committee or institution, and each expert named, is told in Plenary and by e-mail. Your edits then continue in
          a new working version.
        </Text>
        {defaults?.followsRound != null && (
          <Text size="sm" c="dimmed">
            Proposed from round {defaults.followsRound}: the same recipients and attribution, and a deadline as far off
            as its own. Change anything you need.
          </Text>
        )}
        <MultiSelect
          label="Committees and institutions"
          description="Everyone who belongs to a committee or institution may comment and respond for it."
          searchable
          data={groupData}
          value={organizationIds}
          onChange={(ids) => {
            setOrganizationIds(ids);
            setErrors((current) => ({ ...current, organizationIds: undefined }));
          }}
          error={errors.organizationIds}
          nothingFoundMessage={loading ? 'Loading the directory…' : 'No organization by that name'}
        />
        <PeopleMultiSelect
          label="Named experts"
          description="Experts invited to comment in a personal capacity. Type part of a name to search."
          value={experts}
          onChange={setExperts}
          error={errors.personIds}
        />
        <CirculationAudience documentId={document.id} organizationIds={organizationIds} personIds={personIds} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Opens"
            description={`Your time zone: ${zone}`}
            type="datetime-local"
            required
            value={opens}
            onChange={(event) => {
              setOpens(event.currentTarget.value);
            }}
            error={errors.opensAt}
            miw={220}
          />
          <TextInput
            label="Closes"
            description="The round closes by itself at this time."
            type="datetime-local"
            required
            min={opens || undefined}
            value={closes}
            onChange={(event) => {
              setCloses(event.currentTarget.value);
              setErrors((current) => ({ ...current, closesAt: undefined }));
            }}
            error={errors.closesAt}
            miw={220}
          />
        </Group>
        <Textarea
          label="Instructions"
          description="Sent with the invitation to comment, e.g. what kind of comments the co-chairs need."
          autosize
          minRows={3}
          maxLength={limits.longText}
          value={instructions}
          onChange={(event) => {
            setInstructions(event.currentTarget.value);
          }}
          error={errors.instructions}
        />
        <Radio.Group
          label="Attribution"
          description="In a non-attributed round, recipients see comments without names; co-chairs always see who wrote them."
          value={attribution}
          onChange={(value) => {
            if (isAttributionMode(value)) setAttribution(value);
          }}
          error={errors.attribution}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value={AttributionMode.ATTRIBUTED}
              label={attributionModeLabels.ATTRIBUTED}
              description="Everyone who may read the comments sees who wrote them."
            />
            <Radio
              value={AttributionMode.NON_ATTRIBUTED}
              label={attributionModeLabels.NON_ATTRIBUTED}
              description="Recipients see comments without names; co-chairs always see who wrote them."
            />
          </Stack>
        </Radio.Group>
        <RoundMailPreview
          documentId={document.id}
          organizationIds={organizationIds}
          personIds={personIds}
          opensAt={fromLocalInput(opens)}
          closesAt={fromLocalInput(closes)}
          instructions={instructions}
          attribution={attribution}
        />
        <FormErrorAlert messages={formErrors} title="The text was not circulated" />
        <FormActions submitLabel="Circulate for comment" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function isDecision(value: string): value is DocumentDecision {
  return Object.values(DocumentDecision).some((decision) => decision === value);
}

const DECIDE_FIELDS = ['decision', 'meetingDate', 'meetingReference', 'guidance', 'note'] as const;

interface DecideFormProps {
  document: DocumentActions_DocumentFragment;
  onDone: () => void;
  onCancel: () => void;
  /** Called when the refusal means the screen is out of date. */
  onStale: () => void;
}

/** The body's decision on the submitted text: approved, or returned to the co-chairs with guidance. */
function DecideForm({ document, onDone, onCancel, onStale }: DecideFormProps) {
  const { decide } = useWorkflowMutations();
  const [decision, setDecision] = useState<DocumentDecision | null>(null);
  // The body usually records its decision on the day it meets.
  const [meetingDate, setMeetingDate] = useState(() => toLocalInput(new Date()).slice(0, 10));
  const [meetingReference, setMeetingReference] = useState('');
  const [guidance, setGuidance] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<(typeof DECIDE_FIELDS)[number], string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const body = document.submittedTo?.name ?? 'the body it was submitted to';

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (decision === null) {
      setErrors({ decision: 'Choose the decision.' });
      return;
    }
    if (meetingDate === '') {
      setErrors({ meetingDate: 'Give the date of the meeting that decided.' });
      return;
    }
    if (decision === DocumentDecision.RETURNED && guidance.trim() === '') {
      setErrors({ guidance: 'Say what the co-chairs should revise.' });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await decide({
        variables: {
          input: {
            documentId: document.id,
            decision,
            meetingDate,
            meetingReference: meetingReference.trim() === '' ? undefined : meetingReference.trim(),
            guidance: guidance.trim() === '' ? undefined : guidance.trim(),
            note: note.trim() === '' ? undefined : note.trim(),
          },
        },
      });
      notifications.show({ color: 'green', title: 'Decision recorded', message: documentDecisionLabels[decision] });
      onDone();
    } catch (error) {
      if (staleReasons.includes(toApiError(error).reason)) onStale();
      const split = toFormErrors(error, DECIDE_FIELDS, refusalMessages);
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <Text size="sm">
          Record the decision {body} took on the final text at one of its meetings. The drafters, the secretariat and
          the members of {body} are told.
        </Text>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Date of the meeting"
            description="The day the body met and decided."
            type="date"
            required
            value={meetingDate}
            onChange={(event) => {
              setMeetingDate(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.meetingDate}
            miw={180}
          />
          <TextInput
            label="Meeting or minute"
            description="How the body’s papers name it, e.g. “SC 35, item 4”."
            maxLength={limits.shortText}
            value={meetingReference}
            onChange={(event) => {
              setMeetingReference(event.currentTarget.value);
            }}
            error={errors.meetingReference}
            miw={180}
          />
        </Group>
        <Radio.Group
          label="Decision"
          required
          value={decision ?? ''}
          onChange={(value) => {
            if (isDecision(value)) setDecision(value);
            setErrors({});
          }}
          error={errors.decision}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value={DocumentDecision.APPROVED}
              label={documentDecisionLabels.APPROVED}
              description="The text can then be published."
            />
            <Radio
              value={DocumentDecision.RETURNED}
              label={documentDecisionLabels.RETURNED}
              description="The co-chairs revise the text in a new version, following your guidance."
            />
          </Stack>
        </Radio.Group>
        <Textarea
          label="Guidance"
          description="Required when returning the text: what the co-chairs should revise."
          required={decision === DocumentDecision.RETURNED}
          autosize
          minRows={3}
          maxLength={limits.longText}
          value={guidance}
          onChange={(event) => {
            setGuidance(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.guidance}
        />
        <Textarea
          label="Note"
          description="Anything else the body said with its decision, as its minutes record it."
          autosize
          minRows={2}
          maxLength={limits.longText}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
          }}
          error={errors.note}
        />
        <FormErrorAlert messages={formErrors} title="No decision was recorded" />
        <FormActions submitLabel="Record decision" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

const PUBLISH_FIELDS = ['organizationIds', 'personIds'] as const;

interface PublishFormProps {
  document: DocumentActions_DocumentFragment;
  onDone: () => void;
  onCancel: () => void;
}

/** Publishes the approved text and sends it to the dissemination list. */
function PublishForm({ document, onDone, onCancel }: PublishFormProps) {
  const { publish } = useWorkflowMutations();
  const { organizations, loading } = useStudyGroupOrganizations();
  const groupData = useMemo(() => organizationGroups(organizations), [organizations]);
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [experts, setExperts] = useState<ChosenPerson[]>([]);
  const [errors, setErrors] = useState<Partial<Record<(typeof PUBLISH_FIELDS)[number], string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    setErrors({});
    setSubmitting(true);
    try {
      await publish({
        variables: {
          input: { documentId: document.id, organizationIds, personIds: experts.map((person) => person.value) },
        },
      });
      notifications.show({ color: 'green', title: 'Published', message: `“${document.title}” is published.` });
      onDone();
    } catch (error) {
      const split = toFormErrors(error, PUBLISH_FIELDS, refusalMessages);
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <Text size="sm">
          The approved text becomes public and is e-mailed, with its Word and PDF files, to the dissemination list.
        </Text>
        <MultiSelect
          label="Institutions"
          description="Institutions the published text is sent to."
          searchable
          data={groupData}
          value={organizationIds}
          onChange={setOrganizationIds}
          error={errors.organizationIds}
          nothingFoundMessage={loading ? 'Loading the directory…' : 'No organization by that name'}
        />
        <PeopleMultiSelect
          label="Experts"
          description="Experts it is sent to. Type part of a name to search."
          value={experts}
          onChange={setExperts}
          error={errors.personIds}
        />
        <FormErrorAlert messages={formErrors} title="The text was not published" />
        <FormActions submitLabel="Publish" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

interface ActionButtonProps {
  children: ReactNode;
  onClick: () => void;
  /** Why the step is not possible yet; the button is then disabled and this is shown beside it. */
  blockedBecause?: string | undefined;
  variant?: 'filled' | 'default';
}

function ActionButton({ children, onClick, blockedBecause, variant = 'filled' }: ActionButtonProps) {
  const reasonId = useId();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={variant}
        disabled={blockedBecause !== undefined}
        aria-describedby={blockedBecause !== undefined ? reasonId : undefined}
        onClick={onClick}
      >
        {children}
      </Button>
      {blockedBecause !== undefined && (
        <Text id={reasonId} size="sm" c="dimmed">
          {blockedBecause}
        </Text>
      )}
    </Stack>
  );
}

type Step = 'circulate' | 'close' | 'finalise' | 'submit' | 'decide' | 'publish';

interface WorkflowStepsProps {
  document: DocumentActions_DocumentFragment;
  /** Asks the server for the document again, after a refusal that means the screen is out of date. */
  onStale: () => void;
}

/** One button for each step the viewer may take now, with the form or confirmation it opens. */
function WorkflowSteps({ document, onStale }: WorkflowStepsProps) {
  const mutations = useWorkflowMutations();
  const [step, setStep] = useState<Step | null>(null);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const status = document.status;
  const can = (to: DocumentStatus) => documentStatusMachine.canTransition(status, to);
  const openRound = document.openRound;
  const lastRound = document.rounds.at(-1);
  const undisposed = lastRound?.undisposedCount ?? 0;
  const reportsTo = document.studyGroup?.reportsTo ?? null;
  const offers = {
    circulate: document.viewerCanEdit && can(DocumentStatus.IN_COMMENT_ROUND),
    close: document.viewerCanEdit && status === DocumentStatus.IN_COMMENT_ROUND && openRound !== null,
    finalise: document.viewerCanEdit && can(DocumentStatus.FINAL),
    submit: document.viewerCanEdit && can(DocumentStatus.SUBMITTED),
    decide: document.viewerCanDecide && can(DocumentStatus.APPROVED),
    publish: document.viewerCanPublish && can(DocumentStatus.PUBLISHED),
  };

  function close() {
    setStep(null);
  }

  async function confirmStep(run: () => Promise<unknown>) {
    try {
      await run();
    } catch (caught) {
      if (staleReasons.includes(toApiError(caught).reason)) onStale();
      throw caught;
    }
  }

  const submitLabel = reportsTo ? `Submit to ${reportsTo.name}` : 'Submit';

  return (
    <>
      {offers.circulate && (
        <ActionButton
          onClick={() => {
            setStep('circulate');
          }}
        >
          Circulate for comment
        </ActionButton>
      )}
      {offers.close && openRound && (
        <ActionButton
          onClick={() => {
            setStep('close');
          }}
        >
          Close round {openRound.number} now
        </ActionButton>
      )}
      {offers.finalise && (
        <ActionButton
          variant={offers.circulate ? 'default' : 'filled'}
          blockedBecause={undisposed > 0 ? undisposedText(undisposed) : undefined}
          onClick={() => {
            setStep('finalise');
          }}
        >
          Finalise
        </ActionButton>
      )}
      {offers.submit && (
        <ActionButton
          blockedBecause={
            reportsTo ? undefined : 'The study group reports to no body, so there is nowhere to submit the text.'
          }
          onClick={() => {
            setStep('submit');
          }}
        >
          {submitLabel}
        </ActionButton>
      )}
      {offers.decide && (
        <ActionButton
          onClick={() => {
            setStep('decide');
          }}
        >
          Record decision
        </ActionButton>
      )}
      {offers.publish && (
        <ActionButton
          onClick={() => {
            setStep('publish');
          }}
        >
          Publish
        </ActionButton>
      )}

      <Modal opened={step === 'circulate'} onClose={close} title="Circulate for comment" size="lg" fullScreen={phone}>
        {step === 'circulate' && <CirculateForm document={document} onDone={close} onCancel={close} />}
      </Modal>
      <Modal opened={step === 'decide'} onClose={close} title="Record decision" size="lg" fullScreen={phone}>
        {step === 'decide' && <DecideForm document={document} onDone={close} onCancel={close} onStale={onStale} />}
      </Modal>
      <Modal opened={step === 'publish'} onClose={close} title="Publish" size="lg" fullScreen={phone}>
        {step === 'publish' && <PublishForm document={document} onDone={close} onCancel={close} />}
      </Modal>

      <ConfirmDialog
        opened={step === 'close' && openRound !== null}
        title={openRound ? `Close round ${openRound.number} now?` : ''}
        confirmLabel={openRound ? `Close round ${openRound.number} now` : ''}
        onConfirm={() =>
          confirmStep(() => (openRound ? mutations.closeRound(document.id, openRound.id) : Promise.resolve()))
        }
        onClose={close}
        describeError={describeRefusal}
      >
        {openRound && (
          <Text>
            The round would otherwise close by itself on <RoundDeadline closesAt={openRound.closesAt} />. Once it is
            closed nobody can comment any more, and the document goes back to the co-chairs for revision.
          </Text>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        opened={step === 'finalise'}
        title="Finalise the text?"
        confirmLabel="Finalise"
        onConfirm={() => confirmStep(() => mutations.finalise({ variables: { id: document.id } }))}
        onClose={close}
        describeError={describeRefusal}
      >
        <Text>
          The working version is frozen as the final text. It can then only be submitted; it changes again only if{' '}
          {reportsTo?.name ?? 'the body it is submitted to'} returns it with guidance.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={step === 'submit'}
        title={`${submitLabel}?`}
        confirmLabel={submitLabel}
        onConfirm={() => confirmStep(() => mutations.submit({ variables: { id: document.id } }))}
        onClose={close}
        describeError={describeRefusal}
      >
        <Text>
          The final text goes to {reportsTo?.name ?? 'the body the study group reports to'}, whose members are told and
          record their decision. The document is then {documentStatusLabels.SUBMITTED.toLowerCase()}.
        </Text>
      </ConfirmDialog>
    </>
  );
}

export interface DocumentActionsProps {
  documentId: string;
}

/**
 * The workflow step the viewer may take now (PRODUCT.md, "The memorandum workflow"), asked for
 * with a form or a confirmation, and the document's files to download.
 */
export function DocumentActions({ documentId }: DocumentActionsProps) {
  const { data, error, refetch } = useQuery(documentActionsQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  const document = data ? getFragmentData(documentActionsFragment, data.document) : undefined;

  if (!document && error) {
    return (
      <ErrorState
        title="The document’s actions could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  // Until the document is known only the downloads show, in the place they keep afterwards.
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      {document && (
        <WorkflowSteps
          document={document}
          onStale={() => {
            void refetch();
          }}
        />
      )}
      <Group component="nav" aria-label="Download the document" gap="xs">
        <Button component="a" variant="default" href={documentDownloadUrl(documentId, 'document.docx')} download>
          Word (.docx)
        </Button>
        <Button component="a" variant="default" href={documentDownloadUrl(documentId, 'document.pdf')} download>
          PDF
        </Button>
      </Group>
    </Group>
  );
}
