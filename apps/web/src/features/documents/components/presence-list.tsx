import { Group, Text } from '@mantine/core';
import type { PresenceEntry } from '../hooks/use-document-events';

/** The other co-chairs on the page in the last moments, and whether they are editing. */
export function PresenceList({ presence }: { presence: readonly PresenceEntry[] }) {
  if (presence.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500} component="span">
        Here now:
      </Text>
      <Text
        component="ul"
        size="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none', display: 'contents' }}
        aria-label="Here now"
      >
        {presence.map((entry, index) => (
          <Text component="li" key={entry.personId} size="sm" span>
            {entry.name}
            {entry.paragraphId !== null && ' (editing)'}
            {index < presence.length - 1 && ', '}
          </Text>
        ))}
      </Text>
    </Group>
  );
}
