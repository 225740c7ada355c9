import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A message as the dispatcher sends it: the text as sent, personal links and all. */
export interface PendingMessage {
  id: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  bodyText: string;
}

@Injectable()
export class OutboxRepository {
  /** Stores a message with both its texts; answers its id. */
  async insert(
    manager: EntityManager,
    message: {
      to: string;
      toName: string | null;
      subject: string;
      sent: string;
      shown: string;
      kind: string;
      objectId: string | null;
    },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO outbox_messages (to_address, to_name, subject, body_text, body_shown, kind, object_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [message.to, message.toName, message.subject, message.sent, message.shown, message.kind, message.objectId],
    );
    return row!.id;
  }

  /**
   * The oldest messages still to send, claimed for the rest of the transaction: rows another
   * sender has claimed are skipped, so no message goes out twice at once.
   */
  claimPending(manager: EntityManager, maxAttempts: number, limit: number): Promise<PendingMessage[]> {
    return manager.query<PendingMessage[]>(
      `SELECT id, to_address AS "toAddress", to_name AS "toName", subject, body_text AS "bodyText" FROM outbox_messages
        WHERE sent_at IS NULL AND attempts < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [maxAttempts, limit],
    );
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  async markFailed(manager: EntityManager, id: string, reason: string): Promise<void> {
    await manager.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      reason,
    ]);
  }
}
