import { CommentKind, type Disposition } from '@plenary/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isDisposition, type CommentRow } from '../components/comment-table-model';

/** The choice of a select that filters nothing. */
export const ALL = 'ALL';
/** The disposition filter for comments still without one. */
export const NO_DISPOSITION = 'NONE';
/** The committee filter for comments made in personal capacity. */
export const PERSONAL = 'PERSONAL';

const FILTER_PARAMS = ['kind', 'disposition', 'committee', 'q'] as const;
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

function matches(comment: CommentRow, filters: CommentFilterValues, names: ReadonlyMap<string, string>): boolean {
  if (filters.kind && comment.kind !== filters.kind) return false;
  if (filters.disposition === NO_DISPOSITION && comment.disposition !== null) return false;
  if (filters.disposition && filters.disposition !== NO_DISPOSITION && comment.disposition !== filters.disposition) {
    return false;
  }
  if (filters.committee === PERSONAL && comment.personalCapacity !== true) return false;
  if (filters.committee && filters.committee !== PERSONAL && comment.speaksFor?.id !== filters.committee) return false;
  const wanted = filters.text.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  const haystack = [
    comment.body,
    comment.quote ?? '',
    comment.reply,
    comment.paragraphThen.text,
    names.get(comment.id) ?? '',
    comment.speaksFor?.name ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
  return haystack.includes(wanted);
}

/**
 * The comment table's filters and the round shown, kept in the address so a view can be shared.
 * Typing is kept here as well as in the address, so no keystroke waits for the router.
 */
export function useCommentFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [text, setText] = useState(() => searchParams.get('q') ?? '');
  const filters = readFilters(searchParams, text);
  const filtered = Boolean(filters.kind || filters.disposition || filters.committee || filters.text.trim() !== '');

  function setParam(name: FilterParam | 'round', value: string | null) {
    if (name === 'q') setText(value ?? '');
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '' || value === ALL) next.delete(name);
        else next.set(name, value);
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
        for (const name of FILTER_PARAMS) next.delete(name);
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
    setParam,
    clearFilters,
    matches: (comment: CommentRow, names: ReadonlyMap<string, string>) => matches(comment, filters, names),
  };
}

export type CommentFilters = ReturnType<typeof useCommentFilters>;
