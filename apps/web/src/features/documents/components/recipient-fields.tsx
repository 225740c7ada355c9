import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { OrganizationKind } from '@plenary/shared';
import { useMemo, useState } from 'react';
import { displayName, organizationLabel } from '../../../lib/names';
import {
  useStudyGroupOrganizations,
  type OrganizationChoice,
} from '../../organizations/hooks/use-study-group-organizations';
import type { ChosenPerson } from '../../people/components/person-select';
import { usePeopleSearch } from '../../people/hooks/use-people-search';

/** Member committees first, then every other institution, each by name. */
function organizationGroups(organizations: readonly OrganizationChoice[]) {
  const option = (organization: OrganizationChoice) => ({
    value: organization.id,
    label: organizationLabel(organization),
  });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');
  const committees = organizations.filter((o) => o.kind === OrganizationKind.MEMBER_COMMITTEE).map(option);
  const others = organizations.filter((o) => o.kind !== OrganizationKind.MEMBER_COMMITTEE).map(option);
  return [
    { group: 'Member committees', items: committees.sort(byLabel) },
    { group: 'Other institutions', items: others.sort(byLabel) },
  ].filter((group) => group.items.length > 0);
}

export type OrganizationMultiSelectProps = Omit<MultiSelectProps, 'data' | 'searchable' | 'nothingFoundMessage'>;

/** Several committees and institutions from the directory, by their ids. */
export function OrganizationMultiSelect(props: OrganizationMultiSelectProps) {
  const { organizations, loading } = useStudyGroupOrganizations();
  const data = useMemo(() => organizationGroups(organizations), [organizations]);
  return (
    <MultiSelect
      {...props}
      searchable
      data={data}
      nothingFoundMessage={loading ? 'Loading the directory…' : 'No organization by that name'}
    />
  );
}

export interface PeopleMultiSelectProps {
  label: string;
  description: string;
  value: readonly ChosenPerson[];
  onChange: (people: ChosenPerson[]) => void;
  error: string | undefined;
}

/** Several people from the directory, searched on the server as the person types. */
export function PeopleMultiSelect({ label, description, value, onChange, error }: PeopleMultiSelectProps) {
  const [search, setSearch] = useState('');
  const { people, loading } = usePeopleSearch(search);
  const found = people.map((person) => ({ value: person.id, label: displayName(person) }));
  // The people already chosen stay options when a later search no longer finds them.
  const data = [...value.filter((chosen) => !found.some((option) => option.value === chosen.value)), ...found];
  return (
    <MultiSelect
      label={label}
      description={description}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by name, in every script; filtering again here would hide matches.
      filter={({ options }) => options}
      data={data}
      value={value.map((person) => person.value)}
      onChange={(ids) => {
        onChange(
          ids.flatMap((id) => {
            const option = data.find((candidate) => candidate.value === id);
            return option ? [option] : [];
          }),
        );
      }}
      nothingFoundMessage={loading ? 'Searching…' : 'Nobody by that name in the directory.'}
      error={error}
    />
  );
}
