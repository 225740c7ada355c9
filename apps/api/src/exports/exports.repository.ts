import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  AgendaItemKind,
  AgendaNameStyle,
  AgendaSpeakerRole,
  Confidentiality,
  MeetingStatus,
  PersonName,
} from '@plenary/shared';
import type { Viewer } from '../common/viewer';

/** A meeting as the agenda's heading prints it. */
export interface AgendaMeetingRow {
  id: string;
  title: string;
  venue: string;
  city: string | null;
  country: string | null;
  timeZone: string;
  startDate: string;
  endDate: string;
  status: MeetingStatus;
  organizers: string[];
  agendaSymbol: string | null;
  agendaDateLine: string | null;
  agendaNameStyle: AgendaNameStyle;
  agendaAffiliations: boolean;
}

/** Someone named on an agenda item: a person of the directory, or a name written in ("TBC"), without affiliation. */
export interface AgendaPersonRow extends PersonName {
  affiliation: string | null;
}

/** One agenda item with its bullets and people as printed; a day without items has a null id. */
export interface AgendaItemRow {
  id: string;
  date: string;
  kind: AgendaItemKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  subItems: string[];
  chair: AgendaPersonRow | null;
  speakers: (AgendaPersonRow & { role: AgendaSpeakerRole })[];
}

export interface ParticipantRow {
  name: string;
  sortName: string;
  honorific: string | null;
  title: string | null;
  affiliation: string | null;
  representing: string | null;
  country: string | null;
  role: string;
  category: string | null;
  state: string;
  travelSupport: boolean;
  email: string | null;
}

/** A meeting as a report's opening sentences describe it. */
export interface ReportMeetingRow {
  id: string;
  title: string;
  city: string | null;
  country: string | null;
  startDate: string;
  endDate: string;
  confidentiality: Confidentiality;
  sequenceNumber: number | null;
  studyGroupTitle: string | null;
  plannedMeetings: number;
}

