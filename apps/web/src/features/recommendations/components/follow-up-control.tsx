import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isLocalDate } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { toFormErrors } from '../../../app/api-error';
import { formatDate } from '../../../ui/time-zone';
import { followUpControlFragment } from '../graphql/recommendation-queries';
import { useSetRecommendationFollowUp } from '../hooks/use-set-recommendation-follow-up';

export interface FollowUpControlProps {
  recommendation: FragmentType<typeof followUpControlFragment>;
}

/** For the responsible secretariat: moves or clears the date it is next reminded to check on the recommendation. */
export function FollowUpControl({ recommendation: ref }: FollowUpControlProps) {
  const recommendation = getFragmentData(followUpControlFragment, ref);
  const setFollowUp = useSetRecommendationFollowUp();
  const [date, setDate] = useState(recommendation.nextFollowUpOn ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState<'set' | 'clear'>();
  // A step recorded meanwhile may have moved the date: the input starts again from the saved one.
  const [shownFor, setShownFor] = useState(recommendation.nextFollowUpOn);
  if (shownFor !== recommendation.nextFollowUpOn) {
    setShownFor(recommendation.nextFollowUpOn);
    setDate(recommendation.nextFollowUpOn ?? '');
  }

  async function save(nextFollowUpOn: string | null) {
    setError(undefined);
    if (nextFollowUpOn !== null) {
      if (!isLocalDate(nextFollowUpOn)) {
        setError('Enter a date.');
        return;
      }
      if (nextFollowUpOn < recommendation.adoptedOn) {
        setError(`The follow-up cannot come before the adoption (${formatDate(recommendation.adoptedOn)}).`);
        return;
      }
    }
    setSaving(nextFollowUpOn === null ? 'clear' : 'set');
    try {
      await setFollowUp(recommendation.id, nextFollowUpOn);
      notifications.show({
        color: 'green',
        title: nextFollowUpOn === null ? 'Follow-up date cleared' : 'Follow-up date set',
        message: nextFollowUpOn === null ? 'No reminder is planned.' : `Next follow-up: ${formatDate(nextFollowUpOn)}.`,
      });
    } catch (caught) {
      const split = toFormErrors(caught, ['nextFollowUpOn'] as const);
      setError([split.fields.nextFollowUpOn, ...split.form].filter(Boolean).join(' '));
    } finally {
      setSaving(undefined);
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(date);
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="follow-up-heading">
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="follow-up-heading">
            Next follow-up
          </Title>
          <Text size="sm" c="dimmed">
            {recommendation.nextFollowUpOn
              ? `Your secretariat is reminded on ${formatDate(recommendation.nextFollowUpOn)}.`
              : 'No follow-up date is set.'}
          </Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Follow up on"
              type="date"
              min={recommendation.adoptedOn}
              value={date}
              onChange={(event) => {
                setDate(event.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              style={{ flex: '0 1 16rem' }}
            />
            <Button type="submit" variant="default" loading={saving === 'set'} disabled={saving === 'clear'}>
              Save date
            </Button>
            {recommendation.nextFollowUpOn && (
              <Button
                variant="subtle"
                color="red"
                loading={saving === 'clear'}
                disabled={saving === 'set'}
                onClick={() => void save(null)}
              >
                Clear date
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
