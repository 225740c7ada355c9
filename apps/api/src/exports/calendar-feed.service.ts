import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';

@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async meetingIdForToken(token: string): Promise<string | null> {
    if (!/^[\w-]{20,100}$/.test(token)) return null;
    const [row] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM meetings WHERE calendar_token = $1`, [
      token,
    ]);
    return row?.id ?? null;
  }

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  meetingUrl(meetingId: string): string {
    return `${this.config.publicUrl}/meetings/${meetingId}`;
  }
}
