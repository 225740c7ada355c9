import { Button, Group, Popover, Stack, Text, Title } from '@mantine/core';
import { RecipientResponse, recipientResponseLabels } from '@plenary/shared';
import { useId, useState } from 'react';
import type { DocumentOpenRound_RoundFragment } from '../../../__generated__/graphql';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { usePopoverFocus } from '../../../ui/use-popover-focus';
import { committeeName, RecipientResponseForm, type Recipient } from './recipient-response-form';

/** "CSCAP-Japan has not responded yet", "CSCAP-Japan: Endorsed", "Your response: Endorsed". */
function ResponseStatus({ recipient }: { recipient: Recipient }) {
  const name = committeeName(recipient);
  const answered = recipient.response !== RecipientResponse.NOT_YET;
  return (
    <Text size="sm" span>
      {answered ? (
        <>
          {name ? <ScriptText>{name}</ScriptText> : 'Your response'}: {recipientResponseLabels[recipient.response]}
          {recipient.respondedAt && (
            <Text span size="sm" c="dimmed">
              {' '}
              (<Moment at={recipient.respondedAt} />)
            </Text>
          )}
        </>
      ) : name ? (
        <>
          <ScriptText>{name}</ScriptText> has not responded yet
        </>
      ) : (
        'You have not responded yet'
      )}
    </Text>
  );
}

/** "Respond for CSCAP-Japan", "Change response for CSCAP-Japan", or just "Respond" for several. */
function respondLabel(recipients: readonly Recipient[]): string {
  const [only] = recipients;
  if (!only || recipients.length > 1) return 'Respond';
  const name = committeeName(only);
  const verb = only.response === RecipientResponse.NOT_YET ? 'Respond' : 'Change response';
  return name ? `${verb} for ${name}` : verb;
}

export interface ResponseBoxProps {
  round: DocumentOpenRound_RoundFragment;
  announce: (message: string) => void;
  /** Open the form at once, as a "Respond" link from elsewhere asks. */
  defaultOpened?: boolean;
  onClose?: () => void;
}

/**
 * For a recipient of the round (not those who run it): where they, and each committee they answer
 * for, stand on the circulated text, and a button that opens the form to say so while the round
 * takes comments. Compact, so that it sits in the round's line rather than above the text.
 */
export function ResponseBox({ round, announce, defaultOpened = false, onClose }: ResponseBoxProps) {
  const headingId = useId();
  const { buttonRef, dropdownRef, returnFocus } = usePopoverFocus();
  const [opened, setOpened] = useState(defaultOpened && round.viewerCanRespond);
  if (round.viewerRecipients.length === 0) return null;

  function close() {
    setOpened(false);
    onClose?.();
    returnFocus();
  }

  const several = round.viewerRecipients.length > 1;
  // While the button says "Respond for CSCAP-Japan", "has not responded yet" would only repeat it.
  const shown = round.viewerCanRespond
    ? round.viewerRecipients.filter((recipient) => recipient.response !== RecipientResponse.NOT_YET)
    : round.viewerRecipients;
  return (
    <Group gap="xs" wrap="wrap" align="center">
      {shown.length > 0 && (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((recipient) => (
            <li key={recipient.id}>
              <ResponseStatus recipient={recipient} />
            </li>
          ))}
        </Stack>
      )}
      {round.viewerCanRespond && (
        <Popover
          opened={opened}
          onChange={(next) => {
            if (!next) close();
          }}
          position="bottom-end"
          width="min(24rem, calc(100vw - 2rem))"
          shadow="md"
          trapFocus
          // A note half written survives closing the popover to reread the text.
          keepMounted
          keepMountedMode="display-none"
        >
          <Popover.Target>
            <Button
              ref={buttonRef}
              size="compact-sm"
              variant={
                round.viewerRecipients.every((r) => r.response !== RecipientResponse.NOT_YET) ? 'default' : 'filled'
              }
              onClick={() => {
                if (opened) close();
                else setOpened(true);
              }}
            >
              {respondLabel(round.viewerRecipients)}
            </Button>
          </Popover.Target>
          <Popover.Dropdown ref={dropdownRef} aria-labelledby={headingId}>
            <Stack gap="sm">
              <Stack gap={4}>
                <Title order={2} fz="h5" id={headingId}>
                  Your response to round {round.number}
                </Title>
                <Text size="sm" c="dimmed">
                  Besides any comments on paragraphs, tell the co-chairs where you stand on version{' '}
                  {round.versionNumber}.
                </Text>
              </Stack>
              {round.viewerRecipients.map((recipient) => (
                <Stack key={recipient.id} gap="xs">
                  {several && (
                    <Text fw={500} size="sm">
                      {committeeName(recipient) ? (
                        <ScriptText>{committeeName(recipient)!}</ScriptText>
                      ) : (
                        'In your own name'
                      )}
                    </Text>
                  )}
                  <RecipientResponseForm recipient={recipient} announce={announce} onSent={close} />
                </Stack>
              ))}
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
