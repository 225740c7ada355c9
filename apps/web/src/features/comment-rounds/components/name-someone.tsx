import { Button, Group, Stack, Text } from '@mantine/core';
import { StudyGroupRole } from '@plenary/shared';
import { useState } from 'react';
import type { AddStudyGroupMemberInput } from '../../../__generated__/graphql';
import { fieldInputProps, useServerForm, type FormCheck } from '../../../lib/forms';
import { type ChosenPerson, PersonSelect } from '../../people/components/person-select';
import { useNameCommitteeMember } from '../hooks/use-name-committee-member';

interface NamedPerson {
  person: ChosenPerson | null;
}

const nobodyYet: NamedPerson = { person: null };

function checkNamed(
  { person }: NamedPerson,
  { studyGroupId, organizationId }: { studyGroupId: string; organizationId: string },
): FormCheck<AddStudyGroupMemberInput, 'personId'> {
  if (!person) return { ok: false, errors: { personId: 'Choose the person who speaks for the committee.' } };
  return {
    ok: true,
    data: { studyGroupId, personId: person.value, role: StudyGroupRole.MEMBER, representingId: organizationId },
  };
}

export interface NameSomeoneProps {
  studyGroupId: string;
  organizationId: string;
  committee: string;
  onNamed: () => void;
}

/** Names a person from the directory to the study group, as a member speaking for the committee. */
export function NameSomeone({ studyGroupId, organizationId, committee, onNamed }: NameSomeoneProps) {
  const [open, setOpen] = useState(false);
  const nameMember = useNameCommitteeMember();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: nobodyYet,
    fields: ['personId'] as const,
    check: (values) => checkNamed(values, { studyGroupId, organizationId }),
    onSubmit: async (input) => {
      await nameMember(input);
      setOpen(false);
      form.reset();
      onNamed();
    },
  });

  if (!open) {
    return (
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          setOpen(true);
        }}
      >
        Name someone for {committee}
      </Button>
    );
  }

  // A group, not a form of its own: it sits inside the form that circulates the text. Whatever
  // stops the naming is about the person chosen, so every refusal shows there.
  const person = fieldInputProps(form, 'person', 'personId');
  return (
    <Stack gap="xs" role="group" aria-label={`Name someone for ${committee}`}>
      <PersonSelect {...person} error={person.error ?? formErrors[0]} />
      <Text size="xs" c="dimmed">
        They join the study group as a member speaking for {committee}, and are told when you circulate.
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          loading={submitting}
          onClick={() => {
            handleSubmit();
          }}
        >
          Add to the group
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
