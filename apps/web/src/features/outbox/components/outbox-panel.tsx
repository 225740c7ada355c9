import { useQuery } from '@apollo/client/react';
import { Accordion, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LinkifiedText } from '../../../ui/linkified-text';
import { LoadingState } from '../../../ui/loading-state';
import { Moment } from '../../../ui/moment';

/** Asked for separately from the meeting: only its organisers may read its mail. */
export const meetingOutboxQuery = graphql(`
  query MeetingOutbox($id: ID!) {
    meeting(id: $id) {
      id
      outbox {
        id
        kind
        to
        toName
        subject
        body
        createdAt
        sentAt
      }
    }
  }
`);

/** `MEETING_INVITATION` reads "Meeting invitation". */
function kindLabel(kind: string): string {
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface OutboxPanelProps {
  meetingId: string;
}

/** Every e-mail Plenary sent, or is about to send, about the meeting: newest first, each readable but for its personal links. */
export function OutboxPanel({ meetingId }: OutboxPanelProps) {
  // Mail leaves the outbox in the background: each visit shows what is known, then asks again.
  const { data, loading, error, refetch } = useQuery(meetingOutboxQuery, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  const messages = data?.meeting.outbox;

  function renderContent() {
    if (!messages) {
      if (error) {
        return (
          <ErrorState
            title="The outbox could not be loaded"
            message={toApiError(error).message}
            onRetry={() => {
              void refetch();
            }}
          />
        );
      }
      return <LoadingState label="Loading the outbox…" />;
    }
    if (messages.length === 0) {
      return (
        <EmptyState
          title="No e-mails yet"
          description="Invitations and other messages about this meeting appear here as they are sent."
        />
      );
    }
    return (
      <Accordion variant="separated" multiple chevronPosition="left">
        {messages.map((message) => (
          <Accordion.Item key={message.id} value={message.id}>
            <Accordion.Control>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Stack gap={2} style={{ flex: '1 1 18rem', minWidth: 0 }}>
                  <Text component="span" display="block" fw={600}>
                    {message.subject}
                  </Text>
                  <Text component="span" display="block" size="sm">
                    To {message.toName ? `${message.toName} <${message.to}>` : message.to}
                  </Text>
                  <Text component="span" display="block" size="xs" c="dimmed">
                    {kindLabel(message.kind)} · written <Moment at={message.createdAt} />
                  </Text>
                </Stack>
                {message.sentAt ? (
                  <Badge variant="dot" color="green" fw={500}>
                    Sent <Moment at={message.sentAt} />
                  </Badge>
                ) : (
                  <Badge variant="dot" color="yellow" fw={500}>
                    Waiting in outbox
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <LinkifiedText size="sm" ff="monospace">
                {message.body}
              </LinkifiedText>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} fz="h3">
            Outbox
          </Title>
          <Text size="sm" c="dimmed">
            E-mails about this meeting, newest first. Only organisers see them, and without the personal links (to
            reply, to set a password), which reach their recipient alone.
          </Text>
        </Stack>
        <Button
          variant="default"
          loading={loading && messages !== undefined}
          onClick={() => {
            void refetch();
          }}
        >
          Refresh
        </Button>
      </Group>
      {renderContent()}
    </Stack>
  );
}
