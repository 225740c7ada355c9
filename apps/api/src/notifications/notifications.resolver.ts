import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { EventsService } from '../realtime/events.service';
import {
  NotificationEventModel,
  NotificationModel,
  NotificationPreferenceModel,
  toNotificationModel,
  toNotificationPreferenceModel,
} from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly events: EventsService,
  ) {}

  @SignedIn()
  @Query(() => [NotificationModel], { description: "The viewer's notifications, newest first." })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
  ): Promise<NotificationModel[]> {
    return (await this.service.list(viewer, limit)).map(toNotificationModel);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @SignedIn()
  @Mutation(() => [NotificationModel], { description: 'Marks some of the viewer’s own notifications read.' })
  async markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<NotificationModel[]> {
    return (await this.service.markRead(viewer, ids)).map(toNotificationModel);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks every notification of the viewer read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer);
  }

  @SignedIn()
  @Query(() => [NotificationPreferenceModel], {
    description: 'For every kind of notification, whether the viewer is e-mailed at once or in a daily digest.',
  })
  async notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    return (await this.service.preferences(viewer)).map(toNotificationPreferenceModel);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferenceModel)
  async setNotificationPreference(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('delivery', { type: () => NotificationDelivery }) delivery: NotificationDelivery,
  ): Promise<NotificationPreferenceModel> {
    return toNotificationPreferenceModel(await this.service.setPreference(viewer, kind, delivery));
  }

  @SignedIn()
  @Subscription(() => NotificationEventModel, {
    description: 'The viewer’s unread count, at once and whenever it changes.',
    resolve: (event: NotificationEventModel) => event,
  })
  notificationEvents(@CurrentViewer() viewer: Viewer): AsyncGenerator<NotificationEventModel> {
    return this.follow(viewer);
  }

  private async *follow(viewer: Viewer): AsyncGenerator<NotificationEventModel> {
    // Listening starts before the first count is read, so nothing between the two is missed.
    const changes = this.events.subscribe('person', viewer.personId);
    try {
      yield { unreadCount: await this.service.unreadCount(viewer) };
      for await (const _ of changes) {
        yield { unreadCount: await this.service.unreadCount(viewer) };
      }
    } finally {
      await changes.return?.();
    }
  }
}
