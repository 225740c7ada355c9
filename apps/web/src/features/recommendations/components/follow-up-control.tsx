import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isLocalDate } from '@plenary/shared';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { checked, useServerForm, type FieldErrors } from '../../../lib/forms';
import { formatDate } from '../../../ui/time-zone';
import { followUpControlFragment } from '../graphql/recommendation-queries';
import { useSetRecommendationFollowUp } from '../hooks/use-set-recommendation-follow-up';

/** A date to be reminded on: a real one, and not before the recommendation was adopted. */
function validateFollowUp(date: string, adoptedOn: string): FieldErrors<'nextFollowUpOn'> {
  if (!isLocalDate(date)) return { nextFollowUpOn: 'Enter a date.' };
  if (date < adoptedOn) {
    return { nextFollowUpOn: `The follow-up cannot come before the adoption (${formatDate(adoptedOn)}).` };
  }
  return {};
}

export interface FollowUpControlProps {
  recommendation: FragmentType<typeof followUpControlFragment>;
}

/** For the responsible secretariat: moves or clears the date it is next reminded to check on the recommendation. */
export function FollowUpControl({ recommendation: ref }: FollowUpControlProps) {
  const recommendation = getFragmentData(followUpControlFragment, ref);
  const setFollowUp = useSetRecommendationFollowUp();
  const [clearing, setClearing] = useState(false);
  const { form, errors, formErrors, setFormErrors, submitting, handleSubmit, send } = useServerForm({
    initialValues: { nextFollowUpOn: recommendation.nextFollowUpOn ?? '' },
    fields: ['nextFollowUpOn'] as const,
    check: ({ nextFollowUpOn }) =>
      checked<string | null, 'nextFollowUpOn'>(
        validateFollowUp(nextFollowUpOn, recommendation.adoptedOn),
        nextFollowUpOn,
      ),
    onSubmit: async (nextFollowUpOn) => {
      await setFollowUp(recommendation.id, nextFollowUpOn);
      notifications.show({
        color: 'green',
        title: nextFollowUpOn === null ? 'Follow-up date cleared' : 'Follow-up date set',
        message: nextFollowUpOn === null ? 'No reminder is planned.' : `Next follow-up: ${formatDate(nextFollowUpOn)}.`,
      });
    },
  });
  // A step recorded meanwhile may have moved the date: the input starts again from the saved one.
  const [shownFor, setShownFor] = useState(recommendation.nextFollowUpOn);
  if (shownFor !== recommendation.nextFollowUpOn) {
    setShownFor(recommendation.nextFollowUpOn);
    form.setFieldValue('nextFollowUpOn', recommendation.nextFollowUpOn ?? '');
  }

  async function handleClear() {
    setClearing(true);
    try {
      await send(null);
    } finally {
      setClearing(false);
    }
  }

  const dateProps = form.getInputProps('nextFollowUpOn');
  // The one input is the only place to show why the date was not saved.
  const error = [errors.nextFollowUpOn, ...formErrors].filter(Boolean).join(' ') || undefined;

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
              {...dateProps}
              onChange={(event) => {
                dateProps.onChange(event);
                setFormErrors([]);
              }}
              error={error}
              style={{ flex: '0 1 16rem' }}
            />
            <Button type="submit" variant="default" loading={submitting && !clearing} disabled={clearing}>
              Save date
            </Button>
            {recommendation.nextFollowUpOn && (
              <Button
                variant="subtle"
                color="red"
                loading={clearing}
                disabled={submitting && !clearing}
                onClick={() => void handleClear()}
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
