import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { UpdateOrganizationInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { useCreateOrganization } from '../hooks/use-create-organization';
import { useConfirmOrganization } from '../hooks/use-confirm-organization';
import { useUpdateOrganization } from '../hooks/use-update-organization';
import {
  emptyOrganizationValues,
  OrganizationForm,
  type OrganizationFormData,
  type OrganizationFormValues,
} from './organization-form';
import { OrganizationsTable, organizationsTableFragment, type OrganizationRow } from './organizations-table';

export const organizationsQuery = graphql(`
  query Organizations {
    organizations {
      id
      ...OrganizationsTable_organization
    }
  }
`);

/** Which dialog is open: none, the create form, or the edit form of one organization. */
type Dialog = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; organization: OrganizationRow };

function formValues(organization: OrganizationRow): OrganizationFormValues {
  return {
    name: organization.name,
    acronym: organization.acronym ?? '',
    kind: organization.kind,
    country: organization.country ?? '',
    parentId: organization.parent?.id ?? '',
  };
}

/** Only what changed; an emptied optional field is sent as null, which clears it. */
function organizationChanges(organization: OrganizationRow, data: OrganizationFormData): UpdateOrganizationInput {
  const input: UpdateOrganizationInput = {};
  if (data.name !== organization.name) input.name = data.name;
  if (data.acronym !== organization.acronym) input.acronym = data.acronym;
  if (data.kind !== organization.kind) input.kind = data.kind;
  if (data.country !== organization.country) input.country = data.country;
  if (data.parentId !== (organization.parent?.id ?? null)) input.parentId = data.parentId;
  return input;
}

/** Every organization: UN bodies, councils and their member committees, institutes… */
export function OrganizationsPanel() {
  const { data, loading, error, refetch } = useQuery(organizationsQuery);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'closed' });
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const createOrganization = useCreateOrganization();
  const updateOrganization = useUpdateOrganization();
  const confirmOrganization = useConfirmOrganization();

  const rows = useMemo(() => (data ? getFragmentData(organizationsTableFragment, data.organizations) : []), [data]);

  function closeDialog() {
    setDialog({ kind: 'closed' });
  }

  function parentOptions(excludeId: string | undefined) {
    return rows
      .filter((row) => row.id !== excludeId)
      .map((row) => ({ value: row.id, label: row.acronym ? `${row.acronym} — ${row.name}` : row.name }));
  }

  async function handleCreate(formData: OrganizationFormData) {
    await createOrganization({
      name: formData.name,
      kind: formData.kind,
      acronym: formData.acronym ?? undefined,
      country: formData.country ?? undefined,
      parentId: formData.parentId ?? undefined,
    });
    notifications.show({ color: 'green', title: 'Organization added', message: formData.name });
    closeDialog();
  }

  async function handleUpdate(organization: OrganizationRow, formData: OrganizationFormData) {
    const input = organizationChanges(organization, formData);
    if (Object.keys(input).length > 0) {
      await updateOrganization(organization.id, input);
      notifications.show({ color: 'green', title: 'Organization saved', message: formData.name });
    }
    closeDialog();
  }

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading organizations…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Organizations could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (data.organizations.length === 0) return <EmptyState title="No organizations yet" />;
    return (
      <OrganizationsTable
        organizations={data.organizations}
        onEdit={(organization) => {
          setDialog({ kind: 'edit', organization });
        }}
        onConfirm={(organization) => {
          confirmOrganization(organization.id).then(
            () => notifications.show({ color: 'green', title: 'Kept as it is', message: organization.name }),
            (failure: unknown) =>
              notifications.show({ color: 'red', title: 'Not kept', message: toApiError(failure).message }),
          );
        }}
      />
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" size="sm" maw={560}>
          Organizations convene and host meetings, and people are affiliated with them.
        </Text>
        <Button
          onClick={() => {
            setDialog({ kind: 'create' });
          }}
        >
          New organization
        </Button>
      </Group>
      {renderContent()}
      <Modal
        opened={dialog.kind !== 'closed'}
        onClose={closeDialog}
        title={dialog.kind === 'edit' ? `Edit ${dialog.organization.name}` : 'New organization'}
        size="lg"
        fullScreen={phone}
      >
        {dialog.kind === 'create' && (
          <OrganizationForm
            initialValues={emptyOrganizationValues}
            parentOptions={parentOptions(undefined)}
            submitLabel="Add organization"
            onSubmit={handleCreate}
            onCancel={closeDialog}
          />
        )}
        {dialog.kind === 'edit' && (
          <OrganizationForm
            key={dialog.organization.id}
            initialValues={formValues(dialog.organization)}
            parentOptions={parentOptions(dialog.organization.id)}
            submitLabel="Save changes"
            onSubmit={(formData) => handleUpdate(dialog.organization, formData)}
            onCancel={closeDialog}
          />
        )}
      </Modal>
    </Stack>
  );
}
