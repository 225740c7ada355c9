import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  formatDateRange,
  InvitationState,
  invitationStateLabels,
  meetingKindLabels,
  meetingRoleLabels,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { HomeMeetings_HomeFragment, HomeMeetings_MeetingFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { MeetingStatusBadge } from '../../meetings/components/meeting-status-badge';
import { meetingPlace } from '../../meetings/components/meeting-text';

export const homeMeetingsFragment = graphql(`
  fragment HomeMeetings_home on Home {
    upcomingMeetings {
      ...HomeMeetings_meeting
    }
    pastMeetings {
      ...HomeMeetings_meeting
    }
  }
`);

const meetingFragment = graphql(`
  fragment HomeMeetings_meeting on HomeMeeting {
    id
    title
    kind
    status
    startDate
    endDate
    venue
    city
    country
    viewerRole
    viewerInvitation
    path
  }
`);

type Meeting = HomeMeetings_HomeFragment['upcomingMeetings'][number];

/** "Presenter · accepted"; for someone who holds their role through the study group, nothing. */
function yourPart({ viewerRole, viewerInvitation }: HomeMeetings_MeetingFragment): string | null {
  if (!viewerRole) return null;
  const role = meetingRoleLabels[viewerRole];
  return viewerInvitation ? `${role} · ${invitationStateLabels[viewerInvitation].toLowerCase()}` : role;
}

function MeetingRows({ meetings: refs, label }: { meetings: readonly Meeting[]; label: string }) {
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {refs.map((ref) => {
        const meeting = getFragmentData(meetingFragment, ref);
        const part = yourPart(meeting);
        return (
          <Paper component="li" key={meeting.id} withBorder radius="md" px="md" py="sm">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Stack gap={2} style={{ flex: '1 1 20rem', minWidth: 0 }}>
                <Anchor component={Link} to={meeting.path} fw={600}>
                  <ScriptText>{meeting.title}</ScriptText>
                </Anchor>
                <Text size="sm">
                  {formatDateRange(meeting.startDate, meeting.endDate)} · {meetingKindLabels[meeting.kind]}
                </Text>
                <Text size="sm" c="dimmed">
                  {meetingPlace(meeting)}
                </Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                <MeetingStatusBadge status={meeting.status} />
                {part && (
                  <Badge
                    variant="light"
                    color={meeting.viewerInvitation === InvitationState.INVITED ? 'orange' : 'gray'}
                    fw={500}
                  >
                    {part}
                  </Badge>
                )}
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

export interface HomeMeetingsProps {
  home: FragmentType<typeof homeMeetingsFragment>;
}

/** The viewer's meetings still to come, soonest first; the latest past ones folded away beneath. */
export function HomeMeetings({ home: ref }: HomeMeetingsProps) {
  const { upcomingMeetings, pastMeetings } = getFragmentData(homeMeetingsFragment, ref);
  const [pastOpen, setPastOpen] = useState(false);
  const headingId = useId();
  const pastId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} fz="h3" id={headingId}>
          Coming up
        </Title>
        <Anchor component={Link} to="/meetings" size="sm">
          All your meetings
        </Anchor>
      </Group>
      {upcomingMeetings.length === 0 ? (
        <Text c="dimmed">No meetings coming up.</Text>
      ) : (
        <MeetingRows meetings={upcomingMeetings} label="Meetings coming up" />
      )}
      {pastMeetings.length > 0 && (
        <Stack gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={pastOpen}
            aria-controls={pastId}
            onClick={() => {
              setPastOpen((open) => !open);
            }}
          >
            Past meetings ({pastMeetings.length})<span aria-hidden>&nbsp;{pastOpen ? '▴' : '▾'}</span>
          </Button>
          <Collapse expanded={pastOpen} id={pastId} keepMountedMode="display-none">
            <MeetingRows meetings={pastMeetings} label="Past meetings" />
          </Collapse>
        </Stack>
      )}
    </Stack>
  );
}
