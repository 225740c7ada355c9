import { Paper, Stack, Text } from '@mantine/core';
import {
  confidentialityLabels,
  countryName,
  daysInclusive,
  formatDateRange,
  fromZoned,
  meetingKindLabels,
  trackLabels,
} from '@plenary/shared';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { DetailList, type DetailItem } from '../../../ui/detail-list';
import { ScriptText } from '../../../ui/script-text';
import { timeZoneOffset, viewerTimeZone } from '../../../ui/time-zone';
import { roleList, sequenceText } from './meeting-text';

export const meetingDetailsFragment = graphql(`
  fragment MeetingDetails_meeting on Meeting {
    id
    kind
    track
    startDate
    endDate
    venue
    city
    country
    timeZone
    confidentiality
    sequenceNumber
    viewerRoles
    organizers {
      id
      name
      acronym
    }
    host {
      id
      name
      acronym
    }
  }
`);

interface NamedOrganization {
  id: string;
  name: string;
  acronym: string | null;
}

function OrganizationLines({ organizations }: { organizations: readonly NamedOrganization[] }) {
  return (
    <Stack gap={2}>
      {organizations.map((organization) => (
        <Text key={organization.id}>
          <ScriptText>{organization.name}</ScriptText>
          {organization.acronym && <Text span c="dimmed">{` (${organization.acronym})`}</Text>}
        </Text>
      ))}
    </Stack>
  );
}

/** Midday at the venue on `date`: the moment whose offsets a meeting's day is read with. */
function middayAt(date: string, zone: string): Date {
  const midday = fromZoned(date, '12:00', zone);
  return midday.ok ? midday.instant : new Date(`${date}T12:00:00Z`);
}

/** "Europe/Berlin (GMT+2)" on the meeting's dates; "(GMT+2, then GMT+1)" across the night the clocks change. */
function zoneOnDates(zone: string, first: Date, last: Date): string {
  const [from, to] = [timeZoneOffset(zone, first), timeZoneOffset(zone, last)];
  const name = zone.replaceAll('_', ' ');
  if (from === '') return name;
  return `${name} (${from === to ? from : `${from}, then ${to}`})`;
}

/**
 * The venue's zone, and the viewer's own beside it when they differ, so times are never misread;
 * both with the offsets in force on the meeting's dates, not today's.
 */
function TimeZoneValue({ zone, startDate, endDate }: { zone: string; startDate: string; endDate: string }) {
  const own = viewerTimeZone();
  const first = middayAt(startDate, zone);
  const last = middayAt(endDate, zone);
  return (
    <Stack gap={2}>
      <Text>{zoneOnDates(zone, first, last)}</Text>
      {own !== zone && (
        <Text size="sm" c="dimmed">
          Your time zone: {zoneOnDates(own, first, last)}
        </Text>
      )}
    </Stack>
  );
}

export interface MeetingDetailsProps {
  meeting: FragmentType<typeof meetingDetailsFragment>;
}

export function MeetingDetails({ meeting: meetingRef }: MeetingDetailsProps) {
  const meeting = getFragmentData(meetingDetailsFragment, meetingRef);
  const days = daysInclusive(meeting.startDate, meeting.endDate);
  const items: DetailItem[] = [
    { label: 'Kind', value: <Text>{meetingKindLabels[meeting.kind]}</Text> },
    { label: 'Track', value: <Text>{trackLabels[meeting.track]}</Text> },
    ...(meeting.sequenceNumber === null
      ? []
      : [{ label: 'In its series', value: <Text>{sequenceText(meeting.sequenceNumber)}</Text> }]),
    {
      label: 'Dates',
      value: (
        <Text>
          {formatDateRange(meeting.startDate, meeting.endDate)}{' '}
          <Text span c="dimmed">
            ({days === 1 ? 'one day' : `${days} days`})
          </Text>
        </Text>
      ),
    },
    {
      label: 'Time zone',
      value: <TimeZoneValue zone={meeting.timeZone} startDate={meeting.startDate} endDate={meeting.endDate} />,
    },
    {
      label: 'Venue',
      value: (
        <Stack gap={2}>
          <Text>
            <ScriptText>{meeting.venue}</ScriptText>
          </Text>
          {(meeting.city ?? meeting.country) && (
            <Text size="sm" c="dimmed">
              {[meeting.city, meeting.country ? countryName(meeting.country) : null].filter(Boolean).join(', ')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      label: meeting.organizers.length === 1 ? 'Organizer' : 'Organizers',
      value: <OrganizationLines organizations={meeting.organizers} />,
    },
    {
      label: 'Host',
      value: meeting.host ? <OrganizationLines organizations={[meeting.host]} /> : <Text c="dimmed">Not set</Text>,
    },
    { label: 'Confidentiality', value: <Text>{confidentialityLabels[meeting.confidentiality]}</Text> },
    {
      label: 'Your role',
      value: <Text>{roleList(meeting.viewerRoles) || 'None: you can see this meeting, but hold no role on it.'}</Text>,
    },
  ];
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <DetailList items={items} />
    </Paper>
  );
}
