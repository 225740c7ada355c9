import { countryName, meetingRoleLabels, type MeetingRole } from '@plenary/shared';
import { Fragment } from 'react';

export interface PlaceFields {
  venue: string;
  city: string | null;
  country: string | null;
}

/** "United Nations Conference Centre, Bangkok, Thailand". */
export function meetingPlace({ venue, city, country }: PlaceFields): string {
  return [venue, city, country ? countryName(country) : null].filter((part) => part !== null && part !== '').join(', ');
}

/** "Organizer, Rapporteur"; empty when the viewer sees the meeting without a role on it. */
export function roleList(roles: readonly MeetingRole[]): string {
  return roles.map((role) => meetingRoleLabels[role]).join(', ');
}

const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** "Third meeting of the series", as study-group documents say it. */
export function sequenceText(sequenceNumber: number): string {
  const ordinal = ordinals[sequenceNumber - 1];
  return ordinal ? `${ordinal} meeting of the series` : `Meeting ${sequenceNumber} of the series`;
}

export interface OrganizationNameFields {
  id: string;
  name: string;
  acronym: string | null;
}

export interface OrganizationNamesProps {
  organizations: readonly OrganizationNameFields[];
}

/** Acronyms where an organization has one (its full name on hover and for screen readers), else names. */
export function OrganizationNames({ organizations }: OrganizationNamesProps) {
  return (
    <>
      {organizations.map((organization, index) => (
        <Fragment key={organization.id}>
          {index > 0 && ', '}
          {organization.acronym ? (
            <abbr title={organization.name} style={{ textDecoration: 'none' }}>
              {organization.acronym}
            </abbr>
          ) : (
            organization.name
          )}
        </Fragment>
      ))}
    </>
  );
}
