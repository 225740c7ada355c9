import {
  MeetingRole,
  meetingManagerRoles,
  OrganizationRole,
  StudyGroupRole,
  studyGroupManagerRoles,
  studyGroupMemberRoles,
} from '@plenary/shared';
import { MembershipObjectType } from './membership.entity';

interface PermissionRule {
  objectType: MembershipObjectType;
  /** Roles on the object that grant the permission. */
  roles: readonly string[];
  /** What the object is called in a refusal: "No meeting with that id". */
  noun: string;
}

/** A study group's roles as they apply to each of the group's meetings (see AccessRepository.rolesOn). */
const onGroupMeetings = (roles: readonly string[]) => roles.map((role) => `GROUP_${role}`);

/** Members of the body a group reports to: they see what the group publishes. */
const REPORTS_TO_BODY = 'REPORTS_TO_BODY';

const allMeetingRoles = Object.values(MeetingRole);
const meetingReportWriters = [...meetingManagerRoles, MeetingRole.CHAIR, MeetingRole.CO_CHAIR, MeetingRole.RAPPORTEUR];

export const permissions = {
  MeetingView: {
    objectType: MembershipObjectType.MEETING,
    roles: [...allMeetingRoles, ...onGroupMeetings(studyGroupMemberRoles)],
    noun: 'meeting',
  },
  MeetingManage: {
    objectType: MembershipObjectType.MEETING,
    roles: [...meetingManagerRoles, ...onGroupMeetings(studyGroupManagerRoles)],
    noun: 'meeting',
  },
  /** Reading a meeting's report once it is published. */
  MeetingReportRead: {
    objectType: MembershipObjectType.MEETING,
    roles: [
      ...allMeetingRoles,
      ...onGroupMeetings([...studyGroupMemberRoles, StudyGroupRole.OBSERVER, REPORTS_TO_BODY]),
    ],
    noun: 'meeting',
  },
  /** Reading a report before it is published. */
  MeetingReportDraftRead: {
    objectType: MembershipObjectType.MEETING,
    roles: [...meetingReportWriters, ...onGroupMeetings(studyGroupMemberRoles)],
    noun: 'meeting',
  },
  MeetingReportWrite: {
    objectType: MembershipObjectType.MEETING,
    roles: [...meetingReportWriters, ...onGroupMeetings(studyGroupManagerRoles)],
    noun: 'meeting',
  },
  OrganizationConvene: {
    objectType: MembershipObjectType.ORGANIZATION,
    roles: [OrganizationRole.SECRETARIAT],
    noun: 'organization',
  },
  StudyGroupView: {
    objectType: MembershipObjectType.STUDY_GROUP,
    roles: [...Object.values(StudyGroupRole), REPORTS_TO_BODY],
    noun: 'study group',
  },
  /** Seeing the group's working material: its meetings, drafts and unpublished reports. */
  StudyGroupWork: { objectType: MembershipObjectType.STUDY_GROUP, roles: studyGroupMemberRoles, noun: 'study group' },
  StudyGroupManage: {
    objectType: MembershipObjectType.STUDY_GROUP,
    roles: studyGroupManagerRoles,
    noun: 'study group',
  },
  /** Naming people to the group; focal points may name them for their own committee only. */
  StudyGroupNameMembers: {
    objectType: MembershipObjectType.STUDY_GROUP,
    roles: [...studyGroupManagerRoles, StudyGroupRole.FOCAL_POINT],
    noun: 'study group',
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissions;

/** The permission that decides whether the object can be seen at all (refusals below it are FORBIDDEN, not NOT_FOUND). */
export const viewPermissionOf: Partial<Record<MembershipObjectType, Permission>> = {
  MEETING: 'MeetingView',
  STUDY_GROUP: 'StudyGroupView',
};

/** Whether a set of held roles grants a permission. */
export function grants(permission: Permission, held: readonly string[]): boolean {
  const roles: readonly string[] = permissions[permission].roles;
  return held.some((role) => roles.includes(role));
}
