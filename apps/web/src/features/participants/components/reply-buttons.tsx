import { Button, Group } from '@mantine/core';
import { invitationStateLabels, rsvpStates, type InvitationState } from '@plenary/shared';

function replyLabel(state: InvitationState): string {
  switch (state) {
    case 'ACCEPTED':
      return 'Accept';
    case 'DECLINED':
      return 'Decline';
    case 'TENTATIVE':
    case 'NOT_INVITED':
    case 'INVITED':
    case 'ATTENDED':
    case 'NO_SHOW':
      return invitationStateLabels[state];
  }
}

export interface ReplyButtonsProps {
  /** The reply given so far, shown pressed. */
  current: InvitationState | null;
  /** The reply being sent, if any. */
  sending: InvitationState | null;
  onReply: (response: InvitationState) => void;
  /** Names the group for screen readers: "Your reply". */
  label: string;
}

/** Accept, tentative or decline: the three replies an invited person can give. */
export function ReplyButtons({ current, sending, onReply, label }: ReplyButtonsProps) {
  return (
    <Group gap="xs" role="group" aria-label={label}>
      {rsvpStates.map((state) => {
        const pressed = current === state;
        return (
          <Button
            key={state}
            variant={pressed ? 'filled' : 'default'}
            color={state === 'DECLINED' && pressed ? 'red' : undefined}
            aria-pressed={pressed}
            loading={sending === state}
            disabled={sending !== null && sending !== state}
            onClick={() => {
              if (!pressed) onReply(state);
            }}
          >
            {replyLabel(state)}
          </Button>
        );
      })}
    </Group>
  );
}
