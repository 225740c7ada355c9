import { Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { AttributionMode, attributionModeLabels, limits } from '@plenary/shared';
import type { CirculateDocumentInput, DocumentActions_DocumentFragment } from '../../../__generated__/graphql';
import {
  checked,
  fieldInputProps,
  optionalText,
  useServerForm,
  type FieldErrors,
  type FormCheck,
} from '../../../lib/forms';
import { fromLocalInput, toLocalInput } from '../../../lib/local-input';
import { displayName } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { timeZoneLabel, viewerTimeZone } from '../../../ui/time-zone';
import { CirculationAudience } from '../../comment-rounds/components/circulation-audience';
import { RoundMailPreview } from '../../comment-rounds/components/round-mail-preview';
import type { ChosenPerson } from '../../people/components/person-select';
import { useCirculateDocument } from '../hooks/use-workflow-steps';
import { OrganizationMultiSelect, PeopleMultiSelect } from './recipient-fields';

const FIELDS = ['organizationIds', 'personIds', 'opensAt', 'closesAt', 'instructions', 'attribution'] as const;
type Field = (typeof FIELDS)[number];

interface CirculateValues {
  organizationIds: string[];
  experts: ChosenPerson[];
  /** `datetime-local` values, in the viewer's own time zone. */
  opensAt: string;
  closesAt: string;
  instructions: string;
  attribution: AttributionMode;
}

/**
 * A round goes where the last one went, named the same way and for as long; a first round, to the
 * group's member committees. Comments may start at once.
 */
function proposedCirculation(document: DocumentActions_DocumentFragment): CirculateValues {
  const defaults = document.circulationDefaults;
  return {
    organizationIds:
      defaults?.organizations.map((organization) => organization.id) ??
      document.studyGroup?.committees.map((committee) => committee.organization.id) ??
      [],
    experts: defaults?.people.map((person) => ({ value: person.id, label: displayName(person) })) ?? [],
    opensAt: toLocalInput(new Date()),
    closesAt: defaults?.closesAt ? toLocalInput(new Date(defaults.closesAt)) : '',
    instructions: '',
    attribution: defaults?.attribution ?? AttributionMode.ATTRIBUTED,
  };
}

function checkCirculation(
  values: CirculateValues,
  { documentId, now }: { documentId: string; now: Date },
): FormCheck<CirculateDocumentInput, Field> {
  const errors: FieldErrors<Field> = {};
  if (values.organizationIds.length + values.experts.length === 0) {
    errors.organizationIds = 'Choose at least one committee, institution or expert to circulate to.';
  }
  const opensAt = fromLocalInput(values.opensAt);
  const closesAt = fromLocalInput(values.closesAt);
  if (!opensAt) errors.opensAt = 'Choose when comments may start.';
  if (!closesAt) errors.closesAt = 'Choose when the round closes.';
  else if (opensAt && closesAt <= opensAt) errors.closesAt = 'The round must close after it opens.';
  else if (closesAt <= now) errors.closesAt = 'The closing time has already passed.';
  if (!opensAt || !closesAt) return { ok: false, errors };
  return checked(errors, {
    documentId,
    organizationIds: values.organizationIds,
    personIds: values.experts.map((person) => person.value),
    // A start already past means "now", which the server takes when none is given.
    opensAt: opensAt > now ? opensAt.toISOString() : undefined,
    closesAt: closesAt.toISOString(),
    instructions: optionalText(values.instructions),
    attribution: values.attribution,
  });
}

export interface CirculateFormProps {
  document: DocumentActions_DocumentFragment;
  onClose: () => void;
}

/** Whom the working text goes to, when comments open and close, and whether names are shown. */
export function CirculateForm({ document, onClose }: CirculateFormProps) {
  const circulate = useCirculateDocument();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: proposedCirculation(document),
    fields: FIELDS,
    check: (values) => checkCirculation(values, { documentId: document.id, now: new Date() }),
    onSubmit: async (input) => {
      await circulate(input);
      notifications.show({ color: 'green', title: 'Circulated', message: 'The comment round is open.' });
      onClose();
    },
  });
  const { values } = form;
  const personIds = values.experts.map((person) => person.value);
  const followsRound = document.circulationDefaults?.followsRound;

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text size="sm">
          The working text is frozen as it stands and sent to the recipients: everyone who may comment and respond for a
          committee or institution, and each expert named, is told in Plenary and by e-mail. Your edits then continue in
          a new working version.
        </Text>
        {followsRound != null && (
          <Text size="sm" c="dimmed">
            Proposed from round {followsRound}: the same recipients and attribution, and a deadline as far off as its
            own. Change anything you need.
          </Text>
        )}
        <OrganizationMultiSelect
          label="Committees and institutions"
          description="Everyone who belongs to a committee or institution may comment and respond for it."
          {...form.getInputProps('organizationIds')}
        />
        <PeopleMultiSelect
          label="Named experts"
          description="Experts invited to comment in a personal capacity. Type part of a name to search."
          {...fieldInputProps(form, 'experts', 'personIds')}
        />
        <CirculationAudience documentId={document.id} organizationIds={values.organizationIds} personIds={personIds} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Opens"
            description={`Your time zone: ${timeZoneLabel(viewerTimeZone())}`}
            type="datetime-local"
            required
            {...form.getInputProps('opensAt')}
            miw={220}
          />
          <TextInput
            label="Closes"
            description="The round closes by itself at this time."
            type="datetime-local"
            required
            min={values.opensAt || undefined}
            {...form.getInputProps('closesAt')}
            miw={220}
          />
        </Group>
        <Textarea
          label="Instructions"
          description="Sent with the invitation to comment, e.g. what kind of comments the co-chairs need."
          autosize
          minRows={3}
          maxLength={limits.longText}
          {...form.getInputProps('instructions')}
        />
        <Radio.Group
          label="Attribution"
          description="In a non-attributed round, recipients see comments without names; co-chairs always see who wrote them."
          {...form.getInputProps('attribution')}
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
          organizationIds={values.organizationIds}
          personIds={personIds}
          opensAt={fromLocalInput(values.opensAt)}
          closesAt={fromLocalInput(values.closesAt)}
          instructions={values.instructions}
          attribution={values.attribution}
        />
        <FormErrorAlert messages={formErrors} title="The text was not circulated" />
        <FormActions submitLabel="Circulate for comment" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
