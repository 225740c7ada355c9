import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { ReportsModule } from '../reports/reports.module';
import {
  MeetingPlansResolver,
  MeetingStudyGroupResolver,
  StudyGroupCommitteesResolver,
  StudyGroupMembersResolver,
  StudyGroupsResolver,
  SubGroupsResolver,
} from './study-groups.resolver';
import { StudyGroupsRepository } from './study-groups.repository';
import { StudyGroupsService } from './study-groups.service';

@Module({
  imports: [MeetingsModule, ReportsModule],
  providers: [
    StudyGroupsRepository,
    StudyGroupsService,
    StudyGroupsResolver,
    StudyGroupCommitteesResolver,
    StudyGroupMembersResolver,
    SubGroupsResolver,
    MeetingPlansResolver,
    MeetingStudyGroupResolver,
  ],
  exports: [StudyGroupsRepository],
})
export class StudyGroupsModule {}
