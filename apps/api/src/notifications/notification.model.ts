import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind, notificationKindLabels } from '@plenary/shared';
import type { NotificationEntity } from './notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery' });

@ObjectType('Notification', { description: 'Something the viewer was told about.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field({ description: 'Where in the app it leads, such as /documents/…' })
  path: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;
}

export function toNotificationModel(entity: NotificationEntity): NotificationModel {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    body: entity.body,
    path: entity.path,
    readAt: entity.readAt,
    createdAt: entity.createdAt,
  };
}

@ObjectType('NotificationPreference', { description: 'How the viewer is e-mailed about one kind of notification.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'What the kind is about, for a settings page.' })
  label: string;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}

export function toNotificationPreferenceModel(preference: {
  kind: NotificationKind;
  delivery: NotificationDelivery;
}): NotificationPreferenceModel {
  return { ...preference, label: notificationKindLabels[preference.kind] };
}

@ObjectType('NotificationEvent', { description: 'The viewer has new notifications, or read some.' })
export class NotificationEventModel {
  @Field(() => Int)
  unreadCount: number;
}
