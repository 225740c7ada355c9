import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { limits } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const peopleSearchQuery = graphql(`
  query PeopleSearch($search: String) {
    people(search: $search) {
      id
      name
      sortName
      honorific
      title
      affiliation {
        id
        name
        acronym
      }
    }
  }
`);

/** People in the directory matching what the person typed, asked for once they pause typing. */
export function usePeopleSearch(search: string) {
  const [debounced] = useDebouncedValue(search.trim().slice(0, limits.searchText), 250);
  const { data, previousData, loading, error } = useQuery(peopleSearchQuery, {
    variables: { search: debounced === '' ? null : debounced },
  });
  // While the next answer is on its way, the last one stays in the list rather than flickering away.
  const people = (data ?? previousData)?.people ?? [];
  return { people, loading, error };
}
