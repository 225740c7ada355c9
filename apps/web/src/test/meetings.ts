import { escapOffice, tcs } from './fixtures';

/** The Expert Group Meeting as the API returns it, with every field any meeting fragment asks for. */
export function meetingFixture(overrides: Partial<Record<string, unknown>> = {}) {
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
    organizers: [escapOffice, tcs],
    host: null,
    ...overrides,
  };
}
