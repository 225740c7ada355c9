import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { AccountsTable_UserFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { Moment } from '../../../ui/moment';

export const accountsTableFragment = graphql(`
  fragment AccountsTable_user on User {
    id
    email
    isPlatformAdmin
    disabled
    lastSignInAt
    person {
      id
      name
      sortName
      honorific
      title
      affiliation {
        id
        name
        acronym
      }
    }
  }
`);

export type AccountRow = AccountsTable_UserFragment;

export interface AccountsTableProps {
  users: readonly FragmentType<typeof accountsTableFragment>[];
  /** The signed-in administrator, who may not disable their own account. */
  viewerId: string;
  /** The account action being saved, if any. */
  pending: PendingAccountAction | undefined;
  onSetDisabled: (user: AccountRow, disabled: boolean) => void;
  onResendInvitation: (user: AccountRow) => void;
}

export interface PendingAccountAction {
  userId: string;
  action: 'set-disabled' | 'resend-invitation';
}

export function displayName({ honorific, name }: { honorific: string | null; name: string }): string {
  return honorific ? `${honorific} ${name}` : name;
}

export function AccountsTable({
  users: userRefs,
  viewerId,
  pending,
  onSetDisabled,
  onResendInvitation,
}: AccountsTableProps) {
  const users = getFragmentData(accountsTableFragment, userRefs);
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>Accounts</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">E-mail</Table.Th>
            <Table.Th scope="col">Affiliation</Table.Th>
            <Table.Th scope="col">Access</Table.Th>
            <Table.Th scope="col">Last signed in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const name = displayName(user.person);
            const affiliation = user.person.affiliation;
            return (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={500}>
                      <ScriptText>{name}</ScriptText>
                    </Text>
                    {user.person.title && (
                      <Text size="sm" c="dimmed">
                        {user.person.title}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{affiliation ? (affiliation.acronym ?? affiliation.name) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {user.isPlatformAdmin && (
                      <Badge variant="outline" color="plenary">
                        Administrator
                      </Badge>
                    )}
                    {user.disabled && (
                      <Badge variant="outline" color="red">
                        Disabled
                      </Badge>
                    )}
                    {!user.isPlatformAdmin && !user.disabled && <Text size="sm">Member</Text>}
                  </Group>
                </Table.Td>
                <Table.Td>{user.lastSignInAt ? <Moment at={user.lastSignInAt} /> : 'Never'}</Table.Td>
                <Table.Td>
                  {user.id === viewerId ? (
                    <Text size="sm" c="dimmed" ta="right">
                      You
                    </Text>
                  ) : (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {/* Someone who never signed in may have lost or missed the e-mail. */}
                      {user.lastSignInAt === null && !user.disabled && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={pending?.userId === user.id && pending.action === 'resend-invitation'}
                          aria-label={`Resend link to ${name}`}
                          onClick={() => {
                            onResendInvitation(user);
                          }}
                        >
                          Resend link
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="default"
                        loading={pending?.userId === user.id && pending.action === 'set-disabled'}
                        aria-label={`${user.disabled ? 'Enable' : 'Disable'} the account of ${name}`}
                        onClick={() => {
                          onSetDisabled(user, !user.disabled);
                        }}
                      >
                        {user.disabled ? 'Enable' : 'Disable'}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
