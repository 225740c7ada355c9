import { Anchor, Button, Card, Collapse, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDateRange, meetingKindLabels, toZoned } from '@plenary/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { MeetingList_MeetingFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { viewerTimeZone } from '../../../ui/time-zone';
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

interface MeetingGroupProps {
  meetings: readonly MeetingRow[];
  /** Read out as the table's or list's name. */
  caption: string;
}

function MeetingTable({ meetings, caption }: MeetingGroupProps) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="sm" highlightOnHover striped={false}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
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

function MeetingCards({ meetings, caption }: MeetingGroupProps) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {meetings.map((meeting) => {
        const roles = roleList(meeting.viewerRoles);
        return (
          <Card component="li" withBorder radius="md" padding="md" key={meeting.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} fz="md" style={{ flex: '1 1 12rem' }}>
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

/**
 * Upcoming meetings first, soonest first; then, folded away until asked for, those that are over,
 * latest first. A table on wide screens; on a phone, one card per meeting.
 */
export function MeetingList({ meetings: meetingRefs }: MeetingListProps) {
  const meetings = getFragmentData(meetingListFragment, meetingRefs);
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [showPast, setShowPast] = useState(false);
  const pastId = useId();
  const today = toZoned(new Date(), viewerTimeZone()).date;
  const upcoming = meetings
    .filter((meeting) => meeting.endDate >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  const past = meetings
    .filter((meeting) => meeting.endDate < today)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
  const Listing = wide ? MeetingTable : MeetingCards;
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby={`${pastId}-upcoming`}>
        <Title order={2} fz="h4" id={`${pastId}-upcoming`}>
          Upcoming
        </Title>
        {upcoming.length > 0 ? (
          <Listing meetings={upcoming} caption="Upcoming meetings, soonest first" />
        ) : (
          <Text c="dimmed">No upcoming meetings.</Text>
        )}
      </Stack>
      {past.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby={`${pastId}-past`}>
          <Title order={2} fz="h4" id={`${pastId}-past`}>
            Past
          </Title>
          <div>
            <Button
              variant="default"
              size="sm"
              aria-expanded={showPast}
              aria-controls={pastId}
              onClick={() => {
                setShowPast((shown) => !shown);
              }}
            >
              {showPast ? 'Hide past meetings' : `Show past meetings (${past.length})`}
            </Button>
          </div>
          <Collapse expanded={showPast} id={pastId} keepMounted={false}>
            <Listing meetings={past} caption="Past meetings, latest first" />
          </Collapse>
        </Stack>
      )}
    </Stack>
  );
}
