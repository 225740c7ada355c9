import { ScriptText } from './script-text';

export interface OrganizationShortNameProps {
  organization: { name: string; acronym: string | null };
}

/** An organization's acronym (its name on hover and for screen readers), else its name. */
export function OrganizationShortName({ organization }: OrganizationShortNameProps) {
  return organization.acronym ? (
    <abbr title={organization.name} style={{ textDecoration: 'none' }}>
      {organization.acronym}
    </abbr>
  ) : (
    <ScriptText>{organization.name}</ScriptText>
  );
}
