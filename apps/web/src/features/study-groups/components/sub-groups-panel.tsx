import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { SubGroupCard_SubGroupFragment, SubGroupInput } from '../../../__generated__/graphql';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { ScriptText } from '../../../ui/script-text';
import { displayName } from '../../../lib/names';
import { useCreateSubGroup, useRemoveSubGroup, useUpdateSubGroup } from '../hooks/use-sub-groups';
import { SubGroupForm, type SubGroupFormValues } from './sub-group-form';

export const subGroupCardFragment = graphql(`
  fragment SubGroupCard_subGroup on SubGroup {
    id
    title
    mandate
    members {
      id
      name
      honorific
      sortName
    }
  }
`);

export const subGroupsFragment = graphql(`
  fragment SubGroups_studyGroup on StudyGroup {
    id
    viewerCanManage
    members {
      id
      person {
        id
        name
        honorific
        sortName
      }
    }
    subGroups {
      id
      ...SubGroupCard_subGroup
    }
  }
`);

type SubGroup = SubGroupCard_SubGroupFragment;

type Dialog = { mode: 'create' } | { mode: 'edit'; subGroup: SubGroup };

export interface SubGroupsPanelProps {
  studyGroup: FragmentType<typeof subGroupsFragment>;
}

/** Sub-groups on specific agendas, with their members; managers set them up. */
export function SubGroupsPanel({ studyGroup: ref }: SubGroupsPanelProps) {
  const group = getFragmentData(subGroupsFragment, ref);
  const subGroups = getFragmentData(subGroupCardFragment, group.subGroups);
  const manager = group.viewerCanManage;
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const headingId = useId();
  const { message, announce } = useAnnouncement();
  const [dialog, setDialog] = useState<Dialog>();
  const [dialogOpened, setDialogOpened] = useState(false);
  const [removing, setRemoving] = useState<SubGroup>();
  const [removeOpened, setRemoveOpened] = useState(false);

  const createSubGroup = useCreateSubGroup(group.id);
  const updateSubGroup = useUpdateSubGroup();
  const removeSubGroup = useRemoveSubGroup();

  // A person holding several roles in the group is one choice.
  const people = [...new Map(group.members.map((member) => [member.person.id, member.person])).values()].map(
    (person) => ({ value: person.id, label: displayName(person) }),
  );

  async function handleSubmit(input: SubGroupInput) {
    if (dialog?.mode === 'edit') {
      await updateSubGroup(dialog.subGroup.id, input);
      notifications.show({ color: 'green', title: 'Sub-group saved', message: input.title });
    } else {
      await createSubGroup(input);
      notifications.show({ color: 'green', title: 'Sub-group set up', message: input.title });
    }
    setDialogOpened(false);
  }

  async function handleRemove() {
    if (!removing) return;
    await removeSubGroup(removing.id);
    announce(`${removing.title} removed.`);
    window.setTimeout(() => {
      document.getElementById(headingId)?.focus();
    }, 0);
  }

  const initialValues: SubGroupFormValues =
    dialog?.mode === 'edit'
      ? {
          title: dialog.subGroup.title,
          mandate: dialog.subGroup.mandate ?? '',
          memberIds: dialog.subGroup.members.map((person) => person.id),
        }
      : { title: '', mandate: '', memberIds: [] };

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} fz="h3" id={headingId} tabIndex={-1}>
          Sub-groups
        </Title>
        {manager && (
          <Button
            onClick={() => {
              setDialog({ mode: 'create' });
              setDialogOpened(true);
            }}
          >
            New sub-group
          </Button>
        )}
      </Group>
      {subGroups.length === 0 ? (
        <EmptyState
          title="No sub-groups"
          description={
            manager
              ? 'Set up a sub-group when some members take a specific agenda further.'
              : 'The group has no sub-groups.'
          }
        />
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {subGroups.map((subGroup) => (
            <Paper component="li" withBorder radius="md" p="md" key={subGroup.id}>
              <Stack gap="xs">
                <Title order={3} fz="h4">
                  <ScriptText>{subGroup.title}</ScriptText>
                </Title>
                {subGroup.mandate && <Text style={{ whiteSpace: 'pre-line' }}>{subGroup.mandate}</Text>}
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    Members:{' '}
                  </Text>
                  {subGroup.members.length === 0
                    ? 'none named yet'
                    : subGroup.members.map((person) => displayName(person)).join(', ')}
                </Text>
                {manager && (
                  <Group gap="xs">
                    <Button
                      variant="default"
                      size="compact-sm"
                      aria-label={`Edit ${subGroup.title}`}
                      onClick={() => {
                        setDialog({ mode: 'edit', subGroup });
                        setDialogOpened(true);
                      }}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={`Remove ${subGroup.title}`}
                      onClick={() => {
                        setRemoving(subGroup);
                        setRemoveOpened(true);
                      }}
                    >
                      Remove
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      <LiveRegion message={message} />

      {manager && (
        <>
          <Modal
            opened={dialogOpened}
            onClose={() => {
              setDialogOpened(false);
            }}
            title={dialog?.mode === 'edit' ? 'Edit the sub-group' : 'New sub-group'}
            size="lg"
            fullScreen={phone}
          >
            {dialogOpened && (
              <SubGroupForm
                initialValues={initialValues}
                people={people}
                submitLabel={dialog?.mode === 'edit' ? 'Save changes' : 'Create sub-group'}
                onSubmit={handleSubmit}
                onCancel={() => {
                  setDialogOpened(false);
                }}
              />
            )}
          </Modal>
          <ConfirmDialog
            opened={removeOpened}
            title="Remove the sub-group?"
            confirmLabel="Remove"
            confirmColor="red"
            onConfirm={handleRemove}
            onClose={() => {
              setRemoveOpened(false);
            }}
          >
            {removing && <Text>{removing.title} will be removed. Its members stay in the study group.</Text>}
          </ConfirmDialog>
        </>
      )}
    </Stack>
  );
}
