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

/** A document's roles come from what owns it (see AccessRepository.rolesOn): its group, its meeting, its rounds. */
const onOwningGroup = onGroupMeetings;
const onOwningMeeting = (roles: readonly string[]) => roles.map((role) => `MEETING_${role}`);
/** Named in a comment round of the document, in person or through a committee they belong to. */
const RECIPIENT = 'RECIPIENT';
/** Members of the body the document was submitted to (held once it has been submitted, and after). */
const SUBMITTED_TO = 'SUBMITTED_TO';
/** On the dissemination list of the published text, in person or through an institution they belong to. */
const DISSEMINATED = 'DISSEMINATED';

/** Roles held on a document itself. */
export const DocumentRole = {
  /** Named by a meeting's organisers to draft one of its documents; held while they take part in the meeting. */
  DRAFTER: 'DRAFTER',
} as const;

/**
 * A group's documents are drafted by its co-chairs. A meeting's documents are drafted by those who
 * run the meeting (its organisers and secretariat) and whom they name; chairing a session or
 * presenting at the meeting does not make one a drafter.
 */
const documentEditors = [
  ...onOwningGroup([StudyGroupRole.CO_CHAIR]),
  ...onOwningMeeting(meetingManagerRoles),
  DocumentRole.DRAFTER,
];
const documentSecretariat = onOwningGroup([StudyGroupRole.SECRETARIAT]);
/** Roles on the organization responsible for following a recommendation up. */
const onResponsibleSecretariat = (roles: readonly string[]) => roles.map((role) => `RESPONSIBLE_${role}`);
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
  /** Reading circulated versions and their comments (names as the round's attribution allows). */
  DocumentRead: {
    objectType: MembershipObjectType.DOCUMENT,
    roles: [
      ...documentEditors,
      ...documentSecretariat,
      ...onOwningGroup(studyGroupMemberRoles),
      ...onOwningMeeting(allMeetingRoles),
      RECIPIENT,
    ],
    noun: 'document',
  },
  /** Reading the working version, and who wrote every comment: the co-chairs and the secretariat. */
  DocumentDraftRead: {
    objectType: MembershipObjectType.DOCUMENT,
    roles: [...documentEditors, ...documentSecretariat],
    noun: 'document',
  },
  /** Drafting, circulating, closing rounds, disposing of comments, finalising and submitting. */
  DocumentEdit: { objectType: MembershipObjectType.DOCUMENT, roles: documentEditors, noun: 'document' },
  DocumentPublish: {
    objectType: MembershipObjectType.DOCUMENT,
    roles: [...documentEditors, ...documentSecretariat],
    noun: 'document',
  },
  /** Naming the drafters of a meeting's document: those who run the meeting. */
  DocumentNameDrafters: {
    objectType: MembershipObjectType.DOCUMENT,
    roles: onOwningMeeting(meetingManagerRoles),
    noun: 'document',
  },
  /**
   * Recording the decision on a submitted document: members of the body it was submitted to, who
   * keep reading it after they return it, to see the revision they asked for.
   */
  DocumentDecide: { objectType: MembershipObjectType.DOCUMENT, roles: [SUBMITTED_TO], noun: 'document' },
  /** Reading a published document's final text. */
  DocumentPublishedRead: {
    objectType: MembershipObjectType.DOCUMENT,
    roles: [
      ...documentEditors,
      ...documentSecretariat,
      ...onOwningGroup([...studyGroupMemberRoles, StudyGroupRole.OBSERVER]),
      ...onOwningMeeting(allMeetingRoles),
      RECIPIENT,
      REPORTS_TO_BODY,
      DISSEMINATED,
    ],
    noun: 'document',
  },
  /** Seeing a tracked recommendation and its history. */
  RecommendationView: {
    objectType: MembershipObjectType.RECOMMENDATION,
    roles: [
      ...onResponsibleSecretariat(Object.values(OrganizationRole)),
      ...onOwningGroup([...studyGroupMemberRoles, StudyGroupRole.OBSERVER]),
      ...onOwningMeeting(allMeetingRoles),
      REPORTS_TO_BODY,
    ],
    noun: 'recommendation',
  },
  /** Recording its follow-up: the staff of the secretariat responsible for it, and no one else. */
  RecommendationTrack: {
    objectType: MembershipObjectType.RECOMMENDATION,
    roles: onResponsibleSecretariat([OrganizationRole.SECRETARIAT]),
    noun: 'recommendation',
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissions;

/** The permission that decides whether the object can be seen at all (refusals below it are FORBIDDEN, not NOT_FOUND). */
export const viewPermissionOf: Partial<Record<MembershipObjectType, Permission>> = {
  MEETING: 'MeetingView',
  STUDY_GROUP: 'StudyGroupView',
  DOCUMENT: 'DocumentPublishedRead',
  RECOMMENDATION: 'RecommendationView',
};

/** Whether a set of held roles grants a permission. */
export function grants(permission: Permission, held: readonly string[]): boolean {
  const roles: readonly string[] = permissions[permission].roles;
  return held.some((role) => roles.includes(role));
}
