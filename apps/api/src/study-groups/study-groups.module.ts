import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { ReportsModule } from '../reports/reports.module';
import {
  MeetingPlansResolver,
  MeetingReportStudyGroupResolver,
  MeetingStudyGroupResolver,
  StudyGroupCommitteesResolver,
  StudyGroupMembersResolver,
  StudyGroupsResolver,
  SubGroupsResolver,
} from './study-groups.resolver';
import { StudyGroupsLoaders } from './study-groups.loaders';
import { StudyGroupsRepository } from './study-groups.repository';
import { StudyGroupsService } from './study-groups.service';

@Module({
  imports: [MeetingsModule, OrganizationsModule, PeopleModule, ReportsModule],
  providers: [
    StudyGroupsLoaders,
    StudyGroupsRepository,
    StudyGroupsService,
    StudyGroupsResolver,
    StudyGroupCommitteesResolver,
    StudyGroupMembersResolver,
    SubGroupsResolver,
    MeetingPlansResolver,
    MeetingStudyGroupResolver,
    MeetingReportStudyGroupResolver,
  ],
  exports: [StudyGroupsLoaders, StudyGroupsRepository],
})
export class StudyGroupsModule {}
