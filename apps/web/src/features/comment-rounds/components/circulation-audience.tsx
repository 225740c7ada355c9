import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../../../__generated__';
import type { CirculationAudienceQuery } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { displayName } from '../../../lib/names';
import { ErrorState } from '../../../ui/error-state';
import { ScriptText } from '../../../ui/script-text';
import { NameSomeone } from './name-someone';

export const circulationAudienceQuery = graphql(`
  query CirculationAudience($documentId: ID!, $organizationIds: [ID!]!, $personIds: [ID!]!) {
    circulationAudience(documentId: $documentId, organizationIds: $organizationIds, personIds: $personIds) {
      documentId
      studyGroupId
      recipients {
        canNameMember
        organization {
          id
          name
          acronym
        }
        expert {
          id
          name
          honorific
        }
        people {
          hasEmail
          hasAccount
          person {
            id
            name
            honorific
            sortName
          }
        }
      }
    }
  }
`);

type Recipient = CirculationAudienceQuery['circulationAudience']['recipients'][number];

function recipientName(recipient: Recipient): string {
  if (recipient.organization) return recipient.organization.acronym ?? recipient.organization.name;
  return recipient.expert ? displayName(recipient.expert) : '';
}

/** Someone who can be told: an address for the e-mail, or an account for the notification centre. */
function reachable(person: Recipient['people'][number]): boolean {
  return person.hasEmail || person.hasAccount;
}

/** "12 people will be told: 9 by e-mail and in Plenary, 3 by e-mail only." */
export function audienceSummary(recipients: readonly Recipient[]): string {
  const people = new Map(recipients.flatMap((r) => r.people).map((p) => [p.person.id, p]));
  const all = [...people.values()];
  const both = all.filter((p) => p.hasEmail && p.hasAccount).length;
  const emailOnly = all.filter((p) => p.hasEmail && !p.hasAccount).length;
  const plenaryOnly = all.filter((p) => !p.hasEmail && p.hasAccount).length;
  const nobody = all.length - both - emailOnly - plenaryOnly;
  const count = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  const ways = [
    both && `${both} by e-mail and in Plenary`,
    emailOnly && `${emailOnly} by e-mail only`,
    plenaryOnly && `${plenaryOnly} in Plenary only`,
    nobody && `${nobody} not at all (no e-mail address or account)`,
  ].filter(Boolean);
  return all.length === 0 ? 'Nobody will be told.' : `${count(all.length)} will be told: ${ways.join(', ')}.`;
}

function PersonReach({ member }: { member: Recipient['people'][number] }) {
  return (
    <Group gap={6} wrap="wrap">
      <ScriptText>{displayName(member.person)}</ScriptText>
      {member.person.sortName !== member.person.name && (
        <Text span size="sm" c="dimmed">
          ({member.person.sortName})
        </Text>
      )}
      <Badge size="sm" variant="light" color={member.hasEmail ? 'green' : 'gray'}>
        {member.hasEmail ? 'E-mail' : 'No e-mail address'}
      </Badge>
      <Badge size="sm" variant="light" color={member.hasAccount ? 'green' : 'gray'}>
        {member.hasAccount ? 'Account' : 'No account'}
      </Badge>
    </Group>
  );
}

export interface CirculationAudienceProps {
  documentId: string;
  organizationIds: readonly string[];
  personIds: readonly string[];
}

/**
 * Exactly who circulating would e-mail and notify, for each committee, institution and expert
 * named: everyone who may answer for it. A recipient nobody can be told for is pointed out, and the
 * group's co-chairs and secretariat may name someone for it on the spot.
 */
export function CirculationAudience({ documentId, organizationIds, personIds }: CirculationAudienceProps) {
  const headingId = useId();
  const nothingChosen = organizationIds.length + personIds.length === 0;
  const { data, previousData, error, refetch } = useQuery(circulationAudienceQuery, {
    variables: { documentId, organizationIds: [...organizationIds], personIds: [...personIds] },
    skip: nothingChosen,
  });
  if (nothingChosen) return null;
  const audience = (data ?? previousData)?.circulationAudience;
  if (!audience) {
    return error ? (
      <ErrorState
        title="Who would be told could not be worked out"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    ) : (
      <Text size="sm" c="dimmed">
        Finding who will be told…
      </Text>
    );
  }
  const unreachable = audience.recipients.filter((r) => !r.people.some(reachable));

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          Who will be told
        </Title>
        <Text size="sm">{audienceSummary(audience.recipients)}</Text>
        {unreachable.map((recipient) => (
          <Alert
            key={recipient.organization?.id ?? recipient.expert?.id}
            color="orange"
            variant="light"
            role="alert"
            title={`Nobody will be told for ${recipientName(recipient)}`}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {recipient.people.length === 0
                  ? 'No one in the directory belongs to it, so no one can comment or respond for it.'
                  : 'No one who belongs to it has an e-mail address or an account.'}
              </Text>
              {recipient.canNameMember && recipient.organization && audience.studyGroupId && (
                <NameSomeone
                  studyGroupId={audience.studyGroupId}
                  organizationId={recipient.organization.id}
                  committee={recipientName(recipient)}
                  onNamed={() => {
                    void refetch();
                  }}
                />
              )}
            </Stack>
          </Alert>
        ))}
        <List listStyleType="none" spacing="xs" aria-label="Recipients and the people they reach">
          {audience.recipients.map((recipient) => {
            const name = recipientName(recipient);
            const withoutAccount = recipient.people.length > 0 && !recipient.people.some((p) => p.hasAccount);
            return (
              <List.Item key={recipient.organization?.id ?? recipient.expert?.id}>
                <Text fw={500} size="sm">
                  <ScriptText>{recipient.organization ? recipient.organization.name : name}</ScriptText>
                  {recipient.expert && ' (in person)'}
                </Text>
                {recipient.people.length > 0 && (
                  <List size="sm" withPadding aria-label={`Told for ${name}`}>
                    {recipient.people.map((member) => (
                      <List.Item key={member.person.id}>
                        <PersonReach member={member} />
                      </List.Item>
                    ))}
                  </List>
                )}
                {withoutAccount && recipient.people.some(reachable) && (
                  <Text size="xs" c="dimmed">
                    No one here has an account: they get the e-mail, and need an account to comment.
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
