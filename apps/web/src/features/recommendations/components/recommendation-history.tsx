import { Anchor, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { recommendationStatusLabels } from '@plenary/shared';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { formatDate } from '../../../ui/time-zone';
import { displayName } from '../../../lib/names';
import { recommendationHistoryFragment } from '../graphql/recommendation-queries';
import { statusColors } from './recommendation-text';

export interface RecommendationHistoryProps {
  recommendation: FragmentType<typeof recommendationHistoryFragment>;
}

/** Every step of the follow-up, oldest first, as the API gives them: the date, the move, the note and the evidence. */
export function RecommendationHistory({ recommendation: ref }: RecommendationHistoryProps) {
  const { history } = getFragmentData(recommendationHistoryFragment, ref);
  return (
    <Stack gap="sm" component="section" aria-labelledby="recommendation-history-heading">
      <Title order={2} fz="h3" id="recommendation-history-heading">
        History
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          No step recorded yet.
        </Text>
      ) : (
        <Timeline
          active={history.length - 1}
          bulletSize={16}
          lineWidth={2}
          role="list"
          aria-label="Steps, oldest first"
        >
          {history.map((step) => (
            <Timeline.Item
              key={step.id}
              role="listitem"
              color={statusColors[step.toStatus]}
              title={
                <Text fw={600} size="sm">
                  {formatDate(step.occurredOn)}:{' '}
                  {step.fromStatus
                    ? `${recommendationStatusLabels[step.fromStatus]} → ${recommendationStatusLabels[step.toStatus]}`
                    : recommendationStatusLabels[step.toStatus]}
                </Text>
              }
            >
              <Stack gap={4}>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {step.note}
                </Text>
                {(step.evidenceUrl || step.evidenceFile) && (
                  <Group gap="sm" wrap="wrap">
                    <Text size="sm" fw={500} span>
                      Evidence:
                    </Text>
                    {step.evidenceUrl && (
                      <Anchor
                        href={step.evidenceUrl}
                        size="sm"
                        target="_blank"
                        rel="noopener noreferrer"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {step.evidenceUrl}
                      </Anchor>
                    )}
                    {step.evidenceFile && (
                      <Anchor href={step.evidenceFile.url} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {step.evidenceFile.filename}
                      </Anchor>
                    )}
                  </Group>
                )}
                <Text size="xs" c="dimmed">
                  Recorded
                  {step.recordedBy && (
                    <>
                      {' by '}
                      <ScriptText>{displayName(step.recordedBy)}</ScriptText>
                    </>
                  )}{' '}
                  on <Moment at={step.recordedAt} />
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
