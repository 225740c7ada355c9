import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type SubmitEvent } from 'react';
import { graphql } from '../../../__generated__';
import { toFormErrors } from '../../../app/api-error';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LoadingState } from '../../../ui/loading-state';
import { displayName } from '../../participants/components/participant-text';

export const documentDraftersQuery = graphql(`
  query DocumentDrafters($id: ID!) {
    document(id: $id) {
      id
      viewerCanNameDrafters
      drafters {
        id
        name
        honorific
      }
    }
  }
`);

/** Whom the organisers may name: the meeting's participants. */
export const drafterChoicesQuery = graphql(`
  query DrafterChoices($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      participants {
        id
        person {
          id
          name
          honorific
        }
      }
    }
  }
`);

export const setDocumentDraftersMutation = graphql(`
  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {
    setDocumentDrafters(input: $input) {
      id
      drafters {
        id
        name
        honorific
      }
    }
  }
`);

interface NameDraftersFormProps {
  documentId: string;
  meetingId: string;
  current: readonly string[];
  onDone: () => void;
}

function NameDraftersForm({ documentId, meetingId, current, onDone }: NameDraftersFormProps) {
  const { data, loading } = useQuery(drafterChoicesQuery, { variables: { meetingId } });
  const [setDrafters, { loading: saving }] = useMutation(setDocumentDraftersMutation);
  const [chosen, setChosen] = useState<string[]>([...current]);
  const [errors, setErrors] = useState<{ personIds?: string; form: string[] }>({ form: [] });

  if (loading && !data) return <LoadingState label="Loading the participants…" />;
  const options = (data?.meeting.participants ?? []).map((p) => ({
    value: p.person.id,
    label: displayName(p.person),
  }));

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ form: [] });
    setDrafters({ variables: { input: { documentId, personIds: chosen } } }).then(onDone, (error: unknown) => {
      const { fields, form } = toFormErrors(error, ['personIds'] as const);
      setErrors({ personIds: fields.personIds, form });
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <MultiSelect
          label="Participants who draft it"
          description="Besides the organisers and the secretariat. They edit the draft, circulate it, answer comments and finalise it."
          placeholder={chosen.length === 0 ? 'No one else' : undefined}
          data={options}
          value={chosen}
          onChange={setChosen}
          searchable
          clearable
          nothingFoundMessage="No participant by that name"
          error={errors.personIds}
        />
        <FormErrorAlert messages={errors.form} />
        <FormActions submitLabel="Save drafters" submitting={saving} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export interface DocumentDraftersProps {
  documentId: string;
  meetingId: string;
}

/**
 * Who drafts a meeting's document: its organisers and secretariat, and the participants they name
 * (a session chair asked to write the concept note, say). Shown to those who see the draft.
 */
export function DocumentDrafters({ documentId, meetingId }: DocumentDraftersProps) {
  const { data } = useQuery(documentDraftersQuery, { variables: { id: documentId } });
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [naming, setNaming] = useState(false);
  if (!data) return null;
  const { drafters, viewerCanNameDrafters } = data.document;
  const named = drafters.map(displayName);

  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          Drafted by{' '}
        </Text>
        the meeting’s organisers and secretariat{named.length > 0 && `, with ${named.join(', ')}`}
      </Text>
      {viewerCanNameDrafters && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => {
            setNaming(true);
          }}
        >
          Name drafters
        </Button>
      )}
      <Modal
        opened={naming}
        onClose={() => {
          setNaming(false);
        }}
        title="Name drafters"
        size="lg"
        fullScreen={phone}
      >
        {naming && (
          <NameDraftersForm
            documentId={documentId}
            meetingId={meetingId}
            current={drafters.map((d) => d.id)}
            onDone={() => {
              setNaming(false);
            }}
          />
        )}
      </Modal>
    </Group>
  );
}
