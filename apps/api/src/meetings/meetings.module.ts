import { Module } from '@nestjs/common';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  providers: [MeetingsRepository, MeetingsService, MeetingsResolver],
  exports: [MeetingsRepository, MeetingsService],
})
export class MeetingsModule {}
