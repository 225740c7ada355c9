import { Button, Fieldset, Group, Select, TextInput } from '@mantine/core';
import { CommentKind, commentKindLabels } from '@plenary/shared';
import { ALL, NO_DISPOSITION, PERSONAL, type CommentFilters as Filters } from '../hooks/use-comment-filters';
import { dispositionOptions, type CommentCommittee } from './comment-table-model';

export interface CommentFiltersProps {
  /** The committees named on the round's comments. */
  committees: readonly CommentCommittee[];
  /** Some comment of the round was made in personal capacity. */
  anyPersonal: boolean;
  filters: Filters;
}

/** Which comments the table shows: by kind, disposition, committee and words. */
export function CommentFilters({
  committees: named,
  anyPersonal,
  filters: { filters, filtered, setParam, clearFilters },
}: CommentFiltersProps) {
  const committees = [...named].sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name, 'en'));

  return (
    <Fieldset legend="Filter comments" radius="md" p="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Kind"
          data={[
            { value: ALL, label: 'All kinds' },
            ...Object.values(CommentKind).map((kind) => ({ value: kind, label: commentKindLabels[kind] })),
          ]}
          value={filters.kind ?? ALL}
          onChange={(value) => {
            setParam('kind', value);
          }}
          allowDeselect={false}
          w={170}
        />
        <Select
          label="Disposed as"
          data={[
            { value: ALL, label: 'Any' },
            { value: NO_DISPOSITION, label: 'No disposition yet' },
            ...dispositionOptions,
          ]}
          value={filters.disposition ?? ALL}
          onChange={(value) => {
            setParam('disposition', value);
          }}
          allowDeselect={false}
          w={200}
        />
        <Select
          label="Committee"
          data={[
            { value: ALL, label: 'All committees' },
            ...committees.map((committee) => ({
              value: committee.id,
              label: committee.acronym ?? committee.name,
            })),
            ...(anyPersonal ? [{ value: PERSONAL, label: 'Personal capacity' }] : []),
          ]}
          value={filters.committee ?? ALL}
          onChange={(value) => {
            setParam('committee', value);
          }}
          allowDeselect={false}
          searchable
          w={200}
        />
        <TextInput
          label="Search comments"
          type="search"
          value={filters.text}
          onChange={(event) => {
            setParam('q', event.currentTarget.value);
          }}
          w={220}
        />
        {filtered && (
          <Button variant="subtle" onClick={clearFilters}>
            Clear filters
          </Button>
        )}
      </Group>
    </Fieldset>
  );
}
