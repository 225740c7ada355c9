import { Anchor, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDateRange, studyGroupRoleLabels, type StudyGroupRole } from '@plenary/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { StudyGroupList_StudyGroupFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { OrganizationShortName } from '../../../ui/organization-short-name';
import { StudyGroupStatusBadge } from './study-group-status-badge';

export const studyGroupListFragment = graphql(`
  fragment StudyGroupList_studyGroup on StudyGroup {
    id
    title
    status
    startDate
    endDate
    viewerRoles
    council {
      id
      name
      acronym
    }
  }
`);

type StudyGroupRow = StudyGroupList_StudyGroupFragment;

/** "Co-chair, Focal point"; empty when the viewer sees the group without a role in it. */
export function studyGroupRoleList(roles: readonly StudyGroupRole[]): string {
  return roles.map((role) => studyGroupRoleLabels[role]).join(', ');
}

function StudyGroupLink({ group }: { group: StudyGroupRow }) {
  return (
    <Anchor component={Link} to={`/study-groups/${encodeURIComponent(group.id)}`} fw={600}>
      <ScriptText>{group.title}</ScriptText>
    </Anchor>
  );
}

function StudyGroupTable({ groups }: { groups: readonly StudyGroupRow[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>Your study groups, newest first</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Study group</Table.Th>
            <Table.Th scope="col">Council</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Your role</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td maw={420}>
                <StudyGroupLink group={group} />
              </Table.Td>
              <Table.Td>
                <OrganizationShortName organization={group.council} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateRange(group.startDate, group.endDate)}</Table.Td>
              <Table.Td>
                <StudyGroupStatusBadge status={group.status} />
              </Table.Td>
              <Table.Td>{studyGroupRoleList(group.viewerRoles) || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StudyGroupCards({ groups }: { groups: readonly StudyGroupRow[] }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your study groups">
      {groups.map((group) => {
        const roles = studyGroupRoleList(group.viewerRoles);
        return (
          <Card component="li" withBorder radius="md" padding="md" key={group.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={2} fz="md" style={{ flex: '1 1 12rem' }}>
                  <StudyGroupLink group={group} />
                </Title>
                <StudyGroupStatusBadge status={group.status} />
              </Group>
              <Text size="sm">
                <OrganizationShortName organization={group.council} /> ·{' '}
                {formatDateRange(group.startDate, group.endDate)}
              </Text>
              {roles !== '' && <Text size="sm">Your role: {roles}</Text>}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

export interface StudyGroupListProps {
  studyGroups: readonly FragmentType<typeof studyGroupListFragment>[];
}

/** A table on wide screens; on a phone, one card per group. */
export function StudyGroupList({ studyGroups: refs }: StudyGroupListProps) {
  const groups = getFragmentData(studyGroupListFragment, refs);
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  return wide ? <StudyGroupTable groups={groups} /> : <StudyGroupCards groups={groups} />;
}
