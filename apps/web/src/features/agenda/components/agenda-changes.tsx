import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ScriptText } from '../../../ui/script-text';
import { formatMoment } from './agenda-time';

const SHOWN_AT_FIRST = 5;

export interface AgendaChange {
  id: string;
  at: string;
  summary: string;
  by: { name: string; honorific: string | null } | null;
}

export interface AgendaChangesProps {
  /** Newest first. */
  changes: readonly AgendaChange[];
  /** The venue's zone, in which the times of the changes are given, and the viewer's own. */
  timeZone: string;
  viewerZone: string;
}

/** Everything changed on the agenda after it was adopted: when, by whom, what. */
export function AgendaChanges({ changes, timeZone, viewerZone }: AgendaChangesProps) {
  const [showAll, setShowAll] = useState(false);
  if (changes.length === 0) return null;
  const shown = showAll ? changes : changes.slice(0, SHOWN_AT_FIRST);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby="agenda-changes-heading"
    >
      <Stack gap="xs">
        <Title order={3} fz="h5" id="agenda-changes-heading">
          Changes since adoption
        </Title>
        <Stack component="ul" id="agenda-changes-list" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((change) => (
            <li key={change.id}>
              <Text size="sm">{change.summary}</Text>
              <Text size="xs" c="dimmed">
                <time dateTime={change.at}>{formatMoment(change.at, timeZone, viewerZone)}</time>
                {' · '}
                {change.by ? (
                  <ScriptText>
                    {change.by.honorific ? `${change.by.honorific} ${change.by.name}` : change.by.name}
                  </ScriptText>
                ) : (
                  'The secretariat'
                )}
              </Text>
            </li>
          ))}
        </Stack>
        {changes.length > SHOWN_AT_FIRST && (
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={showAll}
            aria-controls="agenda-changes-list"
            onClick={() => {
              setShowAll((current) => !current);
            }}
          >
            {showAll ? 'Show the latest changes only' : `Show all ${changes.length} changes`}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
