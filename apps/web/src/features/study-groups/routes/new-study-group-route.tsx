import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { OrganizationKind } from '@plenary/shared';
import { Link, useNavigate } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { StudyGroupForm, type StudyGroupFormData, type StudyGroupFormValues } from '../components/study-group-form';
import { useCreateStudyGroup } from '../hooks/use-create-study-group';
import {
  type OrganizationChoice,
  useStudyGroupOrganizations,
} from '../../organizations/hooks/use-study-group-organizations';

/** The organizations the viewer convenes for, councils first: a group is run by a council's secretariat. */
function councilChoices(
  conveneFor: readonly { id: string }[],
  organizations: readonly OrganizationChoice[],
): OrganizationChoice[] {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const choices = conveneFor.flatMap((organization) => byId.get(organization.id) ?? []);
  const councils = choices.filter((organization) => organization.kind === OrganizationKind.COUNCIL);
  return [...councils, ...choices.filter((organization) => organization.kind !== OrganizationKind.COUNCIL)];
}

/** The one council to start from, when there is no choice to make. */
function defaultCouncil(choices: readonly OrganizationChoice[]): string {
  const councils = choices.filter((organization) => organization.kind === OrganizationKind.COUNCIL);
  if (councils.length === 1 && councils[0]) return councils[0].id;
  if (choices.length === 1 && choices[0]) return choices[0].id;
  return '';
}

export function NewStudyGroupRoute() {
  useDocumentTitle('New study group');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const createStudyGroup = useCreateStudyGroup();
  const { organizations, loading, error, refetch } = useStudyGroupOrganizations();
  const conveneFor = viewer?.canConveneFor ?? [];

  async function handleSubmit(data: StudyGroupFormData) {
    const id = await createStudyGroup({
      ...data,
      reportsToId: data.reportsToId ?? undefined,
      background: data.background ?? undefined,
    });
    notifications.show({ color: 'green', title: 'Study group set up', message: data.title });
    void navigate(`/study-groups/${encodeURIComponent(id)}`);
  }

  function renderContent() {
    if (conveneFor.length === 0) {
      return (
        <Alert color="gray" variant="light" title="You cannot set up study groups">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              A study group is set up by the secretariat of the council that runs it. Ask a Plenary administrator if you
              should be on your council’s secretariat.
            </Text>
            <Anchor component={Link} to="/study-groups" size="sm">
              Back to study groups
            </Anchor>
          </Stack>
        </Alert>
      );
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
    const councils = councilChoices(conveneFor, organizations);
    const initialValues: StudyGroupFormValues = {
      title: '',
      councilId: defaultCouncil(councils),
      reportsToId: '',
      startDate: '',
      endDate: '',
      coChairCommitteeIds: [],
      participatingCommitteeIds: [],
      background: '',
      objectives: [],
      principles: [],
      anticipatedOutputs: [],
    };
    return (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={760}>
        <StudyGroupForm
          mode="create"
          initialValues={initialValues}
          organizations={organizations}
          councils={councils}
          submitLabel="Create study group"
          onSubmit={handleSubmit}
          onCancel={() => {
            void navigate('/study-groups');
          }}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="New study group"
        description="Its members, meeting series and sub-groups can be added once it exists."
      />
      {renderContent()}
    </Stack>
  );
}
