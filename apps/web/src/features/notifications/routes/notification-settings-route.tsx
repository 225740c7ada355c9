import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Radio, Stack } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { NotificationDelivery, notificationDeliveryLabels } from '@plenary/shared';
import { Link } from 'react-router';
import type { NotificationKind } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { notificationPreferencesQuery } from '../graphql/notification-queries';
import { useSetNotificationPreference } from '../hooks/use-set-notification-preference';

const deliveries = Object.values(NotificationDelivery);

function isDelivery(value: string): value is NotificationDelivery {
  return deliveries.some((delivery) => delivery === value);
}

/** How the viewer is e-mailed about each kind of notification: `/settings/notifications`. */
export function NotificationSettingsRoute() {
  useDocumentTitle('Notification settings');
  const { data, loading, error, refetch } = useQuery(notificationPreferencesQuery);
  const setPreference = useSetNotificationPreference();
  const { message, announce } = useAnnouncement();

  async function handleChange(kind: NotificationKind, label: string, value: string) {
    if (!isDelivery(value)) return;
    try {
      await setPreference(kind, label, value);
      announce(`Saved: ${label}, ${notificationDeliveryLabels[value]}.`);
    } catch (saveError) {
      toasts.show({
        color: 'red',
        title: `${label}: your choice was not saved`,
        message: toApiError(saveError).message,
      });
    }
  }

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading your notification settings…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Your notification settings could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    return (
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          {data.notificationPreferences.map((preference) => (
            <Radio.Group
              key={preference.kind}
              label={preference.label}
              value={preference.delivery}
              onChange={(value) => void handleChange(preference.kind, preference.label, value)}
            >
              <Group gap="lg" mt="xs">
                {deliveries.map((delivery) => (
                  <Radio key={delivery} value={delivery} label={notificationDeliveryLabels[delivery]} />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Notification settings"
        description={
          <>
            Choose, for each kind of notification, whether you are e-mailed at once or in a daily digest. Daily digests
            go out once a day. Whatever you choose, everything also appears in the{' '}
            <Anchor component={Link} to="/notifications">
              notification centre
            </Anchor>
            .
          </>
        }
      />
      {renderContent()}
      <LiveRegion message={message} />
    </Stack>
  );
}
