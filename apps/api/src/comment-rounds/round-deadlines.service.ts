import { Inject, Injectable } from '@nestjs/common';
import { DocumentStatus, NotificationKind, roundReminderDays, RoundStatus } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DocumentChanges } from '../documents/document-changes';
import { DocumentNoticesService, perPerson } from '../documents/document-notices.service';
import { DocumentTransitions } from '../documents/document-transitions.service';
import { DocumentsRepository } from '../documents/documents.repository';
import { JobHandler, RecurringJob } from '../jobs/job-handler.decorator';
import type { CommentRoundEntity } from './comment-round.entity';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentRoundsService } from './comment-rounds.service';
import { CLOSE_DUE_ROUNDS_JOB, CLOSE_ROUND_JOB, REMIND_DUE_ROUNDS_JOB, REMIND_ROUND_JOB } from './round-jobs';
import { roundClosingNotice } from './round-notices';

const DAY_MS = 86_400_000;

/**
 * A round's deadline: reminders to those who have not responded as it nears, and the close, at
 * the deadline by itself or before it by a co-chair. The scheduled runs are durable jobs any
 * replica may take, any number of times: locks and keys make each close and reminder happen once.
 */
@Injectable()
export class RoundDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CommentRoundsRepository,
    private readonly rounds: CommentRoundsService,
    private readonly transitions: DocumentTransitions,
    private readonly documents: DocumentsRepository,
    private readonly changes: DocumentChanges,
    private readonly notices: DocumentNoticesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A co-chair closes the round before (or at) its deadline. */
  async closeRound(viewer: Viewer, roundId: string): Promise<CommentRoundEntity> {
    const { round } = await this.rounds.reach(viewer, roundId);
    const closed = () => new DomainError('ROUND_CLOSED', 'The round is already closed.');
    await this.transitions.transition(
      viewer,
      round.documentId,
      'edit',
      DocumentStatus.REVISING,
      async (manager) => {
        const locked = await this.repository.findRound(manager, roundId, 'update');
        if (locked?.status !== RoundStatus.OPEN) throw closed();
        await this.closeLocked(manager, locked, viewer);
      },
      // Only one round is open at a time: a document no longer out for comment has none open.
      closed,
    );
    return (await this.repository.findRound(this.repository.manager, roundId))!;
  }

  /** Closes a round whose deadline has passed; false when it is not due, or already closed. */
  @JobHandler(CLOSE_ROUND_JOB)
  async closeAtDeadline({ roundId }: { roundId: string }): Promise<boolean> {
    let documentId: string | undefined;
    const closed = await this.dataSource.transaction(async (manager) => {
      const round = await this.repository.findRound(manager, roundId);
      if (!round) return false;
      await this.documents.findById(manager, round.documentId, 'update');
      const locked = await this.repository.findRound(manager, roundId, 'update');
      if (locked?.status !== RoundStatus.OPEN) return false;
      const { pastDeadline } = await this.repository.openNow(manager, roundId);
      if (!pastDeadline) return false;
      await this.closeLocked(manager, locked, null);
      documentId = round.documentId;
      return true;
    });
    // The document went back to revision with its round: a step of the workflow.
    if (documentId) await this.changes.announce(documentId, { kind: 'VERSION', roundId });
    return closed;
  }

  @RecurringJob(CLOSE_DUE_ROUNDS_JOB, '* * * * *')
  async closeDueRounds(): Promise<void> {
    for (const roundId of await this.repository.openRoundsPastDeadline()) await this.closeAtDeadline({ roundId });
  }

  /**
   * Reminds the recipients who have not responded that the round closes in `days` days. Sent only
   * inside that reminder's window (from `days` before the close until the next reminder's), and
   * only if the round was already open when the window began. Each reminder has a key per person,
   * so it is sent once however many replicas, retries or sweeps attempt it.
   */
  @JobHandler(REMIND_ROUND_JOB)
  async remindRound({ roundId, days }: { roundId: string; days: number }): Promise<number> {
    if (!roundReminderDays.includes(days as (typeof roundReminderDays)[number])) return 0;
    const shorter = roundReminderDays.filter((d) => d < days);
    const nextReminder = shorter.length ? Math.max(...shorter) : 0;
    return this.dataSource.transaction(async (manager) => {
      const round = await this.repository.findRound(manager, roundId, 'share');
      if (round?.status !== RoundStatus.OPEN) return 0;
      const now = Date.now();
      const closes = round.closesAt.getTime();
      const windowOpens = closes - days * DAY_MS;
      if (now < windowOpens || now >= closes - nextReminder * DAY_MS) return 0;
      if (round.opensAt.getTime() >= windowOpens) return 0;
      const document = (await this.documents.findById(manager, round.documentId))!;
      // Reminders stop for a committee once it has responded, and for an expert once they have.
      const waiting = await this.repository.waitingRecipients(manager, round.id);
      const answers = await this.notices.audienceAnswers(
        manager,
        waiting.flatMap((r) => r.organizationId ?? []),
        waiting.flatMap((r) => r.personId ?? []),
      );
      const facts = await this.notices.facts(manager, document);
      const people = await this.notices.send(manager, {
        kind: NotificationKind.ROUND_CLOSING,
        objectId: round.id,
        signature: await this.notices.draftersSignature(manager, facts, null),
        dedupeKey: (personId) => `ROUND_CLOSING:${round.id}:${days}:${personId}`,
        notices: perPerson(answers, (answering) =>
          roundClosingNotice(facts, round, days, answering, this.config.publicUrl),
        ),
      });
      return people.length;
    });
  }

  // Catches what has no job of its own (rounds loaded as data, or scheduled before a restore).
  @RecurringJob(REMIND_DUE_ROUNDS_JOB, '*/10 * * * *')
  async remindDueRounds(): Promise<void> {
    for (const roundId of await this.repository.openRoundsWithin(Math.max(...roundReminderDays) * DAY_MS)) {
      for (const days of roundReminderDays) await this.remindRound({ roundId, days });
    }
  }

  private async closeLocked(manager: EntityManager, round: CommentRoundEntity, viewer: Viewer | null): Promise<void> {
    await this.repository.closeRound(manager, round.id, viewer?.personId ?? null);
    await this.audit.record(manager, {
      actorUserId: viewer?.userId ?? null,
      objectType: 'COMMENT_ROUND',
      objectId: round.id,
      action: viewer ? 'round.closed' : 'round.closed_at_deadline',
      fromState: RoundStatus.OPEN,
      toState: RoundStatus.CLOSED,
      data: { documentId: round.documentId },
    });
    await this.transitions.commentRoundClosed(manager, round.documentId, viewer);
  }
}
