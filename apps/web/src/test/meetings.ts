import { meetingManagerRoles, type MeetingRole } from '@plenary/shared';
import { escapOffice, tcs } from './fixtures';

/**
 * The Expert Group Meeting as the API returns it, with every field any meeting fragment asks for: an
 * empty agenda and no participants unless a test gives them (see test/agenda.ts).
 */
export function meetingFixture(overrides: Partial<Record<string, unknown>> = {}) {
  const viewerRoles = (overrides['viewerRoles'] ?? ['ORGANIZER']) as readonly MeetingRole[];
  return {
    __typename: 'Meeting' as const,
    id: 'meeting-egm-2019',
    title: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    kind: 'EXPERT_GROUP_MEETING' as const,
    track: 'TRACK_1_5' as const,
    status: 'AGENDA_PROVISIONAL' as const,
    startDate: '2019-12-04',
    endDate: '2019-12-05',
    venue: 'Lotte Hotel',
    city: 'Seoul',
    country: 'KR',
    timeZone: 'Asia/Seoul',
    version: 1,
    viewerRoles: ['ORGANIZER' as const],
    // An organiser runs the meeting; a test gives `viewerCanManage` itself for a study group's co-chair.
    viewerCanManage: viewerRoles.some((role) => meetingManagerRoles.includes(role)),
    organizers: [escapOffice, tcs],
    host: null,
    background: null,
    objectives: [],
    participantCategories: [],
    confidentiality: 'OPEN' as const,
    sequenceNumber: null,
    recordedAfterTheFact: false,
    agendaSymbol: null,
    agendaDateLine: null,
    agendaNameStyle: 'ROMANISED_WITH_NATIVE' as const,
    agendaAffiliations: true,
    nextStatuses: ['AGENDA_ADOPTED' as const],
    agendaDays: [],
    agendaWarnings: [],
    agendaChanges: [],
    participants: [],
    participantCounts: [],
    agendaNamedNotListed: [],
    calendarFeedUrl: 'https://plenary.example/calendar/feed-5f2c9a.ics',
    seriesLabel: null,
    studyGroup: null,
    viewerCanWriteReport: false,
    report: null,
    documents: [],
    ...overrides,
  };
}
