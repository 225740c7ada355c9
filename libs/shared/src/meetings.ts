import { defineStateMachine } from './state-machine';

export const MeetingKind = {
  EXPERT_GROUP_MEETING: 'EXPERT_GROUP_MEETING',
  STUDY_GROUP_MEETING: 'STUDY_GROUP_MEETING',
  WORKSHOP: 'WORKSHOP',
  FORUM: 'FORUM',
  CONSULTATIVE_COMMISSION: 'CONSULTATIVE_COMMISSION',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export const meetingKindLabels: Record<MeetingKind, string> = {
  EXPERT_GROUP_MEETING: 'Expert group meeting',
  STUDY_GROUP_MEETING: 'Study group meeting',
  WORKSHOP: 'Workshop',
  FORUM: 'Forum',
  CONSULTATIVE_COMMISSION: 'Consultative commission',
};

export const Track = {
  TRACK_1: 'TRACK_1',
  TRACK_1_5: 'TRACK_1_5',
  TRACK_2: 'TRACK_2',
} as const;
export type Track = (typeof Track)[keyof typeof Track];

export const trackLabels: Record<Track, string> = {
  TRACK_1: 'Track 1 (governments)',
  TRACK_1_5: 'Track 1.5 (officials and experts)',
  TRACK_2: 'Track 2 (experts in a personal capacity)',
};

export const MeetingRole = {
  ORGANIZER: 'ORGANIZER',
  SECRETARIAT: 'SECRETARIAT',
  CHAIR: 'CHAIR',
  CO_CHAIR: 'CO_CHAIR',
  PRESENTER: 'PRESENTER',
  DISCUSSANT: 'DISCUSSANT',
  RAPPORTEUR: 'RAPPORTEUR',
  PARTICIPANT: 'PARTICIPANT',
  OBSERVER: 'OBSERVER',
} as const;
export type MeetingRole = (typeof MeetingRole)[keyof typeof MeetingRole];

export const meetingRoleLabels: Record<MeetingRole, string> = {
  ORGANIZER: 'Organizer',
  SECRETARIAT: 'Secretariat',
  CHAIR: 'Chair',
  CO_CHAIR: 'Co-chair',
  PRESENTER: 'Presenter',
  DISCUSSANT: 'Discussant',
  RAPPORTEUR: 'Rapporteur',
  PARTICIPANT: 'Participant',
  OBSERVER: 'Observer',
};

/** Roles that let a person run the meeting: edit it, its agenda and its participants. */
export const meetingManagerRoles: readonly MeetingRole[] = [MeetingRole.ORGANIZER, MeetingRole.SECRETARIAT];

export const MeetingStatus = {
  PLANNED: 'PLANNED',
  AGENDA_PROVISIONAL: 'AGENDA_PROVISIONAL',
  AGENDA_ADOPTED: 'AGENDA_ADOPTED',
  HELD: 'HELD',
  REPORT_PUBLISHED: 'REPORT_PUBLISHED',
} as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  PLANNED: 'Planned',
  AGENDA_PROVISIONAL: 'Provisional agenda',
  AGENDA_ADOPTED: 'Agenda adopted',
  HELD: 'Held',
  REPORT_PUBLISHED: 'Report published',
};

export const meetingStatusMachine = defineStateMachine<MeetingStatus>(MeetingStatus.PLANNED, {
  PLANNED: [MeetingStatus.AGENDA_PROVISIONAL],
  AGENDA_PROVISIONAL: [MeetingStatus.AGENDA_ADOPTED],
  AGENDA_ADOPTED: [MeetingStatus.HELD],
  HELD: [MeetingStatus.REPORT_PUBLISHED],
  REPORT_PUBLISHED: [],
});

export const Confidentiality = {
  OPEN: 'OPEN',
  /** Participants may use what is said, but not attribute it to anyone outside the meeting. */
  CHATHAM_HOUSE: 'CHATHAM_HOUSE',
} as const;
export type Confidentiality = (typeof Confidentiality)[keyof typeof Confidentiality];

export const confidentialityLabels: Record<Confidentiality, string> = {
  OPEN: 'Open',
  CHATHAM_HOUSE: 'Chatham House rule',
};

/** Roles a person can be invited to a meeting in (organizers are not invited: they run it). */
export const participationRoles: readonly MeetingRole[] = [
  MeetingRole.CHAIR,
  MeetingRole.CO_CHAIR,
  MeetingRole.PRESENTER,
  MeetingRole.DISCUSSANT,
  MeetingRole.RAPPORTEUR,
  MeetingRole.PARTICIPANT,
  MeetingRole.OBSERVER,
  MeetingRole.SECRETARIAT,
];

