/** What a person can be told about. Each person chooses, per kind, immediate e-mail or a daily digest. */
export const NotificationKind = {
  INVITATION_RECEIVED: 'INVITATION_RECEIVED',
  ROUND_OPENED: 'ROUND_OPENED',
  /** Sent 7 days and 1 day before a round closes, to recipients who have not responded. */
  ROUND_CLOSING: 'ROUND_CLOSING',
  DISPOSITION_PUBLISHED: 'DISPOSITION_PUBLISHED',
  DOCUMENT_SUBMITTED: 'DOCUMENT_SUBMITTED',
  DOCUMENT_DECIDED: 'DOCUMENT_DECIDED',
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const notificationKindLabels: Record<NotificationKind, string> = {
  INVITATION_RECEIVED: 'Invitations to meetings',
  ROUND_OPENED: 'A comment round opens for you',
  ROUND_CLOSING: 'Reminders before a round closes',
  DISPOSITION_PUBLISHED: 'Dispositions of your comments',
  DOCUMENT_SUBMITTED: 'Documents submitted for decision',
  DOCUMENT_DECIDED: 'Decisions on documents',
  FOLLOW_UP_DUE: 'Recommendation follow-ups due',
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
