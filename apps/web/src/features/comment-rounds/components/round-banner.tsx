import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { type AttributionMode, attributionModeLabels, RecipientResponse } from '@plenary/shared';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DocumentOpenRound_RoundFragment } from '../../../__generated__/graphql';
import { LinkifiedText } from '../../../ui/linkified-text';
import { Moment } from '../../../ui/moment';
import { formatRelative, viewerTimeZone } from '../../../ui/time-zone';
import { RoundDeadline } from './round-deadline';

const attributionExplanations: Record<AttributionMode, string> = {
  ATTRIBUTED: 'Comments are shown with the names of those who made them.',
  NON_ATTRIBUTED: 'Recipients see comments without names; the co-chairs see who made each one.',
};

type Recipients = DocumentOpenRound_RoundFragment['recipients'];

/** "6 of 9 committees have responded"; "recipients" once anyone was sent the text in person. */
function responseTally(recipients: Recipients): string {
  const noun = recipients.every((recipient) => recipient.organization) ? 'committees' : 'recipients';
  const answered = recipients.filter((recipient) => recipient.response !== RecipientResponse.NOT_YET).length;
  if (answered === recipients.length) return `All ${recipients.length} ${noun} have responded`;
  return `${answered} of ${recipients.length} ${noun} ${answered === 1 ? 'has' : 'have'} responded`;
}

export interface RoundBannerProps {
  round: DocumentOpenRound_RoundFragment;
  /** Where the responses are listed one by one; given to those who follow them (the co-chairs, the secretariat). */
  responsesHref?: string;
  /** What the viewer does about the round, at the end of the line: their response. */
  children?: ReactNode;
}

/**
 * The open round in one line: which version, until when it takes comments (on the viewer's own
 * clock) and, for those who run it, how many recipients have answered. Its instructions and terms
 * open under "Details", so the text stays first on the page.
 */
export function RoundBanner({ round, responsesHref, children }: RoundBannerProps) {
  const [shownAt] = useState(Date.now);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const lineId = useId();
  const detailsId = useId();
  const notYet = !round.acceptingComments && new Date(round.opensAt).getTime() > shownAt;
  const state = round.acceptingComments ? (
    <>
      open for comment until <RoundDeadline closesAt={round.closesAt} />
    </>
  ) : notYet ? (
    <>
      opens for comment on <Moment at={round.opensAt} /> ({formatRelative(round.opensAt, shownAt, viewerTimeZone())}),
      closes <Moment at={round.closesAt} />
    </>
  ) : (
    <>no longer takes comments: its deadline has passed</>
  );

  return (
    <Box
      component="section"
      aria-labelledby={lineId}
      px="sm"
      py={6}
      bg={round.acceptingComments ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)'}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Group gap="xs" wrap="wrap" align="center">
        <Text size="sm" id={lineId} style={{ flex: '0 1 auto', minWidth: 0 }}>
          <Text span size="sm" fw={600}>
            Round {round.number} on version {round.versionNumber}
          </Text>
          {' · '}
          {state}
          {responsesHref && (
            <>
              {' · '}
              <Anchor component={Link} to={responsesHref} size="sm">
                {responseTally(round.recipients)}
              </Anchor>
            </>
          )}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={detailsOpen}
          aria-controls={detailsId}
          onClick={() => {
            setDetailsOpen((open) => !open);
          }}
        >
          Details<span aria-hidden>&nbsp;{detailsOpen ? '▴' : '▾'}</span>
        </Button>
        {children && <Box ml="auto">{children}</Box>}
      </Group>
      <div id={detailsId} hidden={!detailsOpen}>
        <Stack gap="xs" pt="xs" pb={4} maw="48rem">
          {round.instructions.trim() !== '' && <LinkifiedText size="sm">{round.instructions}</LinkifiedText>}
          <Text size="sm">
            <Text span size="sm" fw={500}>
              {attributionModeLabels[round.attribution]}:
            </Text>{' '}
            {attributionExplanations[round.attribution]}
          </Text>
        </Stack>
      </div>
    </Box>
  );
}