export const InvitationState = {
  /** On the list the organisers are preparing; nothing has been sent. */
  NOT_INVITED: 'NOT_INVITED',
  INVITED: 'INVITED',
  ACCEPTED: 'ACCEPTED',
  TENTATIVE: 'TENTATIVE',
  DECLINED: 'DECLINED',
  ATTENDED: 'ATTENDED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type InvitationState = (typeof InvitationState)[keyof typeof InvitationState];

export const invitationStateLabels: Record<InvitationState, string> = {
  NOT_INVITED: 'Not yet invited',
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  TENTATIVE: 'Tentative',
  DECLINED: 'Declined',
  ATTENDED: 'Attended',
  NO_SHOW: 'No-show',
};

/**
 * A person is put on the list, then invited when the organisers send; replies can change until the
 * meeting; attendance is marked by organisers at the meeting (also for a meeting recorded after the
 * fact, whose participants were never sent anything).
 */
export const invitationStateMachine = defineStateMachine<InvitationState>(InvitationState.NOT_INVITED, {
  NOT_INVITED: [InvitationState.INVITED, InvitationState.ACCEPTED, InvitationState.ATTENDED, InvitationState.NO_SHOW],
  INVITED: [
    InvitationState.ACCEPTED,
    InvitationState.TENTATIVE,
    InvitationState.DECLINED,
    InvitationState.ATTENDED,
    InvitationState.NO_SHOW,
  ],
  ACCEPTED: [InvitationState.TENTATIVE, InvitationState.DECLINED, InvitationState.ATTENDED, InvitationState.NO_SHOW],
  TENTATIVE: [InvitationState.ACCEPTED, InvitationState.DECLINED, InvitationState.ATTENDED, InvitationState.NO_SHOW],
  DECLINED: [InvitationState.ACCEPTED, InvitationState.TENTATIVE, InvitationState.ATTENDED],
  ATTENDED: [InvitationState.NO_SHOW],
  NO_SHOW: [InvitationState.ATTENDED],
});

/**
 * Whom a list of participants names. By default those attending: who accepted, and once attendance
 * is taken, who came; a no-show is no longer attending. The other choices follow the state of each
 * invitation, as the organisers filter the list.
 */
export const ParticipantListStatus = {
  ATTENDING: 'ATTENDING',
  NOT_INVITED: 'NOT_INVITED',
  INVITED: 'INVITED',
  ACCEPTED: 'ACCEPTED',
  TENTATIVE: 'TENTATIVE',
  DECLINED: 'DECLINED',
  NO_REPLY: 'NO_REPLY',
  ATTENDED: 'ATTENDED',
  ALL: 'ALL',
} as const;
export type ParticipantListStatus = (typeof ParticipantListStatus)[keyof typeof ParticipantListStatus];

export const participantListStatusLabels: Record<ParticipantListStatus, string> = {
  ATTENDING: 'Attending',
  NOT_INVITED: 'Not yet invited',
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  TENTATIVE: 'Tentative',
  DECLINED: 'Declined',
  NO_REPLY: 'Invited, no reply yet',
  ATTENDED: 'Attended',
  ALL: 'Everyone on the list',
};

/** The invitation states each list takes in; `null` for all of them. */
export const participantListStates: Record<ParticipantListStatus, readonly InvitationState[] | null> = {
  ATTENDING: [InvitationState.ACCEPTED, InvitationState.ATTENDED],
  NOT_INVITED: [InvitationState.NOT_INVITED],
  INVITED: [
    InvitationState.INVITED,
    InvitationState.ACCEPTED,
    InvitationState.TENTATIVE,
    InvitationState.DECLINED,
    InvitationState.ATTENDED,
    InvitationState.NO_SHOW,
  ],
  ACCEPTED: [InvitationState.ACCEPTED],
  TENTATIVE: [InvitationState.TENTATIVE],
  DECLINED: [InvitationState.DECLINED],
  NO_REPLY: [InvitationState.INVITED],
  ATTENDED: [InvitationState.ATTENDED],
  ALL: null,
};

/** How many on a list of participants are in each of the lists above. */
export function countByListStatus(
  states: readonly InvitationState[],
): { status: ParticipantListStatus; count: number }[] {
  return Object.values(ParticipantListStatus).map((status) => {
    const takes = participantListStates[status];
    return { status, count: takes ? states.filter((state) => takes.includes(state)).length : states.length };
  });
}

/** The replies an invited person can give themselves. */
export const rsvpStates: readonly InvitationState[] = [
  InvitationState.ACCEPTED,
  InvitationState.TENTATIVE,
  InvitationState.DECLINED,
];
