import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { calendarFeedIds, calendarFeedTokenValid } from '../meetings/calendar-feed';

@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Whose feed of which meeting the address is: the feed then shows what its owner may see now,
   * and nothing once their account is disabled or their access to the meeting ends.
   */
  async ownerOf(token: string): Promise<{ viewer: Viewer; meetingId: string } | null> {
    const ids = calendarFeedIds(token);
    if (!ids) return null;
    const [row] = await this.dataSource.query<(Viewer & { meetingKey: string })[]>(
      `SELECT m.calendar_token AS "meetingKey", u.id AS "userId", u.person_id AS "personId", u.email,
              u.is_platform_admin AS "isPlatformAdmin"
         FROM meetings m JOIN users u ON u.person_id = $2 AND u.disabled_at IS NULL
        WHERE m.id = $1`,
      [ids.meetingId, ids.personId],
    );
    if (!row || !calendarFeedTokenValid(token, row.meetingKey)) return null;
    const { meetingKey: _key, ...viewer } = row;
    return { viewer, meetingId: ids.meetingId };
  }

  meetingUrl(meetingId: string): string {
    return `${this.config.publicUrl}/meetings/${meetingId}`;
  }
}
