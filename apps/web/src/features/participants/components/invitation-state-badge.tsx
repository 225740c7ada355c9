import { Badge, type MantineColor } from '@mantine/core';
import { invitationStateLabels, type InvitationState } from '@plenary/shared';

const stateColors: Record<InvitationState, MantineColor> = {
  NOT_INVITED: 'gray.4',
  INVITED: 'gray',
  ACCEPTED: 'green',
  TENTATIVE: 'yellow',
  DECLINED: 'red',
  ATTENDED: 'plenary',
  NO_SHOW: 'orange',
};

/** Where a person stands: not yet invited, invited, accepted, tentative, declined, then attended or no-show. */
export function InvitationStateBadge({ state }: { state: InvitationState }) {
  return (
    <Badge variant="dot" color={stateColors[state]} size="md" fw={500}>
      {invitationStateLabels[state]}
    </Badge>
  );
}
