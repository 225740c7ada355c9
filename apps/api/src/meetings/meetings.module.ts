import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MeetingContentsRepository } from './meeting-contents';
import { MeetingsLoaders } from './meetings.loaders';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [OrganizationsModule],
  providers: [MeetingsLoaders, MeetingsRepository, MeetingContentsRepository, MeetingsService, MeetingsResolver],
  exports: [MeetingsLoaders, MeetingsRepository, MeetingsService],
})
export class MeetingsModule {}
