import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../__generated__';
import { useServerForm } from '../../../lib/forms';
import { displayName } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';
import { FormDialog } from '../../../ui/form-dialog';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LoadingState } from '../../../ui/loading-state';
import { useSetDocumentDrafters } from '../hooks/use-set-document-drafters';

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

interface NameDraftersFormProps {
  documentId: string;
  meetingId: string;
  current: readonly string[];
  onDone: () => void;
}

function NameDraftersForm({ documentId, meetingId, current, onDone }: NameDraftersFormProps) {
  const { data, loading } = useQuery(drafterChoicesQuery, { variables: { meetingId } });
  const setDrafters = useSetDocumentDrafters();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: { personIds: [...current] },
    fields: ['personIds'] as const,
    check: ({ personIds }) => ({ ok: true, data: { documentId, personIds } }),
    onSubmit: async (input) => {
      await setDrafters(input);
      onDone();
    },
  });

  if (loading && !data) return <LoadingState label="Loading the participants…" />;
  const options = (data?.meeting.participants ?? []).map((p) => ({
    value: p.person.id,
    label: displayName(p.person),
  }));

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <MultiSelect
          label="Participants who draft it"
          description="Besides the organisers and the secretariat. They edit the draft, circulate it, answer comments and finalise it."
          placeholder={form.values.personIds.length === 0 ? 'No one else' : undefined}
          data={options}
          {...form.getInputProps('personIds')}
          searchable
          clearable
          nothingFoundMessage="No participant by that name"
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel="Save drafters" submitting={submitting} onCancel={onDone} />
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
      <FormDialog
        title="Name drafters"
        opened={naming}
        onClose={() => {
          setNaming(false);
        }}
      >
        <NameDraftersForm
          documentId={documentId}
          meetingId={meetingId}
          current={drafters.map((d) => d.id)}
          onDone={() => {
            setNaming(false);
          }}
        />
      </FormDialog>
    </Group>
  );
}
