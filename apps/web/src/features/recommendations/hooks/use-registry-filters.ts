import { AddresseeKind, IssueArea, RecommendationStatus } from '@plenary/shared';
import { useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { RecommendationFilterInput } from '../../../__generated__/graphql';

/** The dashboard's filters, as the address bar holds them so that a view can be shared by copying it. */
export interface RegistryFilters {
  studyGroup: string | null;
  meeting: string | null;
  document: string | null;
  addressee: AddresseeKind | null;
  issueArea: IssueArea | null;
  status: RecommendationStatus | null;
  year: number | null;
  overdue: boolean;
}

export type RegistryFilterName = keyof RegistryFilters;

export const PAGE_SIZE = 50;

export const emptyFilters: RegistryFilters = {
  studyGroup: null,
  meeting: null,
  document: null,
  addressee: null,
  issueArea: null,
  status: null,
  year: null,
  overdue: false,
};

/** The order the parameters are written in, so equal views give equal addresses. */
const FILTER_NAMES = [
  'studyGroup',
  'meeting',
  'document',
  'addressee',
  'issueArea',
  'status',
  'year',
  'overdue',
] as const satisfies readonly RegistryFilterName[];

/** `value` when it is one of an enum's values (`IssueArea`, …), else null. */
export function enumValue<T extends string>(values: Record<string, T>, value: string | null): T | null {
  return value !== null && Object.hasOwn(values, value) ? (values[value] ?? null) : null;
}

function id(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The API accepts years from 1900 to 2200; anything else in the address is ignored rather than refused. */
function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1900 && number <= 2200 ? number : null;
}

/** The filters in an address; unknown or malformed values count as no filter. */
export function readFilters(params: URLSearchParams): RegistryFilters {
  return {
    studyGroup: id(params.get('studyGroup')),
    meeting: id(params.get('meeting')),
    document: id(params.get('document')),
    addressee: enumValue(AddresseeKind, params.get('addressee')),
    issueArea: enumValue(IssueArea, params.get('issueArea')),
    status: enumValue(RecommendationStatus, params.get('status')),
    year: year(params.get('year')),
    overdue: params.get('overdue') === '1',
  };
}

function paramValue(filters: RegistryFilters, name: RegistryFilterName): string | null {
  switch (name) {
    case 'overdue':
      return filters.overdue ? '1' : null;
    case 'year':
      return filters.year === null ? null : String(filters.year);
    case 'studyGroup':
    case 'meeting':
    case 'document':
    case 'addressee':
    case 'issueArea':
    case 'status':
      return filters[name];
  }
}

/** The filters as query-string parameters: the dashboard's address and the exports take the same. */
export function filterParams(filters: RegistryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = paramValue(filters, name);
    if (value !== null) params.set(name, value);
  }
  return params;
}

export function hasFilters(filters: RegistryFilters): boolean {
  return filterParams(filters).size > 0;
}

/** The filters as the API takes them; unset filters are left out. */
export function toFilterInput(filters: RegistryFilters): RecommendationFilterInput {
  const input: RecommendationFilterInput = {};
  if (filters.studyGroup) input.studyGroupId = filters.studyGroup;
  if (filters.meeting) input.meetingId = filters.meeting;
  if (filters.document) input.documentId = filters.document;
  if (filters.addressee) input.addressee = filters.addressee;
  if (filters.issueArea) input.issueArea = filters.issueArea;
  if (filters.status) input.status = filters.status;
  if (filters.year !== null) input.year = filters.year;
  if (filters.overdue) input.overdue = true;
  return input;
}

/** `?page=3`, counted from 1; anything else is the first page. */
function readPage(params: URLSearchParams): number {
  const value = params.get('page');
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/**
 * The dashboard's filters and page, read from and written to the address. Each change builds on the
 * last one asked for, not on the last one rendered: the router renders a navigation as a transition,
 * so a second filter chosen before the first has rendered must not undo it.
 */
export function useRegistryFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const page = readPage(searchParams);
  const latest = useRef(searchParams);
  // The address changed by other means (back, forward, a link): that is now the latest.
  useLayoutEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);

  function navigate(params: URLSearchParams) {
    latest.current = params;
    setSearchParams(params);
  }

  function showFilters(next: RegistryFilters) {
    // Another set of matches starts again from its first page.
    navigate(filterParams(next));
  }

  function setFilter<N extends RegistryFilterName>(name: N, value: RegistryFilters[N]) {
    showFilters({ ...readFilters(latest.current), [name]: value });
  }

  function clearFilters() {
    showFilters(emptyFilters);
  }

  function showPage(next: number) {
    const params = filterParams(readFilters(latest.current));
    if (next > 1) params.set('page', String(next));
    navigate(params);
  }

  return { filters, page, setFilter, clearFilters, showPage };
}
