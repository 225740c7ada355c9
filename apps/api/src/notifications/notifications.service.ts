import { Inject, Injectable } from '@nestjs/common';
import {
  addressedName,
  type PersonName,
  NotificationDelivery,
  NotificationKind,
  notificationKindLabels,
  type NotificationKind as Kind,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { invalid, notFound } from '../common/domain-error';
import { uniqueIds } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type NoPayload, RecurringJob } from '../jobs/job-handler.decorator';
import type { MailText } from '../mail/mail-text';
import { MailService } from '../mail/mail.service';
import { EventsService } from '../realtime/events.service';
import type { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export const DIGEST_JOB = 'send-daily-digests';

declare module '../jobs/job-handler.decorator' {
  interface JobPayloads {
    [DIGEST_JOB]: NoPayload;
  }
}

/** The same for everyone told, or written for each of them. */
export type PerPerson<T> = T | ((personId: string) => T);

function forPerson<T>(value: PerPerson<T>, personId: string): T {
  return value instanceof Function ? value(personId) : value;
}

export interface NewNotification {
  personIds: readonly string[];
  kind: Kind;
  /** One line, also the e-mail's subject. */
  title: PerPerson<string>;
  /** A sentence or two for the notification centre and the digest: who did what, where, by when. */
  body: PerPerson<string>;
  /** Where in the app it leads: the paragraph, the comment, the round. */
  path: PerPerson<string>;
  /** The e-mail's text after the greeting, links included, when it says more than `body` (an invitation's reply link). */
  mailText?: PerPerson<MailText>;
  /** Who the e-mail is from, under its text: their names and the capacity in which they write. */
  signature?: readonly string[];
  /** The outbox kind, when it differs from the notification kind. */
  mailKind?: string;
  /** The meeting, round or document it is about, for the outbox and for those who follow whom it reached. */
  objectId?: string;
  /** Identifies a reminder per person, so that it is made once however often it is attempted. */
  dedupeKey?: (personId: string) => string;
}

/**
 * A notification's e-mail as its person reads it: addressed to them by name, the message (its own
 * text, or the notification's sentence and link), who it is from, and where to choose how they
 * are told. What is sent and what a preview shows are written here alone.
 */
export function notificationMailText(
  person: PersonName,
  message: { body: string; path: string; mailText?: MailText | undefined; signature?: readonly string[] | undefined },
  publicUrl: string,
): MailText {
  return [
    `Dear ${addressedName(person)},`,
    '',
    ...(message.mailText ?? [message.body, '', `${publicUrl}${message.path}`]),
    ...(message.signature ? ['', ...message.signature] : []),
    '',
    '--',
    `At once or in a daily digest: choose in your notification settings, ${publicUrl}/settings/notifications`,
  ];
}

/**
 * Tells people what happened: a row in each person's notification centre, and an e-mail through
 * the outbox now or in the day's digest, as each chose for the kind. Everything is written in the
 * caller's transaction, and the live unread count moves when, and only if, it commits. Each
 * notification keeps the e-mail that carried it, so that whoever sent it can see it went out.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly mail: MailService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the people notified now (a reminder already made for someone is not made again). */
  async notify(manager: EntityManager, notification: NewNotification): Promise<string[]> {
    const personIds = [...new Set(notification.personIds)];
    if (personIds.length === 0) return [];
    const created = await this.repository.insert(manager, {
      kind: notification.kind,
      objectId: notification.objectId ?? null,
      rows: personIds.map((personId) => ({
        personId,
        dedupeKey: notification.dedupeKey?.(personId) ?? null,
        title: forPerson(notification.title, personId),
        body: forPerson(notification.body, personId),
        path: forPerson(notification.path, personId),
      })),
    });
    const immediate = new Map(
      created.filter((n) => n.delivery === NotificationDelivery.IMMEDIATE).map((n) => [n.personId, n]),
    );
    const addresses = await this.repository.addresses(manager, [...immediate.keys()]);
    const mailed: { id: string; outboxMessageId: string }[] = [];
    for (const person of addresses) {
      const made = immediate.get(person.id)!;
      const outboxMessageId = await this.mail.enqueue(manager, {
        to: person.email,
        toName: person.name,
        kind: notification.mailKind ?? notification.kind,
        objectId: notification.objectId ?? null,
        subject: made.title,
        text: notificationMailText(
          person,
          {
            body: made.body,
            path: made.path,
            mailText: notification.mailText && forPerson(notification.mailText, person.id),
            signature: notification.signature,
          },
          this.config.publicUrl,
        ),
      });
      mailed.push({ id: made.id, outboxMessageId });
    }
    await this.repository.markMailed(manager, mailed);
    for (const personId of new Set(created.map((n) => n.personId))) {
      await this.events.publishIn(manager, { topic: 'person', id: personId });
    }
    return created.map((n) => n.personId);
  }

  list(viewer: Viewer, limit: number): Promise<NotificationEntity[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw invalid('limit', 'Ask for 1 to 200 notifications.');
    return this.repository.latest(viewer.personId, limit);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.repository.unreadCount(viewer.personId);
  }

  /** Marks the viewer's own notifications read; someone else's answer NOT_FOUND, as if they did not exist. */
  async markRead(viewer: Viewer, ids: readonly string[]): Promise<NotificationEntity[]> {
    const unique = uniqueIds('ids', ids, 500);
    return this.dataSource.transaction(async (manager) => {
      const own = await this.repository.ownedBy(manager, viewer.personId, unique);
      if (own.length !== unique.length) throw notFound('notification');
      const read = await this.repository.markRead(manager, viewer.personId, unique);
      await this.events.publishIn(manager, { topic: 'person', id: viewer.personId });
      return read;
    });
  }

  async markAllRead(viewer: Viewer): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const count = await this.repository.markAllRead(manager, viewer.personId);
      await this.events.publishIn(manager, { topic: 'person', id: viewer.personId });
      return count;
    });
  }

  /** Every kind with the viewer's choice for it (immediate unless they chose otherwise). */
  async preferences(viewer: Viewer): Promise<{ kind: Kind; delivery: NotificationDelivery }[]> {
    const chosen = await this.repository.preferences(viewer.personId);
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? NotificationDelivery.IMMEDIATE,
    }));
  }

  async setPreference(
    viewer: Viewer,
    kind: Kind,
    delivery: NotificationDelivery,
  ): Promise<{ kind: Kind; delivery: NotificationDelivery }> {
    await this.repository.setPreference(viewer.personId, kind, delivery);
    return { kind, delivery };
  }

  /**
   * Sends each person one e-mail listing what waited for their digest. Rows are claimed with
   * FOR UPDATE SKIP LOCKED and marked in the same transaction as the e-mail is queued, so two
   * replicas running the job at once never send a notification twice.
   */
  @RecurringJob(DIGEST_JOB, (config) => config.digestCron)
  async sendDigests(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await this.repository.claimDigest(manager);
      const byPerson = new Map<string, typeof pending>();
      for (const row of pending) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
      const mailed: { id: string; outboxMessageId: string }[] = [];
      for (const rows of byPerson.values()) {
        const person = rows[0]!;
        const outboxMessageId = await this.mail.enqueue(manager, {
          to: person.email,
          toName: person.name,
          kind: 'DAILY_DIGEST',
          subject: `Plenary: ${rows.length} update${rows.length === 1 ? '' : 's'} since your last digest`,
          text: [
            `Dear ${addressedName(person)},`,
            '',
            `Here is what happened since your last digest.`,
            '',
            ...rows.flatMap((row) => [
              `${notificationKindLabels[row.kind]}: ${row.title}`,
              ...(row.body ? [row.body] : []),
              `${this.config.publicUrl}${row.path}`,
              '',
            ]),
            `Choose what comes at once and what waits for the digest: ${this.config.publicUrl}/settings/notifications`,
          ],
        });
        mailed.push(...rows.map((row) => ({ id: row.id, outboxMessageId })));
      }
      await this.repository.markMailed(manager, mailed);
      return byPerson.size;
    });
  }
}
