import { ActionIcon, Button, Fieldset, Group, Input, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  AgendaItemKind,
  agendaItemKindLabels,
  AgendaSpeakerRole,
  agendaSpeakerRoleLabels,
  fromZoned,
  isLocalTime,
  limits,
  type LocalDate,
} from '@plenary/shared';
import { useEffect, useId, useRef } from 'react';
import type { AgendaItemInput } from '../../../__generated__/graphql';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { EditableList } from '../../../ui/editable-list';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import { timeZoneLabel } from '../../../ui/time-zone';
import { AgendaPapersField, type PaperValue } from './agenda-papers-field';
import { formatAgendaDate } from './agenda-time';
import { FormActions } from '../../../ui/form-actions';

/** A speaker chosen from the people offered, or named in words before anyone is invited ("TBC"). */
export interface SpeakerValue {
  personId: string;
  name: string;
  role: AgendaSpeakerRole;
}

/** What an agenda prints for someone still to be confirmed. */
export const TO_BE_CONFIRMED = 'TBC';

/** What the form holds while it is filled in. */
export interface AgendaItemFormValues {
  kind: AgendaItemKind | '';
  title: string;
  /** HH:MM on the venue's clock, as the time inputs give it. */
  startTime: string;
  endTime: string;
  subItems: string[];
  /** '' for none. */
  chairId: string;
  /** A chair named in words ("TBC", or a name) when none is chosen; '' for none. */
  chairName: string;
  speakers: SpeakerValue[];
  /** Uploaded or already attached; saved with the item as its paperIds. */
  papers: PaperValue[];
}

export const emptyAgendaItem: AgendaItemFormValues = {
  kind: AgendaItemKind.SESSION,
  title: '',
  startTime: '',
  endTime: '',
  subItems: [],
  chairId: '',
  chairName: '',
  speakers: [],
  papers: [],
};

export const AGENDA_ITEM_FIELDS = [
  'kind',
  'title',
  'startTime',
  'endTime',
  'subItems',
  'chairId',
  'chairName',
  'speakers',
  'papers',
] as const satisfies readonly (keyof AgendaItemFormValues)[];

type Field = (typeof AGENDA_ITEM_FIELDS)[number];

export const ITEM_END_BEFORE_START_MESSAGE = 'The item must end after it starts.';

const MAX_SUB_ITEMS = 30;
const MAX_SUB_ITEM_LENGTH = 1_000;
const MAX_SPEAKERS = 40;

function isKind(value: string | null): value is AgendaItemKind {
  return value !== null && Object.hasOwn(AgendaItemKind, value);
}

function isSpeakerRole(value: string | null): value is AgendaSpeakerRole {
  return value !== null && Object.hasOwn(AgendaSpeakerRole, value);
}

function timeError(time: string, which: 'start' | 'end', date: LocalDate, timeZone: string): string | undefined {
  if (time === '') return `Enter the time the item ${which === 'start' ? 'starts' : 'ends'}, as HH:MM.`;
  if (!isLocalTime(time)) return 'Write the time as HH:MM, e.g. 09:30.';
  const zoned = fromZoned(date, time, timeZone);
  if (!zoned.ok && zoned.reason === 'NONEXISTENT_TIME') {
    return (
      `${time} does not exist at the venue on ${formatAgendaDate(date)}: the clocks skip it when daylight ` +
      'saving time begins. Choose a time outside the skipped hour.'
    );
  }
  return undefined;
}

