import { Badge, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { actionItemStatusLabels, ActionItemStatus } from '@plenary/shared';
import { useId, useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import type { ActionItem_ItemFragment, ActionItemInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { formatDate } from '../../../ui/time-zone';
import { actionItemFragment } from '../graphql/report-fragments';
import {
  useAddActionItem,
  useChangeActionItemStatus,
  useRemoveActionItem,
  useUpdateActionItem,
} from '../hooks/use-action-item-mutations';
import { ActionItemForm, emptyActionItem, type ActionItemFormValues } from './action-item-form';
import { organizationOptionLabel, ownerLabel } from './report-format';

const statusColors: Record<ActionItemStatus, MantineColor> = {
  OPEN: 'gray',
  IN_PROGRESS: 'plenary',
  DONE: 'green',
  DROPPED: 'red',
};

function isActionItemStatus(value: string): value is ActionItemStatus {
  return Object.hasOwn(ActionItemStatus, value);
}

function valuesOf(item: ActionItem_ItemFragment): ActionItemFormValues {
  return {
    title: item.title,
    ownerPersonId: item.ownerPerson?.id ?? '',
    ownerOrganizationId: item.ownerOrganization?.id ?? '',
    dueDate: item.dueDate ?? '',
  };
}

interface ActionItemRowProps {
  item: ActionItem_ItemFragment;
  /** The task's wording and owners can change (the report is a draft and the viewer writes it). */
  editable: boolean;
  /** Its status can be followed up (the viewer writes the report). */
  canFollowUp: boolean;
  onEdit: (item: ActionItem_ItemFragment) => void;
  onRemove: (item: ActionItem_ItemFragment) => void;
  onChangeStatus: (item: ActionItem_ItemFragment, to: ActionItemStatus) => void;
}

function ActionItemRow({ item, editable, canFollowUp, onEdit, onRemove, onChangeStatus }: ActionItemRowProps) {
  const titleId = useId();
  const statuses = [item.status, ...item.nextStatuses.filter((status) => status !== item.status)];
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Text fw={500} id={titleId} style={{ whiteSpace: 'pre-line' }}>
          {item.title}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              Owner:{' '}
            </Text>
            {ownerLabel(item)}
          </Text>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              Due:{' '}
            </Text>
            {item.dueDate ? formatDate(item.dueDate) : 'no date set'}
          </Text>
          {!canFollowUp && (
            <Text size="sm" span>
              <Text span c="dimmed" size="sm">
                Status:{' '}
              </Text>
              <Badge variant="light" color={statusColors[item.status]} size="sm">
                {actionItemStatusLabels[item.status]}
              </Badge>
            </Text>
          )}
        </Group>
        {(canFollowUp || editable) && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            {canFollowUp && (
              <NativeSelect
                size="xs"
                label="Status"
                aria-label={`Status of “${item.title}”`}
                data={statuses.map((status) => ({ value: status, label: actionItemStatusLabels[status] }))}
                value={item.status}
                onChange={(event) => {
                  const to = event.currentTarget.value;
                  if (isActionItemStatus(to) && to !== item.status) onChangeStatus(item, to);
                }}
              />
            )}
            {editable && (
              <>
                <Button
                  variant="default"
                  size="compact-sm"
                  aria-label={`Edit “${item.title}”`}
                  onClick={() => {
                    onEdit(item);
                  }}
                >
                  Edit
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  aria-label={`Remove “${item.title}”`}
                  onClick={() => {
                    onRemove(item);
                  }}
                >
                  Remove
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export interface ActionItemsProps {
  meetingId: string;
  reportId: string;
  items: readonly FragmentType<typeof actionItemFragment>[];
  /** Tasks can be added, edited and removed: the report is a draft and the viewer writes it. */
  editable: boolean;
  /** The viewer writes the report, so follows its tasks up, also once it is published. */
  canFollowUp: boolean;
}

/** "Next tasks": what the meeting agreed to do, who owns it and by when. */
export function ActionItems({ meetingId, reportId, items: itemRefs, editable, canFollowUp }: ActionItemsProps) {
  const items = getFragmentData(actionItemFragment, itemRefs);
  const headingId = useId();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const { message, announce } = useAnnouncement();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ActionItem_ItemFragment>();
  const [removing, setRemoving] = useState<ActionItem_ItemFragment>();
  const [statusError, setStatusError] = useState<string>();
  const addActionItem = useAddActionItem();
  const updateActionItem = useUpdateActionItem();
  const removeActionItem = useRemoveActionItem();
  const changeStatus = useChangeActionItemStatus();

  async function handleAdd(input: ActionItemInput) {
    await addActionItem(reportId, input);
    setAdding(false);
    announce(`Task added: ${input.title}`);
  }

  async function handleUpdate(input: ActionItemInput) {
    if (!editing) return;
    await updateActionItem(editing.id, input);
    setEditing(undefined);
    announce(`Task saved: ${input.title}`);
  }

  async function handleRemove() {
    if (!removing) return;
    await removeActionItem(removing.id);
    announce(`Task removed: ${removing.title}`);
    // The row that opened the dialog has gone: the focus goes back to the list's heading.
    window.setTimeout(() => {
      document.getElementById(headingId)?.focus();
    }, 0);
  }

  function handleChangeStatus(item: ActionItem_ItemFragment, to: ActionItemStatus) {
    setStatusError(undefined);
    changeStatus(item.id, item.status, to).then(
      () => {
        announce(`“${item.title}” is now ${actionItemStatusLabels[to].toLowerCase()}.`);
      },
      (error: unknown) => {
        setStatusError(`“${item.title}” was not changed: ${toApiError(error).message}`);
      },
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={3} fz="h4" id={headingId} tabIndex={-1}>
          Next tasks
        </Title>
        {editable && (
          <Button
            variant="default"
            onClick={() => {
              setAdding(true);
            }}
          >
            Add a task
          </Button>
        )}
      </Group>
      {statusError !== undefined && (
        <Text size="sm" c="red" role="alert">
          {statusError}
        </Text>
      )}
      {items.length === 0 ? (
        <EmptyState
          title="No tasks yet"
          description={
            editable
              ? 'Add what the meeting agreed to do next, with who owns it and by when.'
              : 'The report lists no next tasks.'
          }
        />
      ) : (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              editable={editable}
              canFollowUp={canFollowUp}
              onEdit={setEditing}
              onRemove={setRemoving}
              onChangeStatus={handleChangeStatus}
            />
          ))}
        </Stack>
      )}
      <LiveRegion message={message} />

      {editable && (
        <>
          <Modal
            opened={adding}
            onClose={() => {
              setAdding(false);
            }}
            title="Add a task"
            size="lg"
            fullScreen={phone}
          >
            {adding && (
              <ActionItemForm
                meetingId={meetingId}
                initialValues={emptyActionItem}
                submitLabel="Add task"
                onSubmit={handleAdd}
                onCancel={() => {
                  setAdding(false);
                }}
              />
            )}
          </Modal>
          <Modal
            opened={editing !== undefined}
            onClose={() => {
              setEditing(undefined);
            }}
            title="Edit the task"
            size="lg"
            fullScreen={phone}
          >
            {editing && (
              <ActionItemForm
                meetingId={meetingId}
                initialValues={valuesOf(editing)}
                currentOwners={{
                  person: editing.ownerPerson && { value: editing.ownerPerson.id, label: editing.ownerPerson.name },
                  organization: editing.ownerOrganization && {
                    value: editing.ownerOrganization.id,
                    label: organizationOptionLabel(editing.ownerOrganization),
                  },
                }}
                submitLabel="Save task"
                onSubmit={handleUpdate}
                onCancel={() => {
                  setEditing(undefined);
                }}
              />
            )}
          </Modal>
          <ConfirmDialog
            opened={removing !== undefined}
            title="Remove this task?"
            confirmLabel="Remove"
            confirmColor="red"
            onConfirm={handleRemove}
            onClose={() => {
              setRemoving(undefined);
            }}
          >
            {removing && <Text>“{removing.title}” will be taken off the report’s next tasks.</Text>}
          </ConfirmDialog>
        </>
      )}
    </Stack>
  );
}
