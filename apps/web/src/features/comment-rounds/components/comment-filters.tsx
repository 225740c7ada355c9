import { Button, Fieldset, Group, Select, TextInput } from '@mantine/core';
import { CommentKind, commentKindLabels } from '@plenary/shared';
import { ALL, NO_DISPOSITION, PERSONAL, type CommentFilters as Filters } from '../hooks/use-comment-filters';
import { dispositionOptions, type CommentRow } from './comment-table-model';

export interface CommentFiltersProps {
  comments: readonly CommentRow[];
  filters: Filters;
}

/** Which comments the table shows: by kind, disposition, committee and words. */
export function CommentFilters({
  comments,
  filters: { filters, filtered, setParam, clearFilters },
}: CommentFiltersProps) {
  const committees = [
    ...new Map(
      comments.flatMap((comment) => (comment.speaksFor ? [[comment.speaksFor.id, comment.speaksFor] as const] : [])),
    ).values(),
  ].sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name, 'en'));
  const anyPersonal = comments.some((comment) => comment.personalCapacity === true);

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
