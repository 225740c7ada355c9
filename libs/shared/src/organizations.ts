export const OrganizationKind = {
  UN_BODY: 'UN_BODY',
  INTERGOVERNMENTAL: 'INTERGOVERNMENTAL',
  COUNCIL: 'COUNCIL',
  MEMBER_COMMITTEE: 'MEMBER_COMMITTEE',
  NATIONAL_POLICY_INSTITUTE: 'NATIONAL_POLICY_INSTITUTE',
  THINK_TANK: 'THINK_TANK',
  UNIVERSITY: 'UNIVERSITY',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  DONOR: 'DONOR',
  GOVERNMENT: 'GOVERNMENT',
  OTHER: 'OTHER',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

export const organizationKindLabels: Record<OrganizationKind, string> = {
  UN_BODY: 'UN body',
  INTERGOVERNMENTAL: 'Intergovernmental mechanism',
  COUNCIL: 'Council',
  MEMBER_COMMITTEE: 'Member committee',
  NATIONAL_POLICY_INSTITUTE: 'National policy institute',
  THINK_TANK: 'Think tank',
  UNIVERSITY: 'University',
  CIVIL_SOCIETY: 'Civil society',
  DONOR: 'Donor',
  GOVERNMENT: 'Government',
  OTHER: 'Other',
};

/** Roles a person holds on an organization itself (not on its meetings). */
export const OrganizationRole = {
  /** Staff who convene meetings and study groups on the organization's behalf. */
  SECRETARIAT: 'SECRETARIAT',
  /** The person who speaks for a member committee. */
  FOCAL_POINT: 'FOCAL_POINT',
  MEMBER: 'MEMBER',
} as const;
export type OrganizationRole = (typeof OrganizationRole)[keyof typeof OrganizationRole];
