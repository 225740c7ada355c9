import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateRange, listOfNames, MeetingRole } from '@plenary/shared';
import { useState } from 'react';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { displayName } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';
import { LoadingState } from '../../../ui/loading-state';
import { useInviteParticipant } from '../../participants/hooks/use-invite-participant';
import { useCopyAgenda } from '../hooks/use-copy-agenda';

export interface NamedNotListedProps {
  meetingId: string;
  named: readonly { asChair: boolean; person: { id: string; name: string; honorific: string | null } }[];
}

/**
 * People the agenda names who are not on the list of participants yet: one click puts them on it
 * (as chair, or presenter), not yet invited, to be sent the invitation with everyone else.
 */
export function AgendaNamedNotListed({ meetingId, named }: NamedNotListedProps) {
  const addToList = useInviteParticipant(meetingId);
  const [adding, setAdding] = useState(false);
  if (named.length === 0) return null;
  const names = named.map(({ person }) => displayName(person));

  async function handleAdd() {
    setAdding(true);
    try {
      for (const { person, asChair } of named) {
        await addToList({
          personId: person.id,
          role: asChair ? MeetingRole.CHAIR : MeetingRole.PRESENTER,
          travelSupport: false,
        });
      }
      notifications.show({
        color: 'green',
        title: 'Added to the list of participants',
        message: `${listOfNames(names)}: not yet invited. Send the invitations from the Participants tab.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not added', message: toApiError(error).message });
    } finally {
      setAdding(false);
    }
  }

  return (
    <Alert color="plenary" variant="light" role="note" title="Named on the agenda, not yet on the list of participants">
      <Stack gap="xs">
        <Text size="sm">{listOfNames(names)}</Text>
        <Group>
          <Button size="compact-sm" loading={adding} onClick={() => void handleAdd()}>
            Add {named.length === 1 ? 'them' : `all ${named.length}`} to the list
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

const agendaSourcesQuery = graphql(`
  query AgendaSources($id: ID!) {
    meeting(id: $id) {
      id
      studyGroup {
        id
        title
        meetingPlans {
          id
          meeting {
            id
            title
            startDate
            endDate
          }
        }
      }
    }
  }
`);

export interface CopyAgendaDialogProps {
  meetingId: string;
  opened: boolean;
  onClose: () => void;
}

/** Chooses another meeting of the study group's series and copies its agenda into this empty one. */
export function CopyAgendaDialog({ meetingId, opened, onClose }: CopyAgendaDialogProps) {
  const { data, loading } = useQuery(agendaSourcesQuery, { variables: { id: meetingId }, skip: !opened });
  const copyAgenda = useCopyAgenda(meetingId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const sources = (data?.meeting?.studyGroup?.meetingPlans ?? [])
    .flatMap((plan) => (plan.meeting && plan.meeting.id !== meetingId ? [plan.meeting] : []))
    .sort((a, b) => b.startDate.localeCompare(a.startDate));

  async function handleCopy() {
    if (!chosen) {
      setError('Choose the meeting whose agenda to copy.');
      return;
    }
    setSubmitting(true);
    try {
      await copyAgenda(chosen);
      notifications.show({ color: 'green', title: 'Agenda copied', message: 'Check the chairs, speakers and times.' });
      onClose();
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Copy the agenda of an earlier meeting" size="lg">
      {loading ? (
        <LoadingState label="Loading the meetings of the series…" />
      ) : sources.length === 0 ? (
        <Text>No other meeting of this study group has been scheduled yet.</Text>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void handleCopy();
          }}
        >
          <Stack gap="md">
            <Radio.Group
              label={`Meetings of ${data?.meeting?.studyGroup?.title ?? 'the study group'}`}
              description="Its days come in order from this meeting’s first date, at the same clock times; papers are not copied."
              value={chosen}
              onChange={(value) => {
                setChosen(value);
                setError(null);
              }}
              error={error}
            >
              <Stack gap="xs" mt="xs">
                {sources.map((source) => (
                  <Radio
                    key={source.id}
                    value={source.id}
                    label={`${source.title}, ${formatDateRange(source.startDate, source.endDate)}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <FormActions submitLabel="Copy agenda" submitting={submitting} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
