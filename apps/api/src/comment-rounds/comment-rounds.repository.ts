import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type NotificationDelivery, type NotificationKind, RecipientResponse } from '@plenary/shared';
import { committeesOfSql } from '../access/access.repository';
import { NAME_COLLATION } from '../people/people.repository';
import { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';

/** A notification about a round, and what became of the e-mail that carried it. */
export interface NoticeRow {
  id: string;
  objectId: string;
  personId: string;
  kind: NotificationKind;
  createdAt: Date;
  delivery: NotificationDelivery;
  hasEmail: boolean;
  outboxMessageId: string | null;
  sentAt: Date | null;
  failed: boolean;
}

/** Queries for comment rounds and their recipients; page reads are set-based over many ids. */
@Injectable()
export class CommentRoundsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  roundsOf(documentIds: readonly string[], manager = this.manager): Promise<CommentRoundEntity[]> {
    return manager
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .where('r.document_id = ANY(:documentIds)', { documentIds })
      .orderBy('r.number', 'ASC')
      .getMany();
  }

  roundsByIds(ids: readonly string[]): Promise<CommentRoundEntity[]> {
    return this.manager
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids })
      .getMany();
  }

  findRound(manager: EntityManager, id: string, lock?: 'share' | 'update'): Promise<CommentRoundEntity | null> {
    return manager.findOne(CommentRoundEntity, {
      where: { id },
      ...(lock ? { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } } : {}),
    });
  }

  async insertRound(manager: EntityManager, values: Partial<CommentRoundEntity>): Promise<CommentRoundEntity> {
    return manager.save(manager.create(CommentRoundEntity, values));
  }

  /** Closes an open round; the time is the moment of closing, not the start of the transaction. */
  async closeRound(manager: EntityManager, id: string, closedById: string | null): Promise<void> {
    await manager.query(
      `UPDATE comment_rounds SET status = 'CLOSED', closed_at = clock_timestamp(), closed_by_id = $2 WHERE id = $1`,
      [id, closedById],
    );
  }

  async openRoundsPastDeadline(): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM comment_rounds WHERE status = 'OPEN' AND closes_at <= clock_timestamp()`,
    );
    return rows.map((r) => r.id);
  }

  /** Open rounds closing within `ms` from now: those a reminder may be due for. */
  async openRoundsWithin(ms: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM comment_rounds
        WHERE status = 'OPEN' AND closes_at > clock_timestamp() AND closes_at <= clock_timestamp() + $1 * interval '1 millisecond'`,
      [ms],
    );
    return rows.map((r) => r.id);
  }

  /** Whether the round is open now, by the database's clock. */
  async openNow(manager: EntityManager, roundId: string): Promise<{ notYet: boolean; pastDeadline: boolean }> {
    const [row]: { not_yet: boolean; past: boolean }[] = await manager.query(
      `SELECT opens_at > clock_timestamp() AS not_yet, closes_at <= clock_timestamp() AS past FROM comment_rounds WHERE id = $1`,
      [roundId],
    );
    return { notYet: row?.not_yet ?? true, pastDeadline: row?.past ?? true };
  }

  // Recipients

  recipientsOf(roundIds: readonly string[], manager = this.manager): Promise<RoundRecipientEntity[]> {
    return manager
      .getRepository(RoundRecipientEntity)
      .createQueryBuilder('rr')
      .where('rr.round_id = ANY(:roundIds)', { roundIds })
      .getMany();
  }

  /** The recipients of a round who have not responded yet. */
  async waitingRecipients(manager: EntityManager, roundId: string): Promise<RoundRecipientEntity[]> {
    return manager.find(RoundRecipientEntity, { where: { roundId, response: RecipientResponse.NOT_YET } });
  }

  async insertRecipients(
    manager: EntityManager,
    roundId: string,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<void> {
    const rows = [
      ...organizationIds.map((organizationId) => ({ roundId, organizationId, personId: null })),
      ...personIds.map((personId) => ({ roundId, organizationId: null, personId })),
    ];
    if (rows.length) await manager.insert(RoundRecipientEntity, rows);
  }

  findRecipient(manager: EntityManager, id: string): Promise<RoundRecipientEntity | null> {
    return manager.findOne(RoundRecipientEntity, { where: { id } });
  }

  async respond(
    manager: EntityManager,
    id: string,
    response: RecipientResponse,
    note: string,
    personId: string,
  ): Promise<void> {
    await manager.update(
      RoundRecipientEntity,
      { id },
      { response, responseNote: note, respondedById: personId, respondedAt: new Date() },
    );
  }

  /** Recipients the person answers for: themselves, and committees they belong to. */
  async recipientsFor(manager: EntityManager, roundId: string, personId: string): Promise<RoundRecipientEntity[]> {
    return manager
      .getRepository(RoundRecipientEntity)
      .createQueryBuilder('rr')
      .where('rr.round_id = :roundId', { roundId })
      .andWhere(`(rr.person_id = :personId OR rr.organization_id IN (${committeesOfSql(':personId')}))`, { personId })
      .getMany();
  }

  /** The organizations the person may speak for. */
  async committeesOf(manager: EntityManager, personId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT object_id AS id FROM (${committeesOfSql('$1')}) c(object_id)`,
      [personId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The notifications about these rounds of these kinds, each with what became of its e-mail. */
  noticesAbout(roundIds: readonly string[], kinds: readonly NotificationKind[]): Promise<NoticeRow[]> {
    return this.manager.query(
      `SELECT n.id, n.object_id AS "objectId", n.person_id AS "personId", n.kind, n.created_at AS "createdAt",
              n.delivery, p.email IS NOT NULL AS "hasEmail", n.outbox_message_id AS "outboxMessageId",
              o.sent_at AS "sentAt", o.last_error IS NOT NULL AS failed
         FROM notifications n
         JOIN people p ON p.id = n.person_id
         LEFT JOIN outbox_messages o ON o.id = n.outbox_message_id
        WHERE n.object_id = ANY($1::uuid[]) AND n.kind = ANY($2::text[])
        ORDER BY n.created_at, p.sort_name COLLATE ${NAME_COLLATION}, n.id`,
      [roundIds, kinds],
    );
  }
}
