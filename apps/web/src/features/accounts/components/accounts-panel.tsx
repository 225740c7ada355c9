import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../__generated__';
import type { InviteUserInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { useOrganizationOptions } from '../../organizations/hooks/use-organization-options';
import { useInviteUser } from '../hooks/use-invite-user';
import { useResendInvitation } from '../hooks/use-resend-invitation';
import { useSetUserDisabled } from '../hooks/use-set-user-disabled';
import { AccountsTable, displayName, type AccountRow, type PendingAccountAction } from './accounts-table';
import { InviteUserForm } from './invite-user-form';

export const accountsQuery = graphql(`
  query Accounts {
    users {
      id
      ...AccountsTable_user
    }
  }
`);

function InviteUserDialogBody({ onDone }: { onDone: () => void }) {
  const { organizations, loading, error, refetch } = useOrganizationOptions();
  const inviteUser = useInviteUser();

  async function handleSubmit(input: InviteUserInput) {
    await inviteUser(input);
    notifications.show({
      color: 'green',
      title: 'Invitation sent',
      message: `An e-mail with a one-time link to set a password was sent to ${input.email}.`,
    });
    onDone();
  }

  if (loading) return <LoadingState label="Loading organizations…" />;
  if (error) {
    return (
      <ErrorState
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  return <InviteUserForm organizations={organizations} onSubmit={handleSubmit} onCancel={onDone} />;
}

export interface AccountsPanelProps {
  viewerId: string;
}

/** Every account on the platform: invite people, disable and enable accounts. */
export function AccountsPanel({ viewerId }: AccountsPanelProps) {
  const { data, loading, error, refetch } = useQuery(accountsQuery);
  const [inviteOpened, { open: openInvite, close: closeInvite }] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const setUserDisabled = useSetUserDisabled();
  const resendInvitation = useResendInvitation();
  const [pending, setPending] = useState<PendingAccountAction>();

  async function handleSetDisabled(user: AccountRow, disabled: boolean) {
    const name = displayName(user.person);
    setPending({ userId: user.id, action: 'set-disabled' });
    try {
      await setUserDisabled(user.id, disabled);
      notifications.show({
        color: disabled ? 'gray' : 'green',
        title: disabled ? 'Account disabled' : 'Account enabled',
        message: disabled ? `${name} can no longer sign in.` : `${name} can sign in again.`,
      });
    } catch (setError) {
      notifications.show({ color: 'red', title: 'Nothing was changed', message: toApiError(setError).message });
    } finally {
      setPending(undefined);
    }
  }

  async function handleResendInvitation(user: AccountRow) {
    setPending({ userId: user.id, action: 'resend-invitation' });
    try {
      await resendInvitation(user.id);
      notifications.show({
        color: 'green',
        title: 'Invitation sent again',
        message: `A new one-time link was sent to ${user.email}. Earlier links no longer work.`,
      });
    } catch (resendError) {
      notifications.show({ color: 'red', title: 'No invitation was sent', message: toApiError(resendError).message });
    } finally {
      setPending(undefined);
    }
  }

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading accounts…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Accounts could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (data.users.length === 0) return <EmptyState title="No accounts yet" />;
    return (
      <AccountsTable
        users={data.users}
        viewerId={viewerId}
        pending={pending}
        onSetDisabled={(user, disabled) => void handleSetDisabled(user, disabled)}
        onResendInvitation={(user) => void handleResendInvitation(user)}
      />
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" size="sm" maw={560}>
          People get an account by invitation: they receive an e-mail with a one-time link to set their password.
        </Text>
        <Button onClick={openInvite}>Invite a person</Button>
      </Group>
      {renderContent()}
      <Modal opened={inviteOpened} onClose={closeInvite} title="Invite a person" size="lg" fullScreen={phone}>
        {inviteOpened && <InviteUserDialogBody onDone={closeInvite} />}
      </Modal>
    </Stack>
  );
}
