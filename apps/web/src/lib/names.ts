import { countryName } from '@plenary/shared';

/** "Dr 김민준": a person as every list and sentence writes them. */
export function displayName({ honorific, name }: { honorific: string | null; name: string }): string {
  return honorific ? `${honorific} ${name}` : name;
}

export interface OrganizationLabelFields {
  name: string;
  acronym: string | null;
}

/** "CSCAP-Korea — Korean Committee of CSCAP", as forms list organizations to choose from. */
export function organizationLabel({ name, acronym }: OrganizationLabelFields): string {
  return acronym && acronym !== name ? `${acronym} — ${name}` : name;
}

/** "CSCAP-Korea": the acronym where there is one. */
export function shortName({ name, acronym }: OrganizationLabelFields): string {
  return acronym ?? name;
}

/** "Seoul, Republic of Korea"; empty when neither is known. */
export function placeText(city: string | null, country: string | null): string {
  return [city, country ? countryName(country) : null].filter((part) => part !== null && part !== '').join(', ');
}
