import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../common/viewer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { calendarFeedIds, calendarFeedTokenValid } from '../meetings/calendar-feed';
import { ExportsRepository } from './exports.repository';

@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ExportsRepository,
  ) {}

  /**
   * Whose feed of which meeting the address is: the feed then shows what its owner may see now,
   * and nothing once their account is disabled or their access to the meeting ends.
   */
  async ownerOf(token: string): Promise<{ viewer: Viewer; meetingId: string } | null> {
    const ids = calendarFeedIds(token);
    if (!ids) return null;
    const holder = await this.repository.calendarFeedHolder(ids.meetingId, ids.personId);
    if (!holder || !calendarFeedTokenValid(token, holder.meetingKey)) return null;
    return { viewer: holder.viewer, meetingId: ids.meetingId };
  }

  meetingUrl(meetingId: string): string {
    return `${this.config.publicUrl}/meetings/${meetingId}`;
  }
}
