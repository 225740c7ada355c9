import { ActionIcon, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** Where the search page lives, and the address of a search for `text`. */
export const SEARCH_PATH = '/search';

export function searchHref(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q: trimmed }).toString()}`;
}

function SearchIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
      <circle cx={11} cy={11} r={7} />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's search box. Submitting opens the search page for the words typed; while that page is
 * open the box shows what was searched for, so going back and forth through searches keeps the two in step.
 */
export function SearchBox() {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const searched = pathname === SEARCH_PATH ? (searchParams.get('q') ?? '') : '';
  const [value, setValue] = useState(searched);
  const [shownFor, setShownFor] = useState(searched);
  if (shownFor !== searched) {
    setShownFor(searched);
    setValue(searched);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(searchHref(value));
  }

  return (
    <form role="search" aria-label="Search Plenary" onSubmit={handleSubmit} style={{ flex: '0 1 20rem', minWidth: 0 }}>
      <TextInput
        type="search"
        aria-label="Search Plenary"
        placeholder="Search"
        size="xs"
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
        }}
        rightSection={
          <ActionIcon type="submit" variant="subtle" size="sm" aria-label="Search">
            <SearchIcon />
          </ActionIcon>
        }
      />
    </form>
  );
}
