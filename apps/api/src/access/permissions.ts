import { MeetingRole, meetingManagerRoles, OrganizationRole } from '@plenary/shared';
import { MembershipObjectType } from './membership.entity';

interface PermissionRule {
  objectType: MembershipObjectType;
  /** Roles on the object that grant the permission. */
  roles: readonly string[];
  /** What the object is called in a refusal: "No meeting with that id". */
  noun: string;
}

const allMeetingRoles = Object.values(MeetingRole);

export const permissions = {
  MeetingView: { objectType: MembershipObjectType.MEETING, roles: allMeetingRoles, noun: 'meeting' },
  MeetingManage: { objectType: MembershipObjectType.MEETING, roles: meetingManagerRoles, noun: 'meeting' },
  OrganizationConvene: {
    objectType: MembershipObjectType.ORGANIZATION,
    roles: [OrganizationRole.SECRETARIAT],
    noun: 'organization',
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissions;

/** The permission that decides whether the object can be seen at all (refusals below it are FORBIDDEN, not NOT_FOUND). */
export const viewPermissionOf: Partial<Record<MembershipObjectType, Permission>> = {
  MEETING: 'MeetingView',
};
