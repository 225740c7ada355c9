import { Anchor, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDateRange, meetingKindLabels } from '@plenary/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { MeetingList_MeetingFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { MeetingStatusBadge } from './meeting-status-badge';
import { OrganizationNames, meetingPlace, roleList } from './meeting-text';

export const meetingListFragment = graphql(`
  fragment MeetingList_meeting on Meeting {
    id
    title
    kind
    startDate
    endDate
    venue
    city
    country
    status
    viewerRoles
    organizers {
      id
      name
      acronym
    }
  }
`);

type MeetingRow = MeetingList_MeetingFragment;

function MeetingLink({ meeting }: { meeting: MeetingRow }) {
  return (
    <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600}>
      <ScriptText>{meeting.title}</ScriptText>
    </Anchor>
  );
}

function MeetingTable({ meetings }: { meetings: readonly MeetingRow[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="sm" highlightOnHover striped={false}>
        <Table.Caption>
          <VisuallyHidden>Your meetings, soonest first</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Meeting</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Place</Table.Th>
            <Table.Th scope="col">Organizers</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Your role</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td maw={360}>
                <Stack gap={2}>
                  <MeetingLink meeting={meeting} />
                  <Text size="sm" c="dimmed">
                    {meetingKindLabels[meeting.kind]}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateRange(meeting.startDate, meeting.endDate)}
              </Table.Td>
              <Table.Td>{meetingPlace(meeting)}</Table.Td>
              <Table.Td>
                <OrganizationNames organizations={meeting.organizers} />
              </Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={meeting.status} />
              </Table.Td>
              <Table.Td>{roleList(meeting.viewerRoles) || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MeetingCards({ meetings }: { meetings: readonly MeetingRow[] }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your meetings">
      {meetings.map((meeting) => {
        const roles = roleList(meeting.viewerRoles);
        return (
          <Card component="li" withBorder radius="md" padding="md" key={meeting.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={2} fz="md" style={{ flex: '1 1 12rem' }}>
                  <MeetingLink meeting={meeting} />
                </Title>
                <MeetingStatusBadge status={meeting.status} />
              </Group>
              <Text size="sm">
                {meetingKindLabels[meeting.kind]} · {formatDateRange(meeting.startDate, meeting.endDate)}
              </Text>
              <Text size="sm" c="dimmed">
                {meetingPlace(meeting)}
              </Text>
              <Text size="sm" c="dimmed">
                Organized by <OrganizationNames organizations={meeting.organizers} />
              </Text>
              {roles !== '' && <Text size="sm">Your role: {roles}</Text>}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

export interface MeetingListProps {
  meetings: readonly FragmentType<typeof meetingListFragment>[];
}

/** A table on wide screens; on a phone, one card per meeting. */
export function MeetingList({ meetings: meetingRefs }: MeetingListProps) {
  const meetings = getFragmentData(meetingListFragment, meetingRefs);
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  return wide ? <MeetingTable meetings={meetings} /> : <MeetingCards meetings={meetings} />;
}
