import { renderRoute, subscriptionServer, type RenderRouteOptions } from '../../../test/render';

const DAY = 86_400_000;

/** An ISO moment `days` from now. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

/** A calendar date `days` from today (UTC). */
export function dateInDays(days: number): string {
  return inDays(days).slice(0, 10);
}

export const memorandum = {
  __typename: 'HomeDocument' as const,
  id: 'doc-governance',
  title: 'Memorandum on Multilateral Security Governance in Northeast Asia',
  kind: 'MEMORANDUM' as const,
  ownerTitle: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
};

export function roundToAnswer(overrides: Record<string, unknown> = {}) {
  const closesAt = inDays(21);
  return {
    __typename: 'HomeRoundToAnswer' as const,
    id: 'round-2',
    number: 2,
    versionNumber: 2,
    closesAt,
    ownCommentCount: 0,
    awaitingResponse: true,
    path: '/documents/doc-governance?respond=1',
    deadline: closesAt,
    document: memorandum,
    recipients: [
      {
        __typename: 'HomeRecipient' as const,
        id: 'recipient-japan',
        name: 'CSCAP-Japan',
        response: 'NOT_YET' as const,
        isViewer: false,
      },
    ],
    ...overrides,
  };
}

export function followUp(id: string, days: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'HomeFollowUp' as const,
    id,
    number: 4,
    text: 'Establish a regional energy dialogue.',
    sourceTitle: 'Memorandum No. 1',
    nextFollowUpOn: dateInDays(days),
    overdue: days < 0,
    path: `/recommendations/${id}`,
    deadline: `${dateInDays(days)}T00:00:00.000Z`,
    ...overrides,
  };
}

export const incheon = {
  __typename: 'HomeMeeting' as const,
  id: 'meeting-incheon',
  title: 'Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
  kind: 'EXPERT_GROUP_MEETING' as const,
  status: 'AGENDA_PROVISIONAL' as const,
  startDate: dateInDays(10),
  endDate: dateInDays(11),
  venue: 'ESCAP East and North-East Asia Office',
  city: 'Incheon',
  country: 'KR',
  viewerRole: 'PRESENTER' as const,
  viewerInvitation: 'INVITED' as const,
  path: '/meetings/meeting-incheon',
};

export const vladivostok = {
  ...incheon,
  id: 'meeting-vladivostok',
  title: 'Third Meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
  kind: 'STUDY_GROUP_MEETING' as const,
  status: 'REPORT_PUBLISHED' as const,
  startDate: '2011-11-14',
  endDate: '2011-11-14',
  venue: 'Conference arrangements by CSCAP-Russia',
  city: 'Vladivostok',
  country: 'RU',
  viewerRole: 'PARTICIPANT' as const,
  viewerInvitation: 'ATTENDED' as const,
  path: '/meetings/meeting-vladivostok',
};

/** The home page's data: nothing to do and nothing coming, unless told otherwise. */
export function homeFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Home' as const,
    today: dateInDays(0),
    roundsToAnswer: [],
    roundsInProgress: [],
    commentsToDispose: [],
    returnedDocuments: [],
    documentsToDecide: [],
    followUps: [],
    invitations: [],
    unansweredInvitations: [],
    agendasToAdopt: [],
    reportsToPublish: [],
    upcomingMeetings: [],
    pastMeetings: [],
    ...overrides,
  };
}

/** The server's side of `homeEvents`: a test pushes a signal, as the API does when something on the page may have changed. */
function homeEventsServer() {
  return subscriptionServer(() => ({ homeEvents: { __typename: 'HomeEvent', at: new Date().toISOString() } }));
}

/** As `renderRoute`, with `homeEvents` answered by a server the test drives. */
export function renderWithHomeEvents(options: Omit<RenderRouteOptions, 'subscriptions'>) {
  const events = homeEventsServer();
  return { ...renderRoute({ ...options, subscriptions: events.link }), events };
}
