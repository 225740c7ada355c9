import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OutgoingMessage {
  to: string;
  toName?: string | null;
  subject: string;
  bodyText: string;
  kind: string;
  objectId?: string | null;
}

/**
 * Puts e-mail in the outbox table inside the caller's transaction, so a message exists exactly
 * when the change that caused it was committed.
 */
@Injectable()
export class MailService {
  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    await manager.query(
      `INSERT INTO outbox_messages (to_address, to_name, subject, body_text, kind, object_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [message.to, message.toName ?? null, message.subject, message.bodyText, message.kind, message.objectId ?? null],
    );
  }
}
