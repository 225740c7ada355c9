import { Box, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CommitteeRole, StudyGroupRole, studyGroupRoleLabels } from '@plenary/shared';
import { useId, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { AddStudyGroupMemberInput, StudyGroupCommittees_StudyGroupFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { ScriptText } from '../../../ui/script-text';
import { displayName } from '../../../lib/names';
import { PersonName } from '../../../ui/person-name';
import { useStudyGroupOrganizations } from '../../organizations/hooks/use-study-group-organizations';
import { useRemoveStudyGroupCommittee, useSetStudyGroupCommittee } from '../hooks/use-study-group-committees';
import { useAddStudyGroupMember, useRemoveStudyGroupMember } from '../hooks/use-study-group-members';
import { AddCommitteeForm } from './add-committee-form';
import { AddMemberForm } from './add-member-form';
import { shortName } from '../../../lib/names';

export const studyGroupCommitteesFragment = graphql(`
  fragment StudyGroupCommittees_studyGroup on StudyGroup {
    id
    viewerCanManage
    viewerNamesMembersFor {
      id
      name
      acronym
    }
    committees {
      role
      organization {
        id
        name
        acronym
      }
      focalPoints {
        id
        name
        honorific
        sortName
      }
    }
    members {
      id
      role
      person {
        id
        name
        honorific
        sortName
      }
      representing {
        id
        name
        acronym
      }
    }
  }
`);

type Group = StudyGroupCommittees_StudyGroupFragment;
type Committee = Group['committees'][number];
type Member = Group['members'][number];

const committeeHeadings: Record<CommitteeRole, string> = {
  CO_CHAIR: 'Co-chair committees',
  PARTICIPANT: 'Participating committees',
};

const emptyCommittees: Record<CommitteeRole, string> = {
  CO_CHAIR: 'No co-chair committee.',
  PARTICIPANT: 'No other committee takes part yet.',
};

/** The other part a committee could play: what the "Make …" button offers. */
const otherRole: Record<CommitteeRole, CommitteeRole> = {
  CO_CHAIR: CommitteeRole.PARTICIPANT,
  PARTICIPANT: CommitteeRole.CO_CHAIR,
};

const makeLabels: Record<CommitteeRole, string> = {
  CO_CHAIR: 'Make co-chair',
  PARTICIPANT: 'Make participating',
};

/** Full name, with the acronym for those who know the committee by it. */
function CommitteeName({ organization }: { organization: Committee['organization'] }) {
  return (
    <Text fw={600} span>
      <ScriptText>{organization.name}</ScriptText>
      {organization.acronym && organization.acronym !== organization.name && ` (${organization.acronym})`}
    </Text>
  );
}

function focalPointText(focalPoints: Committee['focalPoints']): string {
  if (focalPoints.length === 0) return 'No focal point named';
  const names = focalPoints.map(displayName).join(', ');
  return `${focalPoints.length === 1 ? 'Focal point' : 'Focal points'}: ${names}`;
}

/** Loads the directory a dialog's form chooses committees from. */
function WithOrganizations({
  children,
}: {
  children: (organizations: ReturnType<typeof useStudyGroupOrganizations>['organizations']) => ReactNode;
}) {
  const { organizations, loading, error, refetch } = useStudyGroupOrganizations();
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
  return <>{children(organizations)}</>;
}

type Removal = { kind: 'committee'; committee: Committee } | { kind: 'member'; member: Member };

export interface StudyGroupCommitteesProps {
  studyGroup: FragmentType<typeof studyGroupCommitteesFragment>;
}

/** The member committees (co-chairs first) with their focal points, and everyone named to the group. */
export function StudyGroupCommittees({ studyGroup: ref }: StudyGroupCommitteesProps) {
  const group = getFragmentData(studyGroupCommitteesFragment, ref);
  const manager = group.viewerCanManage;
  const namesMembers = group.viewerNamesMembersFor.length > 0;
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const { message, announce } = useAnnouncement();
  const committeesHeadingId = useId();
  const membersHeadingId = useId();
  const [addingCommittee, setAddingCommittee] = useState(false);
  const [addingMember, setAddingMember] = useState(false);
  const [removal, setRemoval] = useState<Removal>();
  const [removeOpened, setRemoveOpened] = useState(false);

  const setCommittee = useSetStudyGroupCommittee(group.id);
  const removeCommittee = useRemoveStudyGroupCommittee(group.id);
  const addMember = useAddStudyGroupMember();
  const removeMember = useRemoveStudyGroupMember();

  const namable = new Set(group.viewerNamesMembersFor.map((organization) => organization.id));
  /** Managers remove anyone; a focal point removes the members they may name. */
  function canRemove(member: Member): boolean {
    if (manager) return true;
    return member.role === StudyGroupRole.MEMBER && member.representing !== null && namable.has(member.representing.id);
  }

  async function handleAddCommittee(organizationId: string, role: CommitteeRole) {
    await setCommittee(organizationId, role);
    notifications.show({ color: 'green', title: 'Committee added', message: 'Its focal points are now in the group.' });
    setAddingCommittee(false);
  }

  function handleChangeRole(committee: Committee) {
    const role = otherRole[committee.role];
    const name = shortName(committee.organization);
    setCommittee(committee.organization.id, role).then(
      () => {
        announce(`${name} is now a ${role === CommitteeRole.CO_CHAIR ? 'co-chair' : 'participating'} committee.`);
      },
      (error: unknown) => {
        notifications.show({ color: 'red', title: 'Nothing was changed', message: toApiError(error).message });
      },
    );
  }

  async function handleAddMember(input: AddStudyGroupMemberInput) {
    await addMember(input);
    notifications.show({ color: 'green', title: 'Person added', message: 'They can now see the study group.' });
    setAddingMember(false);
  }

  async function handleRemove() {
    if (!removal) return;
    if (removal.kind === 'committee') {
      await removeCommittee(removal.committee.organization.id);
      announce(`${shortName(removal.committee.organization)} removed from the study group.`);
      focusSoon(committeesHeadingId);
    } else {
      await removeMember(removal.member.id);
      announce(`${displayName(removal.member.person)} removed from the study group.`);
      focusSoon(membersHeadingId);
    }
  }

  return (
    <Stack gap="xl">
      <Stack gap="md" component="section" aria-labelledby={committeesHeadingId}>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} fz="h3" id={committeesHeadingId} tabIndex={-1}>
            Committees
          </Title>
          {manager && (
            <Button
              variant="default"
              onClick={() => {
                setAddingCommittee(true);
              }}
            >
              Add a committee
            </Button>
          )}
        </Group>
        {Object.values(CommitteeRole).map((role) => {
          const committees = group.committees.filter((committee) => committee.role === role);
          return (
            <Stack gap="xs" key={role}>
              <Title order={3} fz="h5">
                {committeeHeadings[role]}
              </Title>
              {committees.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {emptyCommittees[role]}
                </Text>
              ) : (
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {committees.map((committee) => {
                    const name = shortName(committee.organization);
                    return (
                      <Paper component="li" withBorder radius="md" p="sm" key={committee.organization.id}>
                        <Group justify="space-between" align="flex-start" gap="xs">
                          <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                            <CommitteeName organization={committee.organization} />
                            <Text size="sm" c="dimmed">
                              {focalPointText(committee.focalPoints)}
                            </Text>
                          </Stack>
                          {manager && (
                            <Group gap="xs">
                              <Button
                                variant="subtle"
                                size="compact-sm"
                                aria-label={`${makeLabels[otherRole[role]]}: ${name}`}
                                onClick={() => {
                                  handleChangeRole(committee);
                                }}
                              >
                                {makeLabels[otherRole[role]]}
                              </Button>
                              <Button
                                variant="subtle"
                                color="red"
                                size="compact-sm"
                                aria-label={`Remove ${name} from the group`}
                                onClick={() => {
                                  setRemoval({ kind: 'committee', committee });
                                  setRemoveOpened(true);
                                }}
                              >
                                Remove
                              </Button>
                            </Group>
                          )}
                        </Group>
                      </Paper>
                    );
                  })}
                </Stack>
              )}
            </Stack>
          );
        })}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby={membersHeadingId}>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} fz="h3" id={membersHeadingId} tabIndex={-1}>
            Members
          </Title>
          {namesMembers && (
            <Button
              onClick={() => {
                setAddingMember(true);
              }}
            >
              Add person
            </Button>
          )}
        </Group>
        {group.members.length === 0 ? (
          <EmptyState
            title="Nobody named yet"
            description={
              namesMembers
                ? 'Add the co-chairs, focal points and members of the group.'
                : 'The members of the group are shown to its members.'
            }
          />
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Members of the group">
            {group.members.map((member) => {
              const name = displayName(member.person);
              const role = studyGroupRoleLabels[member.role];
              return (
                <Box
                  component="li"
                  key={member.id}
                  py="sm"
                  style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                >
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                      <PersonName person={member.person} />
                      <Text size="sm">
                        {role}
                        {member.representing && (
                          <>
                            {' · '}
                            <ScriptText>{member.representing.name}</ScriptText>
                          </>
                        )}
                      </Text>
                    </Stack>
                    {canRemove(member) && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={`Remove ${name} (${role.toLowerCase()})`}
                        onClick={() => {
                          setRemoval({ kind: 'member', member });
                          setRemoveOpened(true);
                        }}
                      >
                        Remove
                      </Button>
                    )}
                  </Group>
                </Box>
              );
            })}
          </Stack>
        )}
      </Stack>
      <LiveRegion message={message} />

      {manager && (
        <Modal
          opened={addingCommittee}
          onClose={() => {
            setAddingCommittee(false);
          }}
          title="Add a committee"
          size="md"
          fullScreen={phone}
        >
          {addingCommittee && (
            <WithOrganizations>
              {(organizations) => (
                <AddCommitteeForm
                  organizations={organizations}
                  inGroup={new Set(group.committees.map((committee) => committee.organization.id))}
                  onSubmit={handleAddCommittee}
                  onCancel={() => {
                    setAddingCommittee(false);
                  }}
                />
              )}
            </WithOrganizations>
          )}
        </Modal>
      )}
      {namesMembers && (
        <Modal
          opened={addingMember}
          onClose={() => {
            setAddingMember(false);
          }}
          title="Add a person to the group"
          size="md"
          fullScreen={phone}
        >
          {addingMember && (
            <AddMemberForm
              studyGroupId={group.id}
              manager={manager}
              committees={group.viewerNamesMembersFor}
              onSubmit={handleAddMember}
              onCancel={() => {
                setAddingMember(false);
              }}
            />
          )}
        </Modal>
      )}
      <ConfirmDialog
        opened={removeOpened}
        title={removal?.kind === 'committee' ? 'Remove the committee?' : 'Remove from the group?'}
        confirmLabel="Remove"
        confirmColor="red"
        onConfirm={handleRemove}
        onClose={() => {
          setRemoveOpened(false);
        }}
      >
        {removal?.kind === 'committee' && (
          <Text>
            {removal.committee.organization.name} will no longer take part in the study group. People named for it keep
            their place until you remove them.
          </Text>
        )}
        {removal?.kind === 'member' && (
          <Text>
            {displayName(removal.member.person)} will no longer be{' '}
            {studyGroupRoleLabels[removal.member.role].toLowerCase()} of the study group.
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

/** Moves the focus once the dialog that is closing has let go of it. */
function focusSoon(elementId: string) {
  window.setTimeout(() => {
    document.getElementById(elementId)?.focus();
  }, 0);
}
