import { useQuery } from '@apollo/client/react';
import { useStudyGroupUpdates } from '../hooks/use-study-group-updates';
import { Anchor, Group, Stack, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { formatDateRange } from '@plenary/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { OrganizationShortName } from '../../../ui/organization-short-name';
import { StudyGroupCommittees } from '../components/study-group-committees';
import { StudyGroupMeetings } from '../components/study-group-meetings';
import { StudyGroupOutputs } from '../components/study-group-outputs';
import { StudyGroupOverview } from '../components/study-group-overview';
import { StudyGroupStatusActions } from '../components/study-group-status-actions';
import { StudyGroupStatusBadge } from '../components/study-group-status-badge';
import { SubGroupsPanel } from '../components/sub-groups-panel';
import { studyGroupPageFragment, studyGroupQuery } from '../graphql/study-group-page';

const TABS = ['overview', 'committees', 'meetings', 'sub-groups', 'outputs'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

export function StudyGroupRoute() {
  const { studyGroupId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(studyGroupQuery, { variables: { id: studyGroupId } });
  const group = getFragmentData(studyGroupPageFragment, data?.studyGroup);
  useStudyGroupUpdates(studyGroupId, { skip: !group });
  useDocumentTitle(group?.title ?? (error ? 'Study group not found' : 'Study group'));

  if (loading && !group) return <LoadingState label="Loading the study group…" />;
  if (error || !data || !group) {
    const apiError = toApiError(error);
    if (apiError.code === 'NOT_FOUND') {
      return (
        <NotFoundState
          title="Study group not found"
          message="This study group does not exist, or you are not one of its members. If someone sent you this link, ask its secretariat to add you."
          backTo="/study-groups"
          backLabel="Back to your study groups"
        />
      );
    }
    return (
      <ErrorState
        title="This study group could not be loaded"
        message={apiError.message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const requested = searchParams.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'overview';

  function showTab(value: string | null) {
    if (isTab(value)) setSearchParams(value === 'overview' ? {} : { tab: value }, { replace: true });
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/study-groups" size="sm">
        <span aria-hidden>← </span>All study groups
      </Anchor>
      <PageHeader
        eyebrow={
          <Group gap="xs">
            <StudyGroupStatusBadge status={group.status} />
          </Group>
        }
        title={<ScriptText>{group.title}</ScriptText>}
        description={
          <>
            <Text span display="block">
              <OrganizationShortName organization={group.council} />
              {group.reportsTo && (
                <>
                  <span aria-hidden> → </span>
                  <VisuallyHidden>, reporting to </VisuallyHidden>
                  <OrganizationShortName organization={group.reportsTo} />
                </>
              )}
            </Text>
            <Text span display="block">
              {formatDateRange(group.startDate, group.endDate)}
            </Text>
          </>
        }
        actions={<StudyGroupStatusActions studyGroup={group} />}
      />
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label="Study group sections" mb="lg">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="committees">Committees &amp; members</Tabs.Tab>
          <Tabs.Tab value="meetings">Meetings</Tabs.Tab>
          <Tabs.Tab value="sub-groups">Sub-groups</Tabs.Tab>
          <Tabs.Tab value="outputs">Outputs</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <StudyGroupOverview studyGroup={group} />
        </Tabs.Panel>
        <Tabs.Panel value="committees">
          <StudyGroupCommittees studyGroup={group} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings">
          <StudyGroupMeetings studyGroup={group} />
        </Tabs.Panel>
        <Tabs.Panel value="sub-groups">
          <SubGroupsPanel studyGroup={group} />
        </Tabs.Panel>
        <Tabs.Panel value="outputs">
          <StudyGroupOutputs studyGroup={group} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
