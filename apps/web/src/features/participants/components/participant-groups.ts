import { countryName } from '@plenary/shared';
import type { ParticipantRow_ParticipationFragment } from '../../../__generated__/graphql';

export type ParticipantRow = ParticipantRow_ParticipationFragment;

export const GroupBy = {
  NONE: 'none',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  CATEGORY: 'category',
} as const;
export type GroupBy = (typeof GroupBy)[keyof typeof GroupBy];

export const groupByLabels: Record<GroupBy, string> = {
  none: 'None',
  organization: 'Organization',
  country: 'Country',
  category: 'Category',
};

export interface ParticipantGroup {
  key: string;
  /** The group's heading; empty when the list is not grouped. */
  label: string;
  rows: ParticipantRow[];
}

/** Whom the person speaks for here; failing that, where they work. */
export function organizationOf(row: ParticipantRow) {
  return row.representing ?? row.person.affiliation;
}

function organizationLabel(organization: { name: string; acronym: string | null }): string {
  return organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;
}

const NONE_KEY = '\u0000none';

function groupKey(row: ParticipantRow, by: GroupBy): { key: string; label: string } {
  switch (by) {
    case GroupBy.NONE:
      return { key: 'all', label: '' };
    case GroupBy.ORGANIZATION: {
      const organization = organizationOf(row);
      return organization
        ? { key: organization.id, label: organizationLabel(organization) }
        : { key: NONE_KEY, label: 'No organization given' };
    }
    case GroupBy.COUNTRY: {
      const country = organizationOf(row)?.country;
      return country ? { key: country, label: countryName(country) } : { key: NONE_KEY, label: 'No country given' };
    }
    case GroupBy.CATEGORY:
      return row.category ? { key: row.category, label: row.category } : { key: NONE_KEY, label: 'No category' };
  }
}

/** People in order of their sort names ("Kim Min-jun", "Ivanova, Anna"), whatever script their names are in. */
export function byName(a: ParticipantRow, b: ParticipantRow): number {
  return a.person.sortName.localeCompare(b.person.sortName, 'en', { sensitivity: 'base' });
}

/**
 * The participants in groups, each group by name, groups in alphabetical order with the people the
 * grouping says nothing about last.
 */
export function groupParticipants(rows: readonly ParticipantRow[], by: GroupBy): ParticipantGroup[] {
  const groups = new Map<string, ParticipantGroup>();
  for (const row of rows) {
    const { key, label } = groupKey(row, by);
    const group = groups.get(key) ?? { key, label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, rows: group.rows.sort(byName) }))
    .sort((a, b) => {
      if (a.key === NONE_KEY) return 1;
      if (b.key === NONE_KEY) return -1;
      return a.label.localeCompare(b.label, 'en');
    });
}
