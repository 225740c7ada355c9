import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AgendaItemKind,
  type AgendaSpeakerRole,
  countryName,
  type MeetingStatus,
  MeetingStatus as Status,
  type ParticipantListStatus,
  participantListStates,
  toZoned,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../common/domain-error';

export interface AgendaExport {
  meeting: {
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
  };
  /** "Provisional agenda" until adopted. */
  adopted: boolean;
  days: {
    date: string;
    items: {
      id: string;
      kind: AgendaItemKind;
      title: string;
      startsAt: Date;
      endsAt: Date;
      startTime: string;
      endTime: string;
      subItems: string[];
      chair: string | null;
      speakers: { name: string; role: AgendaSpeakerRole }[];
    }[];
  }[];
}

export interface ParticipantExport {
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

const adoptedStatuses: readonly MeetingStatus[] = [Status.AGENDA_ADOPTED, Status.HELD, Status.REPORT_PUBLISHED];

/** Reads what the documents people send are made of, in a fixed number of statements. */
@Injectable()
export class AgendaExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async agenda(viewer: Viewer, meetingId: string): Promise<AgendaExport> {
    await this.access.require(viewer, 'MeetingView', [meetingId]);
    const [meeting] = await this.dataSource.query<(AgendaExport['meeting'] & { organizers: string[] })[]>(
      `SELECT m.id, m.title, m.venue, m.city, m.country, m.time_zone AS "timeZone",
              to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate", m.status,
              coalesce((SELECT array_agg(o.name ORDER BY mo.position) FROM meeting_organizers mo
                          JOIN organizations o ON o.id = mo.organization_id WHERE mo.meeting_id = m.id), '{}') AS organizers
         FROM meetings m WHERE m.id = $1`,
      [meetingId],
    );
    if (!meeting) throw notFound('meeting');
    const items = await this.dataSource.query<
      {
        id: string;
        date: string;
        kind: AgendaItemKind;
        title: string;
        startsAt: Date;
        endsAt: Date;
        subItems: string[];
        chair: string | null;
        speakers: { name: string; role: AgendaSpeakerRole }[];
      }[]
    >(
      `SELECT i.id, to_char(d.date, 'YYYY-MM-DD') AS date, i.kind, i.title, i.starts_at AS "startsAt", i.ends_at AS "endsAt",
              coalesce((SELECT array_agg(s.text ORDER BY s.position) FROM agenda_sub_items s WHERE s.item_id = i.id), '{}') AS "subItems",
              (SELECT trim(coalesce(p.honorific || ' ', '') || p.name) FROM people p WHERE p.id = i.chair_id) AS chair,
              coalesce((SELECT json_agg(json_build_object('name', trim(coalesce(p.honorific || ' ', '') || p.name), 'role', sp.role) ORDER BY sp.position)
                          FROM agenda_speakers sp JOIN people p ON p.id = sp.person_id WHERE sp.item_id = i.id), '[]') AS speakers
         FROM agenda_days d LEFT JOIN agenda_items i ON i.day_id = d.id
        WHERE d.meeting_id = $1
        ORDER BY d.date, i.starts_at, i.position`,
      [meetingId],
    );
    const days = new Map<string, AgendaExport['days'][number]>();
    for (const row of items) {
      const day = days.get(row.date) ?? { date: row.date, items: [] };
      days.set(row.date, day);
      if (!row.id) continue;
      day.items.push({
        ...row,
        startsAt: new Date(row.startsAt),
        endsAt: new Date(row.endsAt),
        startTime: toZoned(new Date(row.startsAt), meeting.timeZone).time,
        endTime: toZoned(new Date(row.endsAt), meeting.timeZone).time,
      });
    }
    return { meeting, adopted: adoptedStatuses.includes(meeting.status), days: [...days.values()] };
  }

  /** Those invited whose state the list takes in, by name; e-mails only for those who run the meeting. */
  async participants(viewer: Viewer, meetingId: string, status: ParticipantListStatus): Promise<ParticipantExport[]> {
    await this.access.require(viewer, 'MeetingView', [meetingId]);
    const managers = await this.access.allowedIds(viewer, 'MeetingManage', [meetingId]);
    const rows = await this.dataSource.query<ParticipantExport[]>(
      `SELECT p.name, p.sort_name AS "sortName", p.honorific, p.title, a.name AS affiliation, r.name AS representing,
              coalesce(r.country, a.country) AS country, pa.role, pa.category, pa.state, pa.travel_support AS "travelSupport",
              p.email
         FROM participations pa
         JOIN people p ON p.id = pa.person_id
         LEFT JOIN organizations a ON a.id = p.affiliation_id
         LEFT JOIN organizations r ON r.id = pa.representing_id
        WHERE pa.meeting_id = $1 AND ($2::text[] IS NULL OR pa.state = ANY($2))
        ORDER BY p.sort_name COLLATE "und-x-icu"`,
      [meetingId, participantListStates[status]],
    );
    return rows.map((row) => ({
      ...row,
      country: row.country ? countryName(row.country) : null,
      email: managers.size ? row.email : null,
    }));
  }
}

/** "Incheon, Republic of Korea". */
export function placeOf(meeting: AgendaExport['meeting']): string {
  return [meeting.city, meeting.country ? countryName(meeting.country) : null].filter(Boolean).join(', ');
}
