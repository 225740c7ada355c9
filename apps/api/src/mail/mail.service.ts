import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { composeMailText, type MailText } from './mail-text';
import { OutboxRepository } from './outbox.repository';

export interface OutgoingMessage {
  to: string;
  toName?: string | null;
  subject: string;
  /** Personal links go in as `PersonalLink`s, so that only the recipient's copy carries them. */
  text: MailText;
  kind: string;
  objectId?: string | null;
}

/**
 * Puts e-mail in the outbox table inside the caller's transaction, so a message exists exactly
 * when the change that caused it was committed. Each row keeps the text as sent, for the mail
 * dispatcher alone, and the text as shown to anyone else, without personal links.
 */
@Injectable()
export class MailService {
  constructor(private readonly outbox: OutboxRepository) {}

  /** Returns the message's id, by which what became of it can be followed. */
  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<string> {
    const { sent, shown } = composeMailText(message.text);
    return this.outbox.insert(manager, {
      to: message.to,
      toName: message.toName ?? null,
      subject: message.subject,
      sent,
      shown,
      kind: message.kind,
      objectId: message.objectId ?? null,
    });
  }
}
