import { Anchor, Button, CopyButton, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';

export const calendarSubscriptionFragment = graphql(`
  fragment CalendarSubscription_meeting on Meeting {
    id
    calendarFeedUrl
  }
`);

/** Calendar applications subscribe to `webcal:` addresses; the feed itself is served over HTTP(S). */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}

export interface CalendarSubscriptionProps {
  meeting: FragmentType<typeof calendarSubscriptionFragment>;
}

/** The viewer's own calendar feed of the meeting, to add once and have the agenda's changes follow. */
export function CalendarSubscription({ meeting: meetingRef }: CalendarSubscriptionProps) {
  const { calendarFeedUrl } = getFragmentData(calendarSubscriptionFragment, meetingRef);
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm" maw="48rem">
        <Title order={2} fz="h4" id={headingId}>
          Subscribe in your calendar
        </Title>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Calendar address"
            readOnly
            value={calendarFeedUrl}
            description="Your own address: anyone who has it sees the agenda as you do, so do not share it."
            onFocus={(event) => {
              event.currentTarget.select();
            }}
            style={{ flex: 1, minWidth: 0 }}
          />
          <CopyButton value={calendarFeedUrl}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'default'} color={copied ? 'green' : undefined} onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor href={webcalUrl(calendarFeedUrl)} size="sm">
          Open in your calendar application
        </Anchor>
      </Stack>
    </Paper>
  );
}
