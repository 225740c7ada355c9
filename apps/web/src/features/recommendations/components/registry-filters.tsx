import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import {
  AddresseeKind,
  addresseeKindLabels,
  IssueArea,
  issueAreaLabels,
  RecommendationStatus,
  recommendationStatusLabels,
  recommendationStatusMachine,
} from '@plenary/shared';
import { useMemo } from 'react';
import { formatDate } from '../../../ui/time-zone';
import { registryFilterOptionsQuery } from '../graphql/registry-queries';
import { enumValue, hasFilters, type RegistryFilterName, type RegistryFilters } from '../hooks/use-registry-filters';

const addresseeOptions = Object.values(AddresseeKind).map((kind) => ({
  value: kind,
  label: addresseeKindLabels[kind],
}));
const issueAreaOptions = Object.values(IssueArea).map((area) => ({ value: area, label: issueAreaLabels[area] }));
const statusOptions = recommendationStatusMachine.states.map((status) => ({
  value: status,
  label: recommendationStatusLabels[status],
}));

const FIRST_YEAR = 2000;

/** Newest first, from this year back to 2000, and the year asked for if it is outside that. */
function yearOptions(selected: number | null): string[] {
  const thisYear = new Date().getFullYear();
  const years = new Set<number>();
  for (let year = thisYear; year >= FIRST_YEAR; year--) years.add(year);
  if (selected !== null) years.add(selected);
  return [...years].sort((a, b) => b - a).map(String);
}

export interface RegistryFiltersProps {
  filters: RegistryFilters;
  onChange: <N extends RegistryFilterName>(name: N, value: RegistryFilters[N]) => void;
  onClear: () => void;
}

/** Narrows the counts, charts, list and exports together; every choice is kept in the address. */
export function RegistryFilterBar({ filters, onChange, onClear }: RegistryFiltersProps) {
  const { data, loading, error } = useQuery(registryFilterOptionsQuery);
  const placeholder = loading && !data ? 'Loading…' : 'All';

  const studyGroupOptions = useMemo(
    () => (data?.studyGroups ?? []).map((group) => ({ value: group.id, label: group.title })),
    [data],
  );
  const meetingOptions = useMemo(
    () =>
      (data?.meetings ?? []).map((meeting) => ({
        value: meeting.id,
        label: `${meeting.title} (${formatDate(meeting.startDate)})`,
      })),
    [data],
  );
  const documentOptions = useMemo(
    () => (data?.recommendationSources ?? []).map((source) => ({ value: source.documentId, label: source.title })),
    [data],
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="registry-filters-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text id="registry-filters-heading" component="h2" fw={600} size="lg" m={0}>
            Filters
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onClear} disabled={!hasFilters(filters)}>
            Clear filters
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert">
            The study groups, meetings and documents to filter by could not be loaded. The other filters still work.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <Select
            label="Study group"
            placeholder={placeholder}
            searchable
            clearable
            data={studyGroupOptions}
            value={filters.studyGroup}
            onChange={(value) => {
              onChange('studyGroup', value);
            }}
            nothingFoundMessage="No study group by that name"
          />
          <Select
            label="Meeting"
            placeholder={placeholder}
            searchable
            clearable
            data={meetingOptions}
            value={filters.meeting}
            onChange={(value) => {
              onChange('meeting', value);
            }}
            nothingFoundMessage="No meeting by that name"
          />
          <Select
            label="Document"
            placeholder={placeholder}
            searchable
            clearable
            data={documentOptions}
            value={filters.document}
            onChange={(value) => {
              onChange('document', value);
            }}
            nothingFoundMessage="No document by that title"
          />
          <Select
            label="Addressed to"
            placeholder="All"
            clearable
            data={addresseeOptions}
            value={filters.addressee}
            onChange={(value) => {
              onChange('addressee', enumValue(AddresseeKind, value));
            }}
          />
          <Select
            label="Issue area"
            placeholder="All"
            searchable
            clearable
            data={issueAreaOptions}
            value={filters.issueArea}
            onChange={(value) => {
              onChange('issueArea', enumValue(IssueArea, value));
            }}
          />
          <Select
            label="Status"
            placeholder="All"
            clearable
            data={statusOptions}
            value={filters.status}
            onChange={(value) => {
              onChange('status', enumValue(RecommendationStatus, value));
            }}
          />
          <Select
            label="Year adopted"
            placeholder="All"
            searchable
            clearable
            data={yearOptions(filters.year)}
            value={filters.year === null ? null : String(filters.year)}
            onChange={(value) => {
              onChange('year', value === null ? null : Number(value));
            }}
          />
          <Switch
            label="Overdue follow-up only"
            description="Open recommendations whose follow-up date has passed."
            checked={filters.overdue}
            onChange={(event) => {
              onChange('overdue', event.currentTarget.checked);
            }}
            mt={{ base: 0, lg: 'lg' }}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
