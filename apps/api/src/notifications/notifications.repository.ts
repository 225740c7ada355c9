import { Injectable } from '@nestjs/common';
import type { NotificationDelivery, NotificationKind } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

const columns = `id, person_id AS "personId", kind, object_id AS "objectId", title, body, path, dedupe_key AS "dedupeKey",
  delivery, outbox_message_id AS "outboxMessageId", mailed_at AS "mailedAt", read_at AS "readAt", created_at AS "createdAt"`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One row per person, with the person's delivery choice; a dedupe key already used makes no row. */
  insert(
    manager: EntityManager,
    values: {
      kind: NotificationKind;
      objectId: string | null;
      rows: { personId: string; dedupeKey: string | null; title: string; body: string; path: string }[];
    },
  ): Promise<NotificationEntity[]> {
    const column = <K extends keyof (typeof values.rows)[number]>(key: K) => values.rows.map((row) => row[key]);
    return manager.query(
      `INSERT INTO notifications (person_id, dedupe_key, kind, object_id, title, body, path, delivery)
       SELECT k.person_id, k.dedupe_key, $6, $7, k.title, k.body, k.path, COALESCE(np.delivery, 'IMMEDIATE')
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(person_id, dedupe_key, title, body, path)
         LEFT JOIN notification_preferences np ON np.person_id = k.person_id AND np.kind = $6
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING ${columns}`,
      [
        column('personId'),
        column('dedupeKey'),
        column('title'),
        column('body'),
        column('path'),
        values.kind,
        values.objectId,
      ],
    );
  }

  /** Those of the people with an e-mail address, and how a letter addresses them. */
  addresses(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<{ id: string; name: string; sortName: string; honorific: string | null; email: string }[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT id, name, sort_name AS "sortName", honorific, email FROM people
        WHERE id = ANY($1::uuid[]) AND email IS NOT NULL ORDER BY sort_name`,
      [personIds],
    );
  }

  /** Marks notifications as gone out in the e-mail that carried them. */
  async markMailed(manager: EntityManager, mailed: readonly { id: string; outboxMessageId: string }[]): Promise<void> {
    if (mailed.length === 0) return;
    await manager.query(
      `UPDATE notifications n SET mailed_at = now(), outbox_message_id = m.outbox_message_id
         FROM unnest($1::uuid[], $2::uuid[]) AS m(id, outbox_message_id)
        WHERE n.id = m.id`,
      [mailed.map((m) => m.id), mailed.map((m) => m.outboxMessageId)],
    );
  }

  latest(personId: string, limit: number): Promise<NotificationEntity[]> {
    return this.dataSource.query(
      `SELECT ${columns} FROM notifications WHERE person_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [personId, limit],
    );
  }

  async unreadCount(personId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE person_id = $1 AND read_at IS NULL`,
      [personId],
    );
    return row!.count;
  }

  async ownedBy(manager: EntityManager, personId: string, ids: readonly string[]): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM notifications WHERE person_id = $1 AND id = ANY($2::uuid[])`,
      [personId, ids],
    );
    return rows.map((r) => r.id);
  }

  async markRead(manager: EntityManager, personId: string, ids: readonly string[]): Promise<NotificationEntity[]> {
    await manager.query(
      `UPDATE notifications SET read_at = now() WHERE person_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [personId, ids],
    );
    return manager.query(`SELECT ${columns} FROM notifications WHERE id = ANY($1::uuid[]) ORDER BY created_at DESC`, [
      ids,
    ]);
  }

  async markAllRead(manager: EntityManager, personId: string): Promise<number> {
    const [, count] = await manager.query<[unknown, number]>(
      `UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL`,
      [personId],
    );
    return count;
  }

  async preferences(personId: string): Promise<Map<NotificationKind, NotificationDelivery>> {
    const rows = await this.dataSource.query<{ kind: NotificationKind; delivery: NotificationDelivery }[]>(
      `SELECT kind, delivery FROM notification_preferences WHERE person_id = $1`,
      [personId],
    );
    return new Map(rows.map((r) => [r.kind, r.delivery]));
  }

  async setPreference(personId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (person_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
      [personId, kind, delivery],
    );
  }

  /** Pending digest rows of people with an address, locked for this transaction and skipped by others. */
  claimDigest(manager: EntityManager): Promise<
    {
      id: string;
      personId: string;
      name: string;
      sortName: string;
      honorific: string | null;
      email: string;
      kind: NotificationKind;
      title: string;
      body: string;
      path: string;
    }[]
  > {
    return manager.query(
      `SELECT n.id, n.person_id AS "personId", p.name, p.sort_name AS "sortName", p.honorific, p.email, n.kind, n.title,
              n.body, n.path
         FROM notifications n JOIN people p ON p.id = n.person_id
        WHERE n.delivery = 'DAILY_DIGEST' AND n.mailed_at IS NULL AND p.email IS NOT NULL
        ORDER BY n.person_id, n.created_at
        FOR UPDATE OF n SKIP LOCKED`,
    );
  }
}