/** Checks what the API would refuse, on the venue's clock for the item's day. */
export function validateAgendaItemForm(
  values: AgendaItemFormValues,
  { date, timeZone }: { date: LocalDate; timeZone: string },
): FormCheck<AgendaItemInput, Field> {
  const errors: FieldErrors<Field> = {};
  if (values.kind === '') errors.kind = 'Choose the kind of item.';
  const title = values.title.trim();
  if (title === '') errors.title = 'Give the item its title as the agenda should print it.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  const startError = timeError(values.startTime, 'start', date, timeZone);
  if (startError) errors.startTime = startError;
  const endError = timeError(values.endTime, 'end', date, timeZone);
  if (endError) errors.endTime = endError;
  else if (!startError && values.endTime <= values.startTime) errors.endTime = ITEM_END_BEFORE_START_MESSAGE;
  const subItems = values.subItems.map((text) => text.trim()).filter((text) => text !== '');
  if (subItems.length > MAX_SUB_ITEMS) errors.subItems = `List at most ${MAX_SUB_ITEMS} points under one item.`;
  else if (subItems.some((text) => text.length > MAX_SUB_ITEM_LENGTH))
    errors.subItems = `Keep each point under ${MAX_SUB_ITEM_LENGTH} characters.`;
  const chairName = values.chairName.trim();
  if (values.chairId !== '' && chairName !== '') errors.chairName = 'Choose the chair or write a name, not both.';
  else if (chairName.length > limits.shortText)
    errors.chairName = `Keep the name under ${limits.shortText} characters.`;
  if (values.speakers.some((speaker) => speaker.personId === '' && speaker.name.trim() === ''))
    errors.speakers = 'Choose a person or write a name (such as TBC) for each speaker, or remove the empty row.';
  else if (values.speakers.some((speaker) => speaker.personId !== '' && speaker.name.trim() !== ''))
    errors.speakers = 'For each speaker, choose a person or write a name, not both.';
  else if (values.speakers.length > MAX_SPEAKERS) errors.speakers = `List at most ${MAX_SPEAKERS} speakers.`;

  if (Object.keys(errors).length > 0 || values.kind === '') return { ok: false, errors };
  return {
    ok: true,
    data: {
      kind: values.kind,
      title,
      startTime: values.startTime,
      endTime: values.endTime,
      subItems,
      chairId: values.chairId === '' ? null : values.chairId,
      chairName: values.chairId === '' && chairName !== '' ? chairName : null,
      speakers: values.speakers
        .filter(
          (speaker, index, all) =>
            speaker.personId === '' || all.findIndex((other) => other.personId === speaker.personId) === index,
        )
        .map((speaker) =>
          speaker.personId === ''
            ? { name: speaker.name.trim(), role: speaker.role }
            : { personId: speaker.personId, role: speaker.role },
        ),
      paperIds: values.papers.map((paper) => paper.id),
    },
  };
}

export interface PersonOption {
  value: string;
  label: string;
}

const kindOptions = Object.values(AgendaItemKind).map((kind) => ({ value: kind, label: agendaItemKindLabels[kind] }));
const roleOptions = Object.values(AgendaSpeakerRole).map((role) => ({
  value: role,
  label: agendaSpeakerRoleLabels[role],
}));

interface SpeakerListProps {
  speakers: readonly SpeakerValue[];
  people: readonly PersonOption[];
  onChange: (speakers: SpeakerValue[]) => void;
  error: string | undefined;
}

