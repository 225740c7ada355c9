import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  actionItemStatusLabels,
  AgendaItemKind,
  formatDateRange,
  fromZoned,
  isOpenActionItem,
  MeetingStatus,
  ordinal,
  type ActionItemStatus,
} from '@plenary/shared';
import { AgendasRepository } from '../agendas/agendas.repository';
import { AuditService } from '../audit/audit.service';

interface CarriedItem {
  title: string;
  status: ActionItemStatus;
  due_date: string | null;
  owner: string | null;
}

/** Agendas that may still take an item without it counting as a change to an adopted agenda. */
const openAgendaStatuses: readonly string[] = [MeetingStatus.PLANNED, MeetingStatus.AGENDA_PROVISIONAL];

/**
 * Carries the open action items of a study group's last published report into the agenda of its
 * next meeting, as one item whose bullets are the action items. Carrying again refreshes the
 * bullets, so the item always shows what is still open.
 */
@Injectable()
export class ActionItemCarrier {
  constructor(
    private readonly agendas: AgendasRepository,
    private readonly audit: AuditService,
  ) {}

  /** Carries into `meetingId` from the latest published report of an earlier meeting in its series. */
  async carryInto(manager: EntityManager, meetingId: string, actorUserId: string): Promise<boolean> {
    const [meeting] = await manager.query<
      {
        id: string;
        study_group_id: string | null;
        sequence_number: number | null;
        status: string;
        start_date: string;
        time_zone: string;
      }[]
    >(
      `SELECT id, study_group_id, sequence_number, status, start_date::text AS start_date, time_zone
         FROM meetings WHERE id = $1 FOR UPDATE`,
      [meetingId],
    );
    if (!meeting?.study_group_id || meeting.sequence_number === null) return false;
    if (!openAgendaStatuses.includes(meeting.status)) return false;
    const [source] = await manager.query<{ id: string; sequence_number: number }[]>(
      `SELECT r.id, m.sequence_number FROM meeting_reports r JOIN meetings m ON m.id = r.meeting_id
        WHERE m.study_group_id = $1 AND m.sequence_number < $2 AND r.status = 'PUBLISHED'
        ORDER BY m.sequence_number DESC LIMIT 1`,
      [meeting.study_group_id, meeting.sequence_number],
    );
    if (!source) return false;
    const items = (
      await manager.query<CarriedItem[]>(
        `SELECT a.title, a.status, a.due_date::text AS due_date, coalesce(p.name, o.acronym, o.name) AS owner
         FROM action_items a
         LEFT JOIN people p ON p.id = a.owner_person_id
         LEFT JOIN organizations o ON o.id = a.owner_organization_id
        WHERE a.report_id = $1 ORDER BY a.position`,
        [source.id],
      )
    ).filter((item) => isOpenActionItem(item.status));
    const [existing] = await manager.query<{ id: string }[]>(
      `SELECT id FROM agenda_items WHERE meeting_id = $1 AND carries_report_id = $2`,
      [meetingId, source.id],
    );
    if (items.length === 0 && !existing) return false;
    const bullets = items.map((item) => {
      const details = [
        item.owner,
        item.due_date && `due ${formatDateRange(item.due_date, item.due_date)}`,
        actionItemStatusLabels[item.status],
      ];
      return `${item.title} (${details.filter(Boolean).join('; ')})`;
    });
    const itemId = existing?.id ?? (await this.addItem(manager, meeting, source));
    // Only the bullets: a chair, speakers or papers the organisers added stay.
    await this.agendas.replaceSubItems(manager, itemId, bullets);
    await this.audit.record(manager, {
      actorUserId,
      objectType: 'MEETING',
      objectId: meetingId,
      action: 'agenda.action_items_carried',
      data: { reportId: source.id, count: items.length },
    });
    return true;
  }

  /** Carries a newly published report's open action items into the next scheduled meeting of its series. */
  async carryFromReport(manager: EntityManager, reportId: string, actorUserId: string): Promise<string | null> {
    const [next] = await manager.query<{ id: string }[]>(
      `SELECT n.id FROM meeting_reports r
         JOIN meetings m ON m.id = r.meeting_id
         JOIN meetings n ON n.study_group_id = m.study_group_id AND n.sequence_number > m.sequence_number
        WHERE r.id = $1 ORDER BY n.sequence_number LIMIT 1`,
      [reportId],
    );
    if (!next) return null;
    return (await this.carryInto(manager, next.id, actorUserId)) ? next.id : null;
  }

  /** A 30-minute item after the last one of the first day (09:30 at the venue on an empty agenda). */
  private async addItem(
    manager: EntityManager,
    meeting: { id: string; start_date: string; time_zone: string },
    source: { id: string; sequence_number: number },
  ): Promise<string> {
    const [firstDay] = await manager.query<{ id: string }[]>(
      `SELECT id FROM agenda_days WHERE meeting_id = $1 ORDER BY date LIMIT 1`,
      [meeting.id],
    );
    const dayId = firstDay?.id ?? (await this.agendas.insertDay(manager, meeting.id, meeting.start_date)).id;
    const [last] = await manager.query<{ ends_at: Date | null }[]>(
      `SELECT max(ends_at) AS ends_at FROM agenda_items WHERE day_id = $1`,
      [dayId],
    );
    const dayStart = fromZoned(meeting.start_date, '09:30', meeting.time_zone);
    const startsAt = last?.ends_at ?? (dayStart.ok ? dayStart.instant : new Date(`${meeting.start_date}T09:30:00Z`));
    const item = await this.agendas.insertItem(manager, {
      meetingId: meeting.id,
      dayId,
      position: await this.agendas.nextPosition(manager, dayId),
      kind: AgendaItemKind.SESSION,
      title: `Review of action items from the ${ordinal(source.sequence_number)} meeting`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      chairId: null,
    });
    await manager.query(`UPDATE agenda_items SET carries_report_id = $2 WHERE id = $1`, [item.id, source.id]);
    return item.id;
  }
}
