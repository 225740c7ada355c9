import { Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { displayName } from '../../../lib/names';
import { usePeopleSearch } from '../hooks/use-people-search';

export interface ChosenPerson {
  value: string;
  label: string;
}

export interface PersonSelectProps {
  value: ChosenPerson | null;
  onChange: (person: ChosenPerson | null) => void;
  error: string | undefined;
  /** People who cannot be chosen (already invited, already a member), shown with `unavailableNote`. */
  unavailable?: ReadonlySet<string>;
  unavailableNote?: string;
  /** What to say when nobody matches. */
  nothingFound?: string;
}

/** Searches the directory on the server as the person types. */
export function PersonSelect({
  value,
  onChange,
  error,
  unavailable,
  unavailableNote = 'unavailable',
  nothingFound = 'Nobody by that name in the directory.',
}: PersonSelectProps) {
  const [search, setSearch] = useState('');
  const { people, loading } = usePeopleSearch(search);
  const details = useMemo(
    () =>
      new Map(
        people.map((person) => [
          person.id,
          [person.title, person.affiliation?.acronym ?? person.affiliation?.name].filter(Boolean).join(', '),
        ]),
      ),
    [people],
  );
  const options = people.map((person) => {
    const taken = unavailable?.has(person.id) ?? false;
    return {
      value: person.id,
      label: taken ? `${displayName(person)} (${unavailableNote})` : displayName(person),
      disabled: taken,
    };
  });
  // The chosen person stays an option when a later search no longer finds them.
  const data = value && !options.some((option) => option.value === value.value) ? [value, ...options] : options;

  return (
    <Select
      label="Person"
      description="Type part of a name to search the directory."
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by name, in every script; filtering again here would hide matches.
      filter={({ options: all }) => all}
      data={data}
      value={value?.value ?? null}
      onChange={(id, option) => {
        onChange(id && option ? { value: id, label: option.label } : null);
      }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {details.get(option.value) && (
            <Text size="xs" c="dimmed">
              {details.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      nothingFoundMessage={loading ? 'Searching…' : nothingFound}
      error={error}
    />
  );
}
