import type { MockLink } from '@apollo/client/testing';
import { meetingUpdatedSubscription } from '../features/meetings/hooks/use-meeting-updates';
import { meetingQuery } from '../features/meetings/routes/meeting-route';
import { meetingFixture } from './meetings';

export const MEETING_ID = 'meeting-egm-2019';

export function organizationFixture(id: string, name: string, acronym: string | null, country: string | null) {
  return { __typename: 'Organization' as const, id, name, acronym, country };
}

export const tcsOrg = organizationFixture('org-tcs', 'Trilateral Cooperation Secretariat', 'TCS', 'KR');
export const kdiOrg = organizationFixture('org-kdi', 'Korea Development Institute', 'KDI', 'KR');
export const ierOrg = organizationFixture('org-ier', 'Institute of Economic Research', null, 'JP');

export function personFixture(
  id: string,
  name: string,
  overrides: Partial<{ sortName: string; honorific: string | null; title: string | null; affiliation: unknown }> = {},
) {
  return {
    __typename: 'Person' as const,
    id,
    name,
    sortName: overrides.sortName ?? name,
    honorific: overrides.honorific ?? null,
    title: overrides.title ?? null,
    affiliation: overrides.affiliation ?? null,
  };
}

export const kim = personFixture('person-kim', '김민준', {
  sortName: 'Kim Min-jun',
  honorific: 'Dr',
  affiliation: kdiOrg,
});
export const tanaka = personFixture('person-tanaka', '田中 裕子', { sortName: 'Tanaka Yuko', affiliation: ierOrg });
export const lee = personFixture('person-lee', 'Lee Soo-jin', { title: 'Director', affiliation: tcsOrg });

export function participationFixture(
  id: string,
  person: ReturnType<typeof personFixture>,
  overrides: Partial<Record<string, unknown>> = {},
) {
  return {
    __typename: 'Participation' as const,
    id,
    role: 'PARTICIPANT' as const,
    state: 'INVITED' as const,
    category: null,
    travelSupport: false,
    email: null,
    respondedAt: null,
    person,
    representing: null,
    ...overrides,
  };
}

export function agendaItemFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'AgendaItem' as const,
    id,
    kind: 'SESSION' as const,
    title: id,
    startTime: '09:00',
    endTime: '09:30',
    startsAt: '2019-12-04T00:00:00.000Z',
    endsAt: '2019-12-04T00:30:00.000Z',
    subItems: [] as unknown[],
    chair: null as unknown,
    chairName: null as string | null,
    speakers: [] as unknown[],
    papers: [] as unknown[],
    ...overrides,
  };
}

/** The first day of the Incheon meeting's agenda, on Seoul's clock (UTC+9). */
export const openingItem = agendaItemFixture('item-opening', {
  kind: 'OPENING',
  title: 'Opening Session',
  startTime: '09:00',
  endTime: '09:30',
  startsAt: '2019-12-04T00:00:00.000Z',
  endsAt: '2019-12-04T00:30:00.000Z',
  subItems: [
    { __typename: 'AgendaSubItem', id: 'sub-1', text: 'Opening Remarks' },
    { __typename: 'AgendaSubItem', id: 'sub-2', text: 'Tour de Table' },
  ],
  chair: { __typename: 'Person', id: lee.id, name: lee.name, honorific: null },
});

export const sessionOneItem = agendaItemFixture('item-session-1', {
  title: 'Session 1: Setting the Scene',
  startTime: '09:30',
  endTime: '12:00',
  startsAt: '2019-12-04T00:30:00.000Z',
  endsAt: '2019-12-04T03:00:00.000Z',
  speakers: [
    {
      __typename: 'AgendaSpeaker',
      role: 'PRESENTER',
      name: null,
      person: { __typename: 'Person', id: kim.id, name: kim.name, honorific: kim.honorific },
    },
  ],
});

export const lunchItem = agendaItemFixture('item-lunch', {
  kind: 'MEAL',
  title: 'Lunch',
  startTime: '12:00',
  endTime: '13:30',
  startsAt: '2019-12-04T03:00:00.000Z',
  endsAt: '2019-12-04T04:30:00.000Z',
});

export const sessionThreeItem = agendaItemFixture('item-session-3', {
  title: 'Session 3: Way Forward',
  startTime: '09:00',
  endTime: '12:00',
  startsAt: '2019-12-05T00:00:00.000Z',
  endsAt: '2019-12-05T03:00:00.000Z',
});

export function agendaDayFixture(id: string, date: string, items: unknown[]) {
  return { __typename: 'AgendaDay' as const, id, date, items };
}

export const twoDayAgenda = [
  agendaDayFixture('day-1', '2019-12-04', [openingItem, sessionOneItem, lunchItem]),
  agendaDayFixture('day-2', '2019-12-05', [sessionThreeItem]),
];

export const noChairWarning = {
  __typename: 'AgendaWarning' as const,
  kind: 'NO_CHAIR' as const,
  message: '"Session 1: Setting the Scene" has no chair.',
  itemIds: [sessionOneItem.id],
  personId: null,
};

export const participants = [
  participationFixture('participation-kim', kim, { role: 'PRESENTER', state: 'ACCEPTED', representing: kdiOrg }),
  participationFixture('participation-tanaka', tanaka, { state: 'TENTATIVE', category: 'National policy institutes' }),
  participationFixture('participation-lee', lee, { role: 'CHAIR', state: 'ACCEPTED', representing: tcsOrg }),
];

/** The Incheon meeting with its two-day agenda, a warning and three participants. */
export function meetingWithAgenda(overrides: Partial<Record<string, unknown>> = {}) {
  return meetingFixture({
    agendaDays: twoDayAgenda,
    agendaWarnings: [noChairWarning],
    participants,
    ...overrides,
  });
}

/**
 * The meeting page's query, and its live-update subscription: answered with `update` after a moment,
 * or only after the test is over.
 */
export function meetingPageMocks(
  meeting: ReturnType<typeof meetingFixture>,
  update?: ReturnType<typeof meetingFixture>,
): MockLink.MockedResponse[] {
  return [
    { request: { query: meetingQuery, variables: { id: meeting.id } }, result: { data: { meeting } } },
    {
      request: { query: meetingUpdatedSubscription, variables: { id: meeting.id } },
      result: { data: { meetingUpdated: update ?? meeting } },
      delay: update ? 20 : 60_000,
    },
  ];
}
