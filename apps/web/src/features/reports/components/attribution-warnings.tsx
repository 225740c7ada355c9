import { Alert, List, Text } from '@mantine/core';
import type { ReportPanel_ReportFragment } from '../../../__generated__/graphql';

export interface AttributionWarningsProps {
  warnings: ReportPanel_ReportFragment['attributionWarnings'];
}

/** Participants the text names although the report is written without attribution. */
export function AttributionWarnings({ warnings }: AttributionWarningsProps) {
  if (warnings.length === 0) return null;
  const count = warnings.length === 1 ? 'one participant' : `${warnings.length} participants`;
  return (
    <Alert color="orange" variant="light" role="note" title={`The report names ${count}`}>
      <Text size="sm" mb="xs">
        The report is written without attribution (Chatham House rule): write “one participant argued…” instead of a
        name, or allow attribution if the participants agreed to be named.
      </Text>
      <List size="sm" spacing={4} aria-label="Participants named in the report">
        {warnings.map((warning, index) => (
          <List.Item key={index}>
            <strong>{warning.location}</strong> names <strong>{warning.personName}</strong>: {warning.excerpt}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
