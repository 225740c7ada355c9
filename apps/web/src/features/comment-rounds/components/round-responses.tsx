import { Table } from '@mantine/core';
import { recipientResponseLabels } from '@plenary/shared';
import { displayName } from '../../../lib/names';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import type { Round } from './comment-table-model';

export interface RoundResponsesProps {
  round: Round;
}

/** How each recipient of the round answered, with their note and when. */
export function RoundResponses({ round }: RoundResponsesProps) {
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
