import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FilesController } from '../files/files.controller';
import { FilesService } from '../files/files.service';
import { ViewerMiddleware } from '../auth/viewer.middleware';
import { ReportsModule } from '../reports/reports.module';
import { AgendaExportService } from './agenda-export.service';
import { CalendarFeedService } from './calendar-feed.service';
import { ExportsController } from './exports.controller';
import { ReportExportService } from './report-export.service';

@Module({
  imports: [AuthModule, ReportsModule],
  providers: [AgendaExportService, ReportExportService, CalendarFeedService, FilesService],
  controllers: [ExportsController, FilesController],
  exports: [CalendarFeedService],
})
export class ExportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes(ExportsController, FilesController);
  }
}