function SpeakerList({ speakers, people, onChange, error }: SpeakerListProps) {
  const errorId = useId();
  const personInputs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<number | 'add' | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'add') addButton.current?.focus();
    else personInputs.current.get(target)?.focus();
  });

  function update(index: number, change: Partial<SpeakerValue>) {
    onChange(speakers.map((speaker, i) => (i === index ? { ...speaker, ...change } : speaker)));
  }

  return (
    <Fieldset
      legend="Speakers, presenters and discussants"
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
    >
      <Stack gap="xs">
        {speakers.length > 0 && (
          <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {speakers.map((speaker, index) => {
              // Each person once per item; the row's own choice stays available to it.
              const taken = new Set(speakers.filter((_, i) => i !== index).map((other) => other.personId));
              return (
                <li key={index}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" style={{ flex: 1 }}>
                      <Select
                        ref={(element) => {
                          if (element) personInputs.current.set(index, element);
                          else personInputs.current.delete(index);
                        }}
                        aria-label={`Speaker ${index + 1}`}
                        placeholder="Choose a person"
                        searchable
                        clearable
                        data={people.map((person) => ({ ...person, disabled: taken.has(person.value) }))}
                        value={speaker.personId === '' ? null : speaker.personId}
                        onChange={(personId) => {
                          update(index, { personId: personId ?? '', ...(personId ? { name: '' } : {}) });
                        }}
                        nothingFoundMessage="Nobody by that name"
                      />
                      <TextInput
                        aria-label={`Name of speaker ${index + 1}, if not chosen`}
                        placeholder="or a name, e.g. TBC"
                        maxLength={limits.shortText}
                        value={speaker.name}
                        disabled={speaker.personId !== ''}
                        onChange={(event) => {
                          update(index, { name: event.currentTarget.value });
                        }}
                      />
                      <Select
                        aria-label={`Role of speaker ${index + 1}`}
                        data={roleOptions}
                        allowDeselect={false}
                        value={speaker.role}
                        onChange={(role) => {
                          if (isSpeakerRole(role)) update(index, { role });
                        }}
                      />
                    </SimpleGrid>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mt={2}
                      aria-label={`Remove speaker ${index + 1}`}
                      onClick={() => {
                        onChange(speakers.filter((_, i) => i !== index));
                        pendingFocus.current = speakers.length === 1 ? 'add' : Math.min(index, speakers.length - 2);
                      }}
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
        {error !== undefined && <Input.Error id={errorId}>{error}</Input.Error>}
        {speakers.length < MAX_SPEAKERS && (
          <Group>
            <Button
              ref={addButton}
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                onChange([...speakers, { personId: '', name: '', role: AgendaSpeakerRole.SPEAKER }]);
                pendingFocus.current = speakers.length;
              }}
            >
              Add a speaker
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

export interface AgendaItemFormProps {
  initialValues: AgendaItemFormValues;
  /** The item's day: its times are read on the venue's clock on that date. */
  date: LocalDate;
  timeZone: string;
  /** The meeting's participants and people of the directory, from whom chairs and speakers are chosen. */
  people: readonly PersonOption[];
  submitLabel: string;
  /** The meeting whose files uploaded papers join. */
  meetingId: string;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: AgendaItemInput) => Promise<void>;
  onCancel: () => void;
}

export function AgendaItemForm({
  initialValues,
  date,
  timeZone,
  people,
  submitLabel,
  meetingId,
  onSubmit,
  onCancel,
}: AgendaItemFormProps) {
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: AGENDA_ITEM_FIELDS,
    check: (values) => validateAgendaItemForm(values, { date, timeZone }),
    onSubmit,
  });
  const { values } = form;
  const zone = timeZoneLabel(timeZone, new Date(`${date}T12:00:00Z`));

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="lg">
        <FormSection legend="The item">
          <Select
            label="Kind"
            required
            data={kindOptions}
            allowDeselect={false}
            {...selectInputProps(form, 'kind')}
            onChange={(kind) => {
              if (isKind(kind)) form.setFieldValue('kind', kind);
            }}
          />
          <TextInput
            label="Title"
            description="As the agenda prints it, e.g. “Session 1: Setting the Scene – Trends in North-East Asia”"
            required
            maxLength={limits.title}
            {...form.getInputProps('title')}
          />
        </FormSection>

        <FormSection legend="When">
          <Text size="sm" mt={-8}>
            {formatAgendaDate(date)}, on the venue’s clock: <strong>{zone}</strong>
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Starts" description={zone} type="time" required {...form.getInputProps('startTime')} />
            <TextInput
              label="Ends"
              description={zone}
              type="time"
              required
              min={values.startTime || undefined}
              {...form.getInputProps('endTime')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection legend="Contents">
          <EditableList
            legend="Points under the item"
            description="The bullets printed under the title, in order."
            itemName="Point"
            addLabel="Add a point"
            maxLength={MAX_SUB_ITEM_LENGTH}
            maxItems={MAX_SUB_ITEMS}
            values={values.subItems}
            onChange={(subItems) => {
              form.setFieldValue('subItems', subItems);
            }}
            error={errors.subItems}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label="Chair"
              description="A participant, or someone from the directory not yet invited."
              searchable
              clearable
              data={people}
              {...selectInputProps(form, 'chairId')}
              onChange={(chairId) => {
                form.setFieldValue('chairId', chairId ?? '');
                if (chairId) form.setFieldValue('chairName', '');
              }}
              nothingFoundMessage="Nobody by that name"
            />
            <TextInput
              label="Or the chair’s name"
              description="Before anyone is invited; TBC while it is open."
              maxLength={limits.shortText}
              disabled={values.chairId !== ''}
              rightSectionWidth={56}
              rightSection={
                <Button
                  variant="subtle"
                  size="compact-xs"
                  disabled={values.chairId !== ''}
                  aria-label="Chair to be confirmed"
                  onClick={() => {
                    form.setFieldValue('chairName', TO_BE_CONFIRMED);
                  }}
                >
                  TBC
                </Button>
              }
              {...form.getInputProps('chairName')}
            />
          </SimpleGrid>
          <SpeakerList
            speakers={values.speakers}
            people={people}
            onChange={(speakers) => {
              form.setFieldValue('speakers', speakers);
            }}
            error={errors.speakers}
          />
        </FormSection>

        <FormSection legend="Papers">
          <AgendaPapersField
            meetingId={meetingId}
            papers={values.papers}
            onChange={(papers) => {
              form.setFieldValue('papers', papers);
            }}
            error={errors.papers}
          />
        </FormSection>

        <FormErrorAlert messages={formErrors} />

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
