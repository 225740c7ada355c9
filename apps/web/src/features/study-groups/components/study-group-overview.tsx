import { Box, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { letteredLabel, paragraphs } from '@plenary/shared';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { StudyGroupOverview_StudyGroupFragment, UpdateStudyGroupInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { useStudyGroupOrganizations } from '../../organizations/hooks/use-study-group-organizations';
import { useUpdateStudyGroup } from '../hooks/use-update-study-group';
import type { PrincipleValues } from './principles-editor';
import { StudyGroupForm, type StudyGroupFormData, type StudyGroupFormValues } from './study-group-form';

export const studyGroupOverviewFragment = graphql(`
  fragment StudyGroupOverview_studyGroup on StudyGroup {
    id
    version
    title
    startDate
    endDate
    viewerCanManage
    reportsTo {
      id
    }
    background
    objectives
    principles {
      name
      description
    }
    anticipatedOutputs
  }
`);

type OverviewGroup = StudyGroupOverview_StudyGroupFragment;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function samePrinciples(a: readonly PrincipleValues[], b: readonly PrincipleValues[]): boolean {
  return (
    a.length === b.length &&
    a.every((principle, index) => principle.name === b[index]?.name && principle.description === b[index].description)
  );
}

/** Only what changed, with the version the form opened at; nothing changed gives an empty object. */
export function studyGroupChanges(group: OverviewGroup, data: StudyGroupFormData): UpdateStudyGroupInput | null {
  const input: Omit<UpdateStudyGroupInput, 'version'> = {};
  if (data.title !== group.title) input.title = data.title;
  if (data.reportsToId !== (group.reportsTo?.id ?? null)) input.reportsToId = data.reportsToId;
  if (data.startDate !== group.startDate) input.startDate = data.startDate;
  if (data.endDate !== group.endDate) input.endDate = data.endDate;
  if (data.background !== group.background) input.background = data.background;
  if (!sameList(data.objectives, group.objectives)) input.objectives = data.objectives;
  if (!samePrinciples(data.principles, group.principles)) input.principles = data.principles;
  if (!sameList(data.anticipatedOutputs, group.anticipatedOutputs)) input.anticipatedOutputs = data.anticipatedOutputs;
  return Object.keys(input).length === 0 ? null : { ...input, version: group.version };
}

function formValues(group: OverviewGroup): StudyGroupFormValues {
  return {
    title: group.title,
    councilId: '',
    reportsToId: group.reportsTo?.id ?? '',
    startDate: group.startDate,
    endDate: group.endDate,
    coChairCommitteeIds: [],
    participatingCommitteeIds: [],
    background: group.background ?? '',
    objectives: [...group.objectives],
    principles: group.principles.map(({ name, description }) => ({ name, description })),
    anticipatedOutputs: [...group.anticipatedOutputs],
  };
}

export const VERSION_CONFLICT_MESSAGE =
  'Someone else saved changes to this study group while you were editing, so yours were not saved. Reload the ' +
  'page to see their changes, then edit again.';

function EditStudyGroupForm({ group: current, onDone }: { group: OverviewGroup; onDone: () => void }) {
  // The group as it was when the dialog opened: changes and the version are taken against it.
  const [group] = useState(current);
  const { organizations, loading, error, refetch } = useStudyGroupOrganizations();
  const updateStudyGroup = useUpdateStudyGroup();

  async function handleSubmit(data: StudyGroupFormData) {
    const input = studyGroupChanges(group, data);
    if (input) {
      await updateStudyGroup(group.id, input);
      notifications.show({ color: 'green', title: 'Study group saved', message: data.title });
    }
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
  return (
    <StudyGroupForm
      mode="edit"
      initialValues={formValues(group)}
      organizations={organizations}
      submitLabel="Save changes"
      onSubmit={handleSubmit}
      onCancel={onDone}
      reasonMessages={{ VERSION_CONFLICT: VERSION_CONFLICT_MESSAGE }}
    />
  );
}

export interface StudyGroupOverviewProps {
  studyGroup: FragmentType<typeof studyGroupOverviewFragment>;
}

/** Why the group exists and what it sets out to do, as its proposal states it; managers edit it here. */
export function StudyGroupOverview({ studyGroup: ref }: StudyGroupOverviewProps) {
  const group = getFragmentData(studyGroupOverviewFragment, ref);
  const [editing, setEditing] = useState(false);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const background = group.background ? paragraphs(group.background) : [];
  const empty =
    background.length + group.objectives.length + group.principles.length + group.anticipatedOutputs.length === 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} fz="h3">
          Mandate
        </Title>
        {group.viewerCanManage && (
          <Button
            variant="default"
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit details
          </Button>
        )}
      </Group>
      {empty ? (
        <EmptyState
          title="No mandate yet"
          description={
            group.viewerCanManage
              ? 'Add the background, objectives, principles and anticipated outputs with “Edit details”.'
              : 'The group’s background and objectives have not been written down yet.'
          }
        />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="xl" maw="48rem">
            {background.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="study-group-background">
                <Title order={3} fz="h4" id="study-group-background">
                  Background
                </Title>
                {background.map((paragraph, index) => (
                  <Text key={index} style={{ whiteSpace: 'pre-line' }}>
                    {paragraph}
                  </Text>
                ))}
              </Stack>
            )}
            {group.objectives.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="study-group-objectives">
                <Title order={3} fz="h4" id="study-group-objectives">
                  Objectives
                </Title>
                {/* The letters are part of the text: documents and comments cite "objective (c)". */}
                <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {group.objectives.map((objective, index) => (
                    <Group component="li" key={index} gap="xs" wrap="nowrap" align="flex-start">
                      <Text span w="2rem" style={{ flexShrink: 0 }}>
                        {letteredLabel(index)}
                      </Text>
                      <Text span>{objective}</Text>
                    </Group>
                  ))}
                </Stack>
              </Stack>
            )}
            {group.principles.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="study-group-principles">
                <Title order={3} fz="h4" id="study-group-principles">
                  Principles
                </Title>
                <Stack component="dl" gap="xs" m={0}>
                  {group.principles.map((principle, index) => (
                    <Box key={index}>
                      <Text component="dt" fw={600} span>
                        {principle.name}:{' '}
                      </Text>
                      <Text component="dd" m={0} span>
                        {principle.description}
                      </Text>
                    </Box>
                  ))}
                </Stack>
              </Stack>
            )}
            {group.anticipatedOutputs.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="study-group-outputs">
                <Title order={3} fz="h4" id="study-group-outputs">
                  Anticipated outputs
                </Title>
                <List spacing="xs">
                  {group.anticipatedOutputs.map((output, index) => (
                    <List.Item key={index}>{output}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Stack>
        </Paper>
      )}
      {group.viewerCanManage && (
        <Modal
          opened={editing}
          onClose={() => {
            setEditing(false);
          }}
          title="Edit the study group"
          size="lg"
          fullScreen={phone}
        >
          {editing && (
            <EditStudyGroupForm
              group={group}
              onDone={() => {
                setEditing(false);
              }}
            />
          )}
        </Modal>
      )}
    </Stack>
  );
}
