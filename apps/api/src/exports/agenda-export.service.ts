import { Injectable } from '@nestjs/common';
import {
  agendaName,
  type AgendaItemKind,
  type AgendaSpeakerRole,
  countryName,
  type MeetingStatus,
  MeetingStatus as Status,
  type ParticipantListStatus,
  numberedAgendaItemKinds,
  participantListStates,
  toZoned,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import type { Viewer } from '../common/viewer';
import { notFound } from '../common/domain-error';
import {
  type AgendaMeetingRow,
  type AgendaPersonRow,
  ExportsRepository,
  type ParticipantRow,
} from './exports.repository';

export interface AgendaExport {
  meeting: AgendaMeetingRow;
  /** "Provisional agenda" until adopted. */
  adopted: boolean;
  days: {
    date: string;
    items: {
      id: string;
      kind: AgendaItemKind;
      /** Sessions and formal items are numbered through the whole agenda; breaks and meals are not. */
      number: number | null;
      title: string;
      startsAt: Date;
      endsAt: Date;
      startTime: string;
      endTime: string;
      subItems: string[];
      /** Names as the meeting chose to write them on its agenda. */
      chair: string | null;
      /** Null when the meeting's agenda leaves affiliations out. */
      chairAffiliation: string | null;
      speakers: { name: string; role: AgendaSpeakerRole; affiliation: string | null }[];
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
    const named = (person: AgendaPersonRow) => agendaName(person, meeting.agendaNameStyle);
    const affiliation = (person: AgendaPersonRow) => (meeting.agendaAffiliations ? person.affiliation : null);
    let number = 0;
    for (const row of items) {
      const day = days.get(row.date) ?? { date: row.date, items: [] };
      days.set(row.date, day);
      if (!row.id) continue;
      day.items.push({
        ...row,
        number: numberedAgendaItemKinds.includes(row.kind) ? ++number : null,
        chair: row.chair ? named(row.chair) : null,
        chairAffiliation: row.chair ? affiliation(row.chair) : null,
        speakers: row.speakers.map((s) => ({ name: named(s), role: s.role, affiliation: affiliation(s) })),
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
