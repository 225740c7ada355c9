import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module';
import { ActionItemCarrier } from './action-item-carrier';
import {
  ActionItemsResolver,
  MeetingReportFieldsResolver,
  ReportRevisionsResolver,
  ReportsResolver,
} from './reports.resolver';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [AgendasModule],
  providers: [
    ReportsRepository,
    ReportsService,
    ActionItemCarrier,
    ReportsResolver,
    ReportRevisionsResolver,
    ActionItemsResolver,
    MeetingReportFieldsResolver,
  ],
  exports: [ReportsRepository, ReportsService, ActionItemCarrier],
})
export class ReportsModule {}
