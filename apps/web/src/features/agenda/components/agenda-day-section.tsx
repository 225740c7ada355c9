import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { agendaItemFragment } from '../graphql/agenda-fragments';
import { useAgenda } from './agenda-context';
import { AgendaItemView } from './agenda-item-view';
import { formatAgendaDate } from './agenda-time';

export interface AgendaDaySectionProps {
  day: { id: string; date: string; items: readonly ({ id: string } & FragmentType<typeof agendaItemFragment>)[] };
  /** "Day 1", counted from the agenda's first day. */
  number: number;
}

export function AgendaDaySection({ day, number }: AgendaDaySectionProps) {
  const agenda = useAgenda();
  const headingId = `agenda-day-${day.id}`;
  const dayRefValue = { id: day.id, date: day.date };
  const times = day.items.map((item) => {
    const { startTime, endTime } = getFragmentData(agendaItemFragment, item);
    return { startTime, endTime };
  });

  return (
    <Paper component="section" withBorder radius="md" aria-labelledby={headingId} style={{ overflow: 'hidden' }}>
      <Group justify="space-between" align="flex-end" gap="sm" px={{ base: 'sm', sm: 'md' }} py="sm" bg="plenary.0">
        <Stack gap={0}>
          <Text size="xs" c="plenary.9" fw={600} tt="uppercase" lts={0.5}>
            Day {number}
          </Text>
          <Title order={3} fz="h4" id={headingId} tabIndex={-1}>
            {formatAgendaDate(day.date)}
          </Title>
        </Stack>
        {agenda.canEdit && (
          <Group gap={6}>
            <Button
              size="compact-sm"
              variant="filled"
              aria-label={`Add item: ${formatAgendaDate(day.date)}`}
              onClick={() => {
                agenda.addItem(dayRefValue, times);
              }}
            >
              Add item
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              aria-label={`Duplicate day: ${formatAgendaDate(day.date)}`}
              onClick={() => {
                agenda.duplicateDay(dayRefValue);
              }}
            >
              Duplicate day
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`Remove day: ${formatAgendaDate(day.date)}`}
              onClick={() => {
                agenda.removeDay({ ...dayRefValue, itemCount: day.items.length });
              }}
            >
              Remove day
            </Button>
          </Group>
        )}
      </Group>
      {day.items.length === 0 ? (
        <Text
          c="dimmed"
          size="sm"
          px={{ base: 'sm', sm: 'md' }}
          py="md"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
        >
          Nothing is scheduled on this day yet.
        </Text>
      ) : (
        <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {day.items.map((item, index) => (
            <AgendaItemView key={item.id} item={item} day={dayRefValue} index={index} total={day.items.length} />
          ))}
        </Box>
      )}
    </Paper>
  );
}
