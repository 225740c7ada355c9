import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { actionItemStatusLabels, formatDateRange, isOpenActionItem, ordinal } from '@plenary/shared';
import { AgendasService } from '../agendas/agendas.service';
import { MeetingsService } from '../meetings/meetings.service';
import { ReportsRepository } from './reports.repository';

/**
 * Carries the open action items of a study group's last published report into the agenda of its
 * next meeting, as one item whose bullets are the action items. Carrying again refreshes the
 * bullets, so the item always shows what is still open.
 */
@Injectable()
export class ActionItemCarrier {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendasService,
  ) {}

  /** Carries into `meetingId` from the latest published report of an earlier meeting in its series. */
  async carryInto(manager: EntityManager, meetingId: string, actorUserId: string): Promise<boolean> {
    const meeting = await this.meetings.lock(manager, meetingId);
    if (!meeting?.studyGroupId || meeting.sequenceNumber === null) return false;
    const source = await this.reports.latestPublishedBefore(manager, meeting.studyGroupId, meeting.sequenceNumber);
    if (!source) return false;
    const items = (await this.reports.actionItemsWithOwners(manager, source.id)).filter((item) =>
      isOpenActionItem(item.status),
    );
    const bullets = items.map((item) => {
      const details = [
        item.owner,
        item.dueDate && `due ${formatDateRange(item.dueDate, item.dueDate)}`,
        actionItemStatusLabels[item.status],
      ];
      return `${item.title} (${details.filter(Boolean).join('; ')})`;
    });
    return this.agendas.carryActionItems(manager, actorUserId, meeting, {
      reportId: source.id,
      title: `Review of action items from the ${ordinal(source.sequenceNumber)} meeting`,
      bullets,
    });
  }

  /** Carries a newly published report's open action items into the next scheduled meeting of its series. */
  async carryFromReport(manager: EntityManager, reportId: string, actorUserId: string): Promise<string | null> {
    const next = await this.reports.nextMeetingInSeries(manager, reportId);
    if (!next) return null;
    return (await this.carryInto(manager, next, actorUserId)) ? next : null;
  }
}
