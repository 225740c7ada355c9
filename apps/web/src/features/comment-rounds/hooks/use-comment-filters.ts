import { useDebouncedValue } from '@mantine/hooks';
import { CommentKind, type Disposition } from '@plenary/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CommentTableFilterInput } from '../../../__generated__/graphql';
import { isDisposition } from '../components/comment-table-model';

/** The choice of a select that filters nothing. */
export const ALL = 'ALL';
/** The disposition filter for comments still without one. */
export const NO_DISPOSITION = 'NONE';
/** The committee filter for comments made in personal capacity. */
export const PERSONAL = 'PERSONAL';

const FILTER_PARAMS = ['kind', 'disposition', 'committee', 'q'] as const;
/** The words typed wait this long before the table asks for the comments that match. */
const TYPING_PAUSE_MS = 250;
type FilterParam = (typeof FILTER_PARAMS)[number];

function isKind(value: string | null): value is CommentKind {
  return Object.values(CommentKind).some((kind) => kind === value);
}

export interface CommentFilterValues {
  kind: CommentKind | null;
  /** A disposition, or NONE for comments still without one. */
  disposition: Disposition | typeof NO_DISPOSITION | null;
  /** An organization id, or PERSONAL for comments in personal capacity. */
  committee: string | null;
  text: string;
}

function readFilters(params: URLSearchParams, text: string): CommentFilterValues {
  const kind = params.get('kind');
  const disposition = params.get('disposition');
  return {
    kind: isKind(kind) ? kind : null,
    disposition: disposition === NO_DISPOSITION || isDisposition(disposition) ? disposition : null,
    committee: params.get('committee') || null,
    text,
  };
}

/** The filters as the server applies them; words are sent once typing pauses. */
function filterInput(filters: CommentFilterValues, words: string): CommentTableFilterInput {
  const text = words.trim();
  return {
    kind: filters.kind,
    disposition: filters.disposition === NO_DISPOSITION ? null : filters.disposition,
    undisposed: filters.disposition === NO_DISPOSITION ? true : null,
    committeeId: filters.committee === PERSONAL ? null : filters.committee,
    personalCapacity: filters.committee === PERSONAL ? true : null,
    text: text === '' ? null : text,
  };
}

/**
 * The comment table's filters, the round and the page shown, kept in the address so a view can be
 * shared. Typing is kept here as well as in the address, so no keystroke waits for the router.
 */
export function useCommentFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [text, setText] = useState(() => searchParams.get('q') ?? '');
  const [words] = useDebouncedValue(text, TYPING_PAUSE_MS);
  const filters = readFilters(searchParams, text);
  const filtered = Boolean(filters.kind || filters.disposition || filters.committee || filters.text.trim() !== '');
  const page = Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1);

  // Another filter or round starts again from the first page.
  function setParam(name: FilterParam | 'round' | 'page', value: string | null) {
    if (name === 'q') setText(value ?? '');
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '' || value === ALL) next.delete(name);
        else next.set(name, value);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  function clearFilters() {
    setText('');
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of [...FILTER_PARAMS, 'page']) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    filtered,
    /** The number of the round asked for in the address; 0 when none is. */
    roundNumber: Number(searchParams.get('round')),
    /** The page of the table shown, from 1. */
    page,
    /** The filters as the server applies them. */
    input: filterInput(filters, words),
    setParam,
    clearFilters,
  };
}

export type CommentFilters = ReturnType<typeof useCommentFilters>;
