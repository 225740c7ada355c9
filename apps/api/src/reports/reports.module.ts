import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { ActionItemCarrier } from './action-item-carrier';
import { ReportsLoaders } from './reports.loaders';
import {
  ActionItemsResolver,
  MeetingReportFieldsResolver,
  ReportRevisionsResolver,
  ReportsResolver,
} from './reports.resolver';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [AgendasModule, MeetingsModule, OrganizationsModule, PeopleModule],
  providers: [
    ReportsLoaders,
    ReportsRepository,
    ReportsService,
    ActionItemCarrier,
    ReportsResolver,
    ReportRevisionsResolver,
    ActionItemsResolver,
    MeetingReportFieldsResolver,
  ],
  exports: [ReportsLoaders, ReportsRepository, ReportsService, ActionItemCarrier],
})
export class ReportsModule {}
