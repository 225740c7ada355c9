import { useQuery } from '@apollo/client/react';
import { Badge, type MantineColor, Table, Text } from '@mantine/core';
import { NoticeMail, noticeMailLabels, NotificationKind } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import { displayName } from '../../../lib/names';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';

export const roundNoticesQuery = graphql(`
  query RoundNotices($id: ID!) {
    document(id: $id) {
      id
      rounds {
        id
        number
        notices {
          id
          kind
          at
          mail
          mailSentAt
          person {
            id
            name
            honorific
          }
        }
      }
    }
  }
`);

const mailColors: Record<NoticeMail, MantineColor> = {
  SENT: 'green',
  WAITING: 'blue',
  FAILED: 'red',
  IN_DIGEST: 'gray',
  NO_ADDRESS: 'orange',
};

export interface RoundNoticesProps {
  documentId: string;
  roundId: string;
}

/**
 * Whom the round told, when, and what became of each e-mail: sent, waiting, failed, held for a
 * digest, or not possible. Only the drafters and the secretariat are shown it; for anyone else
 * the list is empty and nothing is drawn.
 */
export function RoundNotices({ documentId, roundId }: RoundNoticesProps) {
  const { data } = useQuery(roundNoticesQuery, { variables: { id: documentId }, fetchPolicy: 'cache-and-network' });
  const round = data?.document.rounds.find((r) => r.id === roundId);
  if (!round || round.notices.length === 0) return null;
  const failed = round.notices.filter((n) => n.mail === NoticeMail.FAILED).length;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={`Who was told about round ${round.number}`}>
        <Table.Caption>
          Who was told about round {round.number}
          {failed > 0 && ` · ${failed === 1 ? '1 e-mail' : `${failed} e-mails`} could not be delivered`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Told</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">E-mail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.notices.map((notice) => (
            <Table.Tr key={notice.id}>
              <Table.Th scope="row" fw={500}>
                <ScriptText>{displayName(notice.person)}</ScriptText>
              </Table.Th>
              <Table.Td>
                {notice.kind === NotificationKind.ROUND_CLOSING ? 'Reminder before the deadline' : 'Round opened'}
              </Table.Td>
              <Table.Td>
                <Moment at={notice.at} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={mailColors[notice.mail]} size="sm">
                  {noticeMailLabels[notice.mail]}
                </Badge>
                {notice.mailSentAt && (
                  <Text size="xs" c="dimmed">
                    <Moment at={notice.mailSentAt} />
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
