import { Alert, Stack, Text } from '@mantine/core';
import { type AttributionMode, attributionModeLabels } from '@plenary/shared';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { LinkifiedText } from '../../../ui/linkified-text';
import { documentOpenRoundFragment } from '../graphql/document-fragments';
import { formatMoment } from './document-text-format';

const attributionExplanations: Record<AttributionMode, string> = {
  ATTRIBUTED: 'Comments are shown with the names of those who made them.',
  NON_ATTRIBUTED: 'Recipients see comments without names; the co-chairs see who made each one.',
};

/** Whether the round is taking comments, until when (in the viewer's own time zone), and on what terms. */
export function RoundBanner({ round: ref }: { round: FragmentType<typeof documentOpenRoundFragment> }) {
  const round = getFragmentData(documentOpenRoundFragment, ref);
  const [shownAt] = useState(Date.now);
  const notYet = !round.acceptingComments && new Date(round.opensAt).getTime() > shownAt;
  const closes = <time dateTime={round.closesAt}>{formatMoment(round.closesAt)}</time>;
  const title = round.acceptingComments ? (
    <>
      Round {round.number} is open for comment until {closes}
    </>
  ) : notYet ? (
    <>
      Round {round.number} opens for comment on <time dateTime={round.opensAt}>{formatMoment(round.opensAt)}</time>
    </>
  ) : (
    <>Round {round.number} no longer takes comments: its deadline has passed</>
  );

  return (
    <Alert
      color={round.acceptingComments ? 'plenary' : 'gray'}
      variant="light"
      title={title}
      // Information about the page, not an alert: found as a region (named by its title) rather than announced.
      role="region"
    >
      <Stack gap="xs">
        <Text size="sm">
          Version {round.versionNumber} is circulated for comment.
          {notYet && <> Comments close {closes}.</>}
        </Text>
        {round.instructions.trim() !== '' && <LinkifiedText size="sm">{round.instructions}</LinkifiedText>}
        <Text size="sm">
          <Text span size="sm" fw={500}>
            {attributionModeLabels[round.attribution]}:
          </Text>{' '}
          {attributionExplanations[round.attribution]}
        </Text>
      </Stack>
    </Alert>
  );
}