/** The reads the downloads are printed from, each one statement, with names written as printed. */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async agendaMeeting(meetingId: string): Promise<AgendaMeetingRow | null> {
    const [row] = await this.dataSource.query<AgendaMeetingRow[]>(
      `SELECT m.id, m.title, m.venue, m.city, m.country, m.time_zone AS "timeZone",
              to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate", m.status,
              m.agenda_symbol AS "agendaSymbol", m.agenda_date_line AS "agendaDateLine",
              m.agenda_name_style AS "agendaNameStyle", m.agenda_affiliations AS "agendaAffiliations",
              coalesce((SELECT array_agg(o.name ORDER BY mo.position) FROM meeting_organizers mo
                          JOIN organizations o ON o.id = mo.organization_id WHERE mo.meeting_id = m.id), '{}') AS organizers
         FROM meetings m WHERE m.id = $1`,
      [meetingId],
    );
    return row ?? null;
  }

  /** Every day of the agenda in order, each with its items in time order. */
  agendaItems(meetingId: string): Promise<AgendaItemRow[]> {
    return this.dataSource.query<AgendaItemRow[]>(
      `SELECT i.id, to_char(d.date, 'YYYY-MM-DD') AS date, i.kind, i.title, i.starts_at AS "startsAt", i.ends_at AS "endsAt",
              coalesce((SELECT array_agg(s.text ORDER BY s.position) FROM agenda_sub_items s WHERE s.item_id = i.id), '{}') AS "subItems",
              CASE WHEN i.chair_name IS NOT NULL
                   THEN json_build_object('honorific', NULL, 'name', i.chair_name, 'sortName', i.chair_name, 'affiliation', NULL)
                   ELSE (SELECT json_build_object('honorific', p.honorific, 'name', p.name, 'sortName', p.sort_name, 'affiliation', o.name)
                           FROM people p LEFT JOIN organizations o ON o.id = p.affiliation_id WHERE p.id = i.chair_id)
              END AS chair,
              coalesce((SELECT json_agg(json_build_object('honorific', p.honorific, 'name', coalesce(p.name, sp.name),
                                          'sortName', coalesce(p.sort_name, sp.name), 'affiliation', o.name, 'role', sp.role)
                                        ORDER BY sp.position)
                          FROM agenda_speakers sp LEFT JOIN people p ON p.id = sp.person_id
                          LEFT JOIN organizations o ON o.id = p.affiliation_id
                         WHERE sp.item_id = i.id), '[]') AS speakers
         FROM agenda_days d LEFT JOIN agenda_items i ON i.day_id = d.id
        WHERE d.meeting_id = $1
        ORDER BY d.date, i.starts_at, i.position`,
      [meetingId],
    );
  }

  /** Those invited in one of `states` (all of them for null), by name. */
  participants(meetingId: string, states: readonly string[] | null): Promise<ParticipantRow[]> {
    return this.dataSource.query<ParticipantRow[]>(
      `SELECT p.name, p.sort_name AS "sortName", p.honorific, p.title, a.name AS affiliation, r.name AS representing,
              coalesce(r.country, a.country) AS country, pa.role, pa.category, pa.state, pa.travel_support AS "travelSupport",
              p.email
         FROM participations pa
         JOIN people p ON p.id = pa.person_id
         LEFT JOIN organizations a ON a.id = p.affiliation_id
         LEFT JOIN organizations r ON r.id = pa.representing_id
        WHERE pa.meeting_id = $1 AND ($2::text[] IS NULL OR pa.state = ANY($2))
        ORDER BY p.sort_name COLLATE "und-x-icu"`,
      [meetingId, states],
    );
  }

  async reportMeeting(meetingId: string): Promise<ReportMeetingRow | null> {
    const [row] = await this.dataSource.query<ReportMeetingRow[]>(
      `SELECT m.id, m.title, m.city, m.country, to_char(m.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(m.end_date, 'YYYY-MM-DD') AS "endDate", m.confidentiality, m.sequence_number AS "sequenceNumber",
              sg.title AS "studyGroupTitle",
              (SELECT count(*) FROM meeting_plans p WHERE p.study_group_id = m.study_group_id)::int AS "plannedMeetings"
         FROM meetings m LEFT JOIN study_groups sg ON sg.id = m.study_group_id
        WHERE m.id = $1`,
      [meetingId],
    );
    return row ?? null;
  }

  /** People's names with their honorifics, and organizations' names, as printed. */
  async ownerNames(
    personIds: readonly string[],
    organizationIds: readonly string[],
  ): Promise<{ people: Map<string, string>; organizations: Map<string, string> }> {
    const rows = await this.dataSource.query<{ kind: 'PERSON' | 'ORGANIZATION'; id: string; name: string }[]>(
      `SELECT 'PERSON' AS kind, p.id, trim(coalesce(p.honorific || ' ', '') || p.name) AS name
         FROM people p WHERE p.id = ANY($1::uuid[])
       UNION ALL
       SELECT 'ORGANIZATION', o.id, o.name FROM organizations o WHERE o.id = ANY($2::uuid[])`,
      [personIds, organizationIds],
    );
    const names = (kind: string) => new Map(rows.filter((r) => r.kind === kind).map((r) => [r.id, r.name]));
    return { people: names('PERSON'), organizations: names('ORGANIZATION') };
  }

  /** The meeting's feed key, and the person as a viewer while their account is enabled. */
  async calendarFeedHolder(
    meetingId: string,
    personId: string,
  ): Promise<{ meetingKey: string; viewer: Viewer } | null> {
    const [row] = await this.dataSource.query<(Viewer & { meetingKey: string })[]>(
      `SELECT m.calendar_token AS "meetingKey", u.id AS "userId", u.person_id AS "personId", u.email,
              u.is_platform_admin AS "isPlatformAdmin"
         FROM meetings m JOIN users u ON u.person_id = $2 AND u.disabled_at IS NULL
        WHERE m.id = $1`,
      [meetingId, personId],
    );
    if (!row) return null;
    const { meetingKey, ...viewer } = row;
    return { meetingKey, viewer };
  }
}
