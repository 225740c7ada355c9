/** What a person can be told about. Each person chooses, per kind, immediate e-mail or a daily digest. */
export const NotificationKind = {
  INVITATION_RECEIVED: 'INVITATION_RECEIVED',
  ROUND_OPENED: 'ROUND_OPENED',
  /** Sent 7 days and 1 day before a round closes, to recipients who have not responded. */
  ROUND_CLOSING: 'ROUND_CLOSING',
  DISPOSITION_PUBLISHED: 'DISPOSITION_PUBLISHED',
  DOCUMENT_SUBMITTED: 'DOCUMENT_SUBMITTED',
  DOCUMENT_DECIDED: 'DOCUMENT_DECIDED',
  /** Sent to the dissemination list of a published document. */
  DOCUMENT_PUBLISHED: 'DOCUMENT_PUBLISHED',
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
  /** A meeting's agenda is issued (provisional) or adopted: sent to those who accepted. */
  AGENDA_PUBLISHED: 'AGENDA_PUBLISHED',
  /** What changed in an adopted agenda, once a day at most: sent to those who accepted. */
  AGENDA_CHANGED: 'AGENDA_CHANGED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const notificationKindLabels: Record<NotificationKind, string> = {
  INVITATION_RECEIVED: 'Invitations to meetings',
  ROUND_OPENED: 'A comment round opens for you',
  ROUND_CLOSING: 'Reminders before a round closes',
  DISPOSITION_PUBLISHED: 'Dispositions of your comments',
  DOCUMENT_SUBMITTED: 'Documents submitted for decision',
  DOCUMENT_DECIDED: 'Decisions on documents',
  DOCUMENT_PUBLISHED: 'Documents published to you',
  FOLLOW_UP_DUE: 'Recommendation follow-ups due',
  AGENDA_PUBLISHED: 'Agendas issued or adopted',
  AGENDA_CHANGED: 'Changes to adopted agendas (once a day at most)',
};

export const NotificationDelivery = {
  /** An e-mail for each notification, as it happens. */
  IMMEDIATE: 'IMMEDIATE',
  /** One e-mail a day listing what happened. */
  DAILY_DIGEST: 'DAILY_DIGEST',
} as const;
export type NotificationDelivery = (typeof NotificationDelivery)[keyof typeof NotificationDelivery];

export const notificationDeliveryLabels: Record<NotificationDelivery, string> = {
  IMMEDIATE: 'E-mail at once',
  DAILY_DIGEST: 'Daily digest',
};

/** Days before a round's close at which recipients who have not responded are reminded. */
export const roundReminderDays = [7, 1] as const;

/** What became of the e-mail that carried a notification, as those who sent it see it. */
export const NoticeMail = {
  /** Handed to the mail server. */
  SENT: 'SENT',
  /** In the outbox, not sent yet. */
  WAITING: 'WAITING',
  /** The mail server refused it; it is tried again a few times. */
  FAILED: 'FAILED',
  /** The person chose a daily digest, which has not gone out yet. */
  IN_DIGEST: 'IN_DIGEST',
  /** The person has no e-mail address: told in Plenary only. */
  NO_ADDRESS: 'NO_ADDRESS',
} as const;
export type NoticeMail = (typeof NoticeMail)[keyof typeof NoticeMail];

export const noticeMailLabels: Record<NoticeMail, string> = {
  SENT: 'E-mail sent',
  WAITING: 'E-mail waiting to be sent',
  FAILED: 'E-mail failed',
  IN_DIGEST: 'In the next daily digest',
  NO_ADDRESS: 'No e-mail address: told in Plenary only',
};
