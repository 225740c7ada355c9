import { Anchor, Badge, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { excerpt, issueAreaLabels, type IssueArea } from '@plenary/shared';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import type { RegistryList_RecommendationFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { formatDate } from '../../../ui/time-zone';
import { addresseeText } from '../../documents/components/recommendation-facts';
import { registryRowFragment } from '../graphql/registry-queries';
import { OverdueBadge, RecommendationStatusBadge } from './recommendation-status-badge';
import { recommendationTitle } from './recommendation-text';

type Row = RegistryList_RecommendationFragment;

function RecommendationLink({ recommendation }: { recommendation: Row }) {
  return (
    <Anchor component={Link} to={`/recommendations/${encodeURIComponent(recommendation.id)}`} fw={600}>
      <ScriptText>{recommendationTitle(recommendation)}</ScriptText>
    </Anchor>
  );
}

function IssueAreas({ areas }: { areas: readonly IssueArea[] }) {
  if (areas.length === 0) return <Text size="sm">—</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {areas.map((area) => (
        <Badge key={area} variant="light" color="gray" size="sm">
          {issueAreaLabels[area]}
        </Badge>
      ))}
    </Group>
  );
}

function FollowUp({ recommendation }: { recommendation: Row }) {
  if (!recommendation.nextFollowUpOn) return <Text size="sm">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(recommendation.nextFollowUpOn)}
      </Text>
      {recommendation.overdue && <OverdueBadge />}
    </Group>
  );
}

function addressees(recommendation: Row): string {
  return recommendation.addressees.map(addresseeText).join('; ') || '—';
}

function RegistryTable({ recommendations, caption }: { recommendations: readonly Row[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Recommendation</Table.Th>
            <Table.Th scope="col">Text</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Issue areas</Table.Th>
            <Table.Th scope="col">Addressed to</Table.Th>
            <Table.Th scope="col">Next follow-up</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((recommendation) => (
            <Table.Tr key={recommendation.id}>
              <Table.Td maw={260}>
                <RecommendationLink recommendation={recommendation} />
              </Table.Td>
              <Table.Td maw={380}>
                <Text size="sm">{excerpt(recommendation.text)}</Text>
              </Table.Td>
              <Table.Td>
                <RecommendationStatusBadge status={recommendation.status} />
              </Table.Td>
              <Table.Td maw={200}>
                <IssueAreas areas={recommendation.issueAreas} />
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm">{addressees(recommendation)}</Text>
              </Table.Td>
              <Table.Td>
                <FollowUp recommendation={recommendation} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RegistryCards({ recommendations, caption }: { recommendations: readonly Row[]; caption: string }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {recommendations.map((recommendation) => (
        <Card component="li" withBorder radius="md" padding="md" key={recommendation.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Title order={3} fz="md" style={{ flex: '1 1 12rem' }}>
                <RecommendationLink recommendation={recommendation} />
              </Title>
              <RecommendationStatusBadge status={recommendation.status} />
            </Group>
            <Text size="sm">{excerpt(recommendation.text)}</Text>
            <Text size="sm" c="dimmed">
              Addressed to: {addressees(recommendation)}
            </Text>
            <IssueAreas areas={recommendation.issueAreas} />
            {recommendation.nextFollowUpOn && (
              <Group gap={6}>
                <Text size="sm">Next follow-up: {formatDate(recommendation.nextFollowUpOn)}</Text>
                {recommendation.overdue && <OverdueBadge />}
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

export interface RegistryListProps {
  recommendations: readonly FragmentType<typeof registryRowFragment>[];
  /** What the list holds, for screen readers: "Recommendations 51–100 of 120". */
  caption: string;
}

/** A table on wide screens; on a phone, one card per recommendation. Each leads to its page. */
export function RegistryList({ recommendations: refs, caption }: RegistryListProps) {
  const recommendations = getFragmentData(registryRowFragment, refs);
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  return wide ? (
    <RegistryTable recommendations={recommendations} caption={caption} />
  ) : (
    <RegistryCards recommendations={recommendations} caption={caption} />
  );
}
