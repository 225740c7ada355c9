import { Button, Checkbox, Collapse, Group, Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { CommentKind, commentKindLabels, Disposition, dispositionLabels } from '@plenary/shared';
import { createContext, useContext, useState } from 'react';
import type { DocumentComment_CommentFragment } from '../../../__generated__/graphql';

/** What the margin shows: every comment, or those of one round, kind, committee or disposition. */
export interface MarginFilter {
  round: string | null;
  kind: string | null;
  committee: string | null;
  disposition: string | null;
  openOnly: boolean;
}

export const NO_FILTER: MarginFilter = { round: null, kind: null, committee: null, disposition: null, openOnly: false };

const NONE_YET = 'NONE';

export const MarginFilterContext = createContext<MarginFilter>(NO_FILTER);

export function useMarginFilter(): MarginFilter {
  return useContext(MarginFilterContext);
}

export function isFiltered(filter: MarginFilter): boolean {
  return Object.entries(filter).some(([, value]) => value !== null && value !== false);
}

export function matchesFilter(comment: DocumentComment_CommentFragment, filter: MarginFilter): boolean {
  if (filter.round !== null && String(comment.roundNumber) !== filter.round) return false;
  if (filter.kind !== null && comment.kind !== filter.kind) return false;
  if (filter.committee !== null && comment.speaksFor?.id !== filter.committee) return false;
  if (filter.disposition === NONE_YET && comment.disposition !== null) return false;
  if (filter.disposition !== null && filter.disposition !== NONE_YET && comment.disposition !== filter.disposition) {
    return false;
  }
  return !filter.openOnly || comment.disposition === null;
}

const kindOptions = Object.values(CommentKind).map((kind) => ({ value: kind, label: commentKindLabels[kind] }));
const dispositionOptions = [
  { value: NONE_YET, label: 'No disposition yet' },
  ...Object.values(Disposition).map((disposition) => ({ value: disposition, label: dispositionLabels[disposition] })),
];

export interface MarginFiltersProps {
  filter: MarginFilter;
  onChange: (filter: MarginFilter) => void;
  rounds: readonly { number: number }[];
  committees: readonly { id: string; name: string; acronym: string | null }[];
}

/** Narrows the comments in the margin; the text stays whole. On a phone the filters open from a button. */
export function MarginFilters(props: MarginFiltersProps) {
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  if (!phone) return <FilterFields {...props} />;
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={opened}
        onClick={() => {
          setOpened((open) => !open);
        }}
      >
        {isFiltered(props.filter) ? 'Filter comments (on)' : 'Filter comments'}
      </Button>
      <Collapse expanded={opened}>{opened && <FilterFields {...props} />}</Collapse>
    </>
  );
}

function FilterFields({ filter, onChange, rounds, committees }: MarginFiltersProps) {
  const width = { base: '100%', xs: 170 };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" role="group" aria-label="Comments shown in the margin">
      <Select
        label="Round"
        size="xs"
        placeholder="All rounds"
        clearable
        data={rounds.map((round) => ({ value: String(round.number), label: `Round ${round.number}` }))}
        value={filter.round}
        onChange={(round) => {
          onChange({ ...filter, round });
        }}
        w={width}
      />
      <Select
        label="Kind"
        size="xs"
        placeholder="All kinds"
        clearable
        data={kindOptions}
        value={filter.kind}
        onChange={(kind) => {
          onChange({ ...filter, kind });
        }}
        w={width}
      />
      <Select
        label="Committee"
        size="xs"
        placeholder="All committees"
        clearable
        searchable
        data={committees.map((committee) => ({ value: committee.id, label: committee.acronym ?? committee.name }))}
        value={filter.committee}
        onChange={(committee) => {
          onChange({ ...filter, committee });
        }}
        w={width}
      />
      <Select
        label="Disposition"
        size="xs"
        placeholder="Any disposition"
        clearable
        data={dispositionOptions}
        value={filter.disposition}
        onChange={(disposition) => {
          onChange({ ...filter, disposition });
        }}
        w={width}
      />
      <Checkbox
        label="Open only"
        size="xs"
        mb={6}
        checked={filter.openOnly}
        onChange={(event) => {
          onChange({ ...filter, openOnly: event.currentTarget.checked });
        }}
      />
    </Group>
  );
}
