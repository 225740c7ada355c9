import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { formatDateRange, MeetingStatus, NotificationKind } from '@plenary/shared';
import { OnDomainEvent } from '../domain-events/domain-event-handler.decorator';
import { type NoPayload, RecurringJob } from '../jobs/job-handler.decorator';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MEETING_STATUS_CHANGED } from '../meetings/meetings.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AgendasRepository } from './agendas.repository';

export const AGENDA_CHANGES_JOB = 'send-agenda-change-digests';

declare module '../jobs/job-handler.decorator' {
  interface JobPayloads {
    [AGENDA_CHANGES_JOB]: NoPayload;
  }
}

/**
 * Those who accepted follow the agenda: told when it is issued and when it is adopted, and of what
 * changed after adoption in one notice a day at most per meeting, so a morning of small edits
 * reaches them once. Organisers and the secretariat, who make the changes, are not told.
 */
@Injectable()
export class AgendaNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AgendasRepository,
    private readonly notifications: NotificationsService,
  ) {}

  @OnDomainEvent(MEETING_STATUS_CHANGED)
  async onStatusChanged(
    event: { meeting: MeetingEntity; from: MeetingStatus; actorUserId: string },
    manager: EntityManager,
  ): Promise<void> {
    const { meeting } = event;
    const issued = meeting.status === MeetingStatus.AGENDA_PROVISIONAL;
    if (!issued && meeting.status !== MeetingStatus.AGENDA_ADOPTED) return;
    const people = await this.repository.acceptedParticipants(manager, meeting.id);
    const what = issued ? 'The provisional agenda' : 'The agenda';
    await this.notifications.notify(manager, {
      personIds: people,
      kind: NotificationKind.AGENDA_PUBLISHED,
      objectId: meeting.id,
      title: `${issued ? 'Provisional agenda issued' : 'Agenda adopted'}: ${meeting.title}`,
      body: `${what} of the ${meeting.title}, ${formatDateRange(meeting.startDate, meeting.endDate)}, has been ${issued ? 'issued' : 'adopted'}. Changes from now on are sent to you once a day at most.`,
      path: `/meetings/${meeting.id}?tab=agenda`,
    });
  }

  /**
   * Tells those who accepted what changed in each adopted agenda since they were last told, for
   * meetings whose last such notice is a day old or more. The changes are claimed with FOR UPDATE
   * SKIP LOCKED and marked told in the same transaction as the notices, so two replicas running
   * the job at once tell nobody twice.
   */
  @RecurringJob(AGENDA_CHANGES_JOB, (config) => config.agendaChangesCron)
  async sendChangeDigests(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.repository.claimChangesToTell(manager);
      const byMeeting = new Map<string, typeof due>();
      for (const change of due) byMeeting.set(change.meetingId, [...(byMeeting.get(change.meetingId) ?? []), change]);
      for (const [meetingId, changes] of byMeeting) {
        const first = changes[0]!;
        const people = await this.repository.acceptedParticipants(manager, meetingId);
        await this.notifications.notify(manager, {
          personIds: people,
          kind: NotificationKind.AGENDA_CHANGED,
          objectId: meetingId,
          title: `Agenda changed: ${first.meetingTitle}`,
          body: [
            `${changes.length === 1 ? 'One change' : `${changes.length} changes`} to the adopted agenda of the ${first.meetingTitle}:`,
            ...changes.map((c) => `– ${c.summary}`),
          ].join('\n'),
          path: `/meetings/${meetingId}?tab=agenda`,
        });
      }
      await this.repository.markChangesTold(
        manager,
        due.map((c) => c.id),
      );
      return byMeeting.size;
    });
  }
}
