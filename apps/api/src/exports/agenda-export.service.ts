import { Injectable } from '@nestjs/common';
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
import type { Viewer } from '../common/viewer';
import { notFound } from '../common/domain-error';
import { type AgendaMeetingRow, ExportsRepository, type ParticipantRow } from './exports.repository';

export interface AgendaExport {
  meeting: AgendaMeetingRow;
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

/** A participant as the list prints them: the country written out, the e-mail only for those who run the meeting. */
export type ParticipantExport = ParticipantRow;

const adoptedStatuses: readonly MeetingStatus[] = [Status.AGENDA_ADOPTED, Status.HELD, Status.REPORT_PUBLISHED];

/** Reads what the documents people send are made of, in a fixed number of statements. */
@Injectable()
export class AgendaExportService {
  constructor(
    private readonly repository: ExportsRepository,
    private readonly access: AccessService,
  ) {}

  async agenda(viewer: Viewer, meetingId: string): Promise<AgendaExport> {
    await this.access.require(viewer, 'MeetingView', [meetingId]);
    const meeting = await this.repository.agendaMeeting(meetingId);
    if (!meeting) throw notFound('meeting');
    const items = await this.repository.agendaItems(meetingId);
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
    const rows = await this.repository.participants(meetingId, participantListStates[status]);
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
