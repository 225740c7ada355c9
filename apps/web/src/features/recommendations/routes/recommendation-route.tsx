import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { issueAreaLabels, paragraphs } from '@plenary/shared';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import type { RecommendationPage_RecommendationFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { DetailList, type DetailItem } from '../../../ui/detail-list';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { formatDate } from '../../../ui/time-zone';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { addresseeText } from '../../documents/components/recommendation-facts';
import { organizationLabel } from '../../../lib/names';
import { FollowUpControl } from '../components/follow-up-control';
import { RecommendationHistory } from '../components/recommendation-history';
import { OverdueBadge, RecommendationStatusBadge } from '../components/recommendation-status-badge';
import { recommendationTitle } from '../components/recommendation-text';
import { RecordStepForm } from '../components/record-step-form';
import { recommendationPageFragment, recommendationPageQuery } from '../graphql/recommendation-queries';

type Recommendation = RecommendationPage_RecommendationFragment;

/** The source document opened at the recommendation's paragraph. */
function documentLink(recommendation: Recommendation): string | null {
  if (!recommendation.document) return null;
  const path = `/documents/${encodeURIComponent(recommendation.document.id)}`;
  return recommendation.paragraphId ? `${path}?paragraph=${encodeURIComponent(recommendation.paragraphId)}` : path;
}

function sourceValue(recommendation: Recommendation) {
  const link = documentLink(recommendation);
  if (link && recommendation.document) {
    return (
      <Anchor component={Link} to={link}>
        <ScriptText>{recommendation.document.title}</ScriptText>
      </Anchor>
    );
  }
  if (recommendation.sourceUrl) {
    return (
      <Stack gap={2}>
        <Text>
          <ScriptText>{recommendation.sourceTitle}</ScriptText>
        </Text>
        <Anchor href={recommendation.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm">
          {recommendation.sourceUrl}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Text>
      <ScriptText>{recommendation.sourceTitle}</ScriptText>
    </Text>
  );
}

function details(recommendation: Recommendation): DetailItem[] {
  const items: DetailItem[] = [
    { label: 'Source', value: sourceValue(recommendation) },
    {
      label: 'Addressed to',
      value: <Text>{recommendation.addressees.map(addresseeText).join('; ') || 'Not stated'}</Text>,
    },
    {
      label: 'Issue areas',
      value:
        recommendation.issueAreas.length === 0 ? (
          <Text>None tagged</Text>
        ) : (
          <Group gap={6} wrap="wrap">
            {recommendation.issueAreas.map((area) => (
              <Badge key={area} variant="light" color="gray" size="sm">
                {issueAreaLabels[area]}
              </Badge>
            ))}
          </Group>
        ),
    },
    {
      label: 'Followed up by',
      value: (
        <Text>
          <ScriptText>{organizationLabel(recommendation.responsible)}</ScriptText>
        </Text>
      ),
    },
    { label: 'Adopted on', value: <Text>{formatDate(recommendation.adoptedOn)}</Text> },
    {
      label: 'Next follow-up',
      value: recommendation.nextFollowUpOn ? (
        <Group gap="xs">
          <Text>{formatDate(recommendation.nextFollowUpOn)}</Text>
          {recommendation.overdue && <OverdueBadge />}
        </Group>
      ) : (
        <Text>None set</Text>
      ),
    },
  ];
  if (recommendation.studyGroup) {
    items.push({
      label: 'Study group',
      value: (
        <Anchor component={Link} to={`/study-groups/${encodeURIComponent(recommendation.studyGroup.id)}`}>
          <ScriptText>{recommendation.studyGroup.title}</ScriptText>
        </Anchor>
      ),
    });
  }
  if (recommendation.meeting) {
    items.push({
      label: 'Meeting',
      value: (
        <Anchor component={Link} to={`/meetings/${encodeURIComponent(recommendation.meeting.id)}`}>
          <ScriptText>{recommendation.meeting.title}</ScriptText>
        </Anchor>
      ),
    });
  }
  return items;
}

/**
 * One recommendation: where it comes from, its text, the history of its follow-up, and for the
 * secretariat responsible, the form to record the next step.
 */
export function RecommendationRoute() {
  const { recommendationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(recommendationPageQuery, { variables: { id: recommendationId } });
  const recommendation = getFragmentData(recommendationPageFragment, data?.recommendation);
  useDocumentTitle(
    recommendation ? recommendationTitle(recommendation) : error ? 'Recommendation not found' : 'Recommendation',
  );

  if (loading && !recommendation) return <LoadingState label="Loading the recommendation…" />;
  if (error || !recommendation) {
    const apiError = toApiError(error);
    if (apiError.code === 'NOT_FOUND') {
      return (
        <NotFoundState
          title="Recommendation not found"
          message="This recommendation does not exist, or it is not one you may see. If someone sent you this link, ask the secretariat that follows it up."
          backTo="/recommendations"
          backLabel="Go to the recommendations"
        />
      );
    }
    return (
      <ErrorState
        title="This recommendation could not be loaded"
        message={apiError.message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const responsible = recommendation.responsible.acronym ?? recommendation.responsible.name;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/recommendations" size="sm">
        All recommendations
      </Anchor>
      <PageHeader
        eyebrow={
          <Group gap="xs">
            <RecommendationStatusBadge status={recommendation.status} />
            {recommendation.overdue && <OverdueBadge />}
          </Group>
        }
        title={<ScriptText>{recommendationTitle(recommendation)}</ScriptText>}
      />
      <DetailList items={details(recommendation)} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              radius="md"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="text-heading"
            >
              <Stack gap="sm">
                <Title order={2} fz="h3" id="text-heading">
                  Text
                </Title>
                {paragraphs(recommendation.text).map((paragraph, index) => (
                  <Text key={index} style={{ whiteSpace: 'pre-line' }}>
                    {paragraph}
                  </Text>
                ))}
              </Stack>
            </Paper>
            <RecommendationHistory recommendation={recommendation} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {recommendation.viewerCanTrack ? (
            <Stack gap="lg">
              <RecordStepForm recommendation={recommendation} />
              <FollowUpControl recommendation={recommendation} />
            </Stack>
          ) : (
            <Paper withBorder radius="md" p="md">
              <Text size="sm">
                {responsible} follows this recommendation up: its staff record each step. Ask them if something has
                changed.
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
