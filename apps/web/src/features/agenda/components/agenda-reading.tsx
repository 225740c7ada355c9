import { useQuery } from '@apollo/client/react';
import { Box, Divider, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../../../__generated__';
import type { AgendaReadingQuery } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { ScriptText } from '../../../ui/script-text';

export const agendaReadingQuery = graphql(`
  query AgendaReading($id: ID!) {
    meeting(id: $id) {
      id
      agendaLayout {
        symbol
        dateLine
        organizers
        title
        placeAndDates
        heading
        zoneNote
        days {
          date
          heading
          items {
            id
            number
            times
            title
            plain
            subItems
            people {
              role
              name
              affiliation
            }
          }
        }
      }
    }
  }
`);

type Layout = NonNullable<AgendaReadingQuery['meeting']>['agendaLayout'];
type LayoutItem = Layout['days'][number]['items'][number];

function ReadingItem({ item }: { item: LayoutItem }) {
  return (
    <Box component="li" py={6} style={{ breakInside: 'avoid' }}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Text size="sm" w="6.5rem" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
          {item.times}
        </Text>
        <Text size="sm" fw={700} w="1.75rem" style={{ flexShrink: 0 }} aria-hidden>
          {item.number === null ? '' : `${item.number}.`}
        </Text>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={item.plain ? 400 : 700}>
            {item.number !== null && <VisuallyHidden component="span">Item {item.number}: </VisuallyHidden>}
            {item.title}
          </Text>
          {item.subItems.length > 0 && (
            <Box component="ul" m={0} pl="md" style={{ listStyleType: 'disc' }}>
              {item.subItems.map((sub, index) => (
                <Text component="li" size="sm" key={index}>
                  {sub}
                </Text>
              ))}
            </Box>
          )}
          {item.people.map((person, index) => (
            <Text size="sm" c="dimmed" key={`${person.role}-${index}`}>
              {person.role}: <ScriptText>{person.name}</ScriptText>
              {person.affiliation && `, ${person.affiliation}`}
            </Text>
          ))}
        </Stack>
      </Group>
    </Box>
  );
}

/** The agenda laid out as it is printed, for those who run the meeting and those who take part alike. */
export function AgendaReadingDocument({ layout }: { layout: Layout }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        {(layout.symbol ?? layout.dateLine) && (
          <Stack gap={0} align="flex-end">
            {layout.symbol && <Text fw={700}>{layout.symbol}</Text>}
            {layout.dateLine && <Text size="sm">{layout.dateLine}</Text>}
          </Stack>
        )}
        <Stack gap={4} align="center" ta="center">
          {layout.organizers.map((organizer) => (
            <Text size="sm" key={organizer}>
              {organizer}
            </Text>
          ))}
          <Title order={3} fz="h4" mt="xs">
            {layout.title}
          </Title>
          <Text size="sm">{layout.placeAndDates}</Text>
          <Title order={2} fz="h4" mt="sm" id={headingId}>
            {layout.heading}
          </Title>
          <Text size="xs" c="dimmed">
            {layout.zoneNote}
          </Text>
        </Stack>
        {layout.days.map((day) => (
          <Box component="section" key={day.date} aria-label={day.heading}>
            <Title order={4} fz="md">
              {day.heading}
            </Title>
            <Divider my={6} />
            {day.items.length === 0 ? (
              <Text size="sm">To be announced.</Text>
            ) : (
              <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
                {day.items.map((item) => (
                  <ReadingItem key={item.id} item={item} />
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

export interface AgendaReadingProps {
  meetingId: string;
}

/** The reading view of the agenda: what participants see and what the PDF and Word file print. */
export function AgendaReading({ meetingId }: AgendaReadingProps) {
  const { data, loading, error, refetch } = useQuery(agendaReadingQuery, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) {
    return (
      <ErrorState
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  if (loading && !data) return <LoadingState label="Loading the agenda…" />;
  if (!data?.meeting) return null;
  return <AgendaReadingDocument layout={data.meeting.agendaLayout} />;
}
