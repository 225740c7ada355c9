export { paragraphs } from '@plenary/shared';

export interface ActionItemOwners {
  ownerPerson: { name: string } | null;
  ownerOrganization: { name: string; acronym: string | null } | null;
}

/** "김민준, CSCAP-Korea": the person, then the committee, whichever are named. */
export function ownerLabel({ ownerPerson, ownerOrganization }: ActionItemOwners): string {
  const organization = ownerOrganization ? (ownerOrganization.acronym ?? ownerOrganization.name) : undefined;
  return [ownerPerson?.name, organization].filter(Boolean).join(', ') || 'No owner named';
}

/** "Korean Committee of CSCAP (CSCAP-Korea)", to choose from. */
export function organizationOptionLabel(organization: { name: string; acronym: string | null }): string {
  return organization.acronym && organization.acronym !== organization.name
    ? `${organization.name} (${organization.acronym})`
    : organization.name;
}
