import { MeetingKind, MeetingRole, MeetingStatus, Track } from '@plenary/shared';
import { org } from './organizations';
import { person } from './people';

export const meeting = {
  incheon: '0c000000-0000-4000-8000-000000000001',
  vladivostok: '0c000000-0000-4000-8000-000000000002',
} as const;

export const meetings = [
  {
    id: meeting.incheon,
    title: 'Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
    kind: MeetingKind.EXPERT_GROUP_MEETING,
    track: Track.TRACK_1_5,
    venue: 'ESCAP East and North-East Asia Office',
    city: 'Incheon',
    country: 'KR',
    time_zone: 'Asia/Seoul',
    start_date: '2019-12-04',
    end_date: '2019-12-05',
    // Held as planned: its agenda was adopted, and no report has been published in Plenary.
    status: MeetingStatus.HELD,
    host_id: org.escapEnea,
    // The symbol and date line its agenda was issued under.
    agenda_symbol: 'ESCAP/EGM/2019/1',
    agenda_date_line: '28 November 2019',
    version: 1,
  },
  {
    id: meeting.vladivostok,
    title: 'Third Meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
    kind: MeetingKind.STUDY_GROUP_MEETING,
    track: Track.TRACK_2,
    venue: 'Conference arrangements by CSCAP-Russia',
    city: 'Vladivostok',
    country: 'RU',
    time_zone: 'Asia/Vladivostok',
    start_date: '2011-11-14',
    end_date: '2011-11-14',
    status: MeetingStatus.REPORT_PUBLISHED,
    host_id: org.cscapRussia,
    version: 1,
  },
];

export const meetingOrganizers = [
  { meeting_id: meeting.incheon, organization_id: org.escapEnea, position: 1 },
  { meeting_id: meeting.vladivostok, organization_id: org.cscapKorea, position: 1 },
  { meeting_id: meeting.vladivostok, organization_id: org.cscapChina, position: 2 },
];

/**
 * Who runs each meeting. Everyone else holds their role through their participation
 * (see meeting-details.ts): the same person can be co-chair in one meeting and an expert in another.
 */
export const meetingRoles: { meetingId: string; personId: string; role: MeetingRole }[] = [
  { meetingId: meeting.incheon, personId: person.secretariat, role: MeetingRole.ORGANIZER },
  { meetingId: meeting.vladivostok, personId: person.coChair, role: MeetingRole.ORGANIZER },
  { meetingId: meeting.vladivostok, personId: person.coChairChina, role: MeetingRole.ORGANIZER },
];
