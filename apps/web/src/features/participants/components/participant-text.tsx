import { Badge, Text, type MantineColor } from '@mantine/core';
import { invitationStateLabels, type InvitationState } from '@plenary/shared';
import { ScriptText } from '../../../ui/script-text';

const stateColors: Record<InvitationState, MantineColor> = {
  INVITED: 'gray',
  ACCEPTED: 'green',
  TENTATIVE: 'yellow',
  DECLINED: 'red',
  ATTENDED: 'plenary',
  NO_SHOW: 'orange',
};

/** Where a person stands: invited, accepted, tentative, declined, then attended or no-show. */
export function InvitationStateBadge({ state }: { state: InvitationState }) {
  return (
    <Badge variant="dot" color={stateColors[state]} size="md" fw={500}>
      {invitationStateLabels[state]}
    </Badge>
  );
}

export function displayName({ honorific, name }: { honorific: string | null; name: string }): string {
  return honorific ? `${honorific} ${name}` : name;
}

/** A letter of another script than Latin: the name's Latin sort name then helps those who cannot read it. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

export function PersonName({ person }: { person: { honorific: string | null; name: string; sortName: string } }) {
  const transcribed = person.sortName !== person.name && NON_LATIN_LETTER.test(person.name);
  return (
    <>
      <Text fw={500} span display="block">
        <ScriptText>{displayName(person)}</ScriptText>
      </Text>
      {transcribed && (
        <Text size="sm" c="dimmed" span display="block">
          {person.sortName}
        </Text>
      )}
    </>
  );
}

/** An organization's acronym (its name on hover and for screen readers), else its name. */
export function OrganizationShortName({ organization }: { organization: { name: string; acronym: string | null } }) {
  return organization.acronym ? (
    <abbr title={organization.name} style={{ textDecoration: 'none' }}>
      {organization.acronym}
    </abbr>
  ) : (
    <ScriptText>{organization.name}</ScriptText>
  );
}
