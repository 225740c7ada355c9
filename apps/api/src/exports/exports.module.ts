import { Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ViewerMiddleware } from '../auth/viewer.middleware';
import { CommentRoundsModule } from '../comment-rounds/comment-rounds.module';
import { DocumentsModule } from '../documents/documents.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ReportsModule } from '../reports/reports.module';
import { StudyGroupsModule } from '../study-groups/study-groups.module';
import { AgendaExportService } from './agenda-export.service';
import { AgendaLayoutResolver } from './agenda-layout.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { DocumentExportService } from './document-export.service';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { configurePdfFonts } from './pdf-font-settings';
import { RecommendationExportService } from './recommendations-export';
import { ReportExportService } from './report-export.service';

@Module({
  imports: [
    AuthModule,
    ReportsModule,
    DocumentsModule,
    CommentRoundsModule,
    PeopleModule,
    OrganizationsModule,
    StudyGroupsModule,
    MeetingsModule,
    RecommendationsModule,
  ],
  providers: [
    ExportsRepository,
    AgendaExportService,
    AgendaLayoutResolver,
    ReportExportService,
    DocumentExportService,
    CalendarFeedService,
    RecommendationExportService,
  ],
  controllers: [ExportsController],
  exports: [CalendarFeedService],
})
export class ExportsModule implements NestModule {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    configurePdfFonts({ system: config.pdfSystemFonts, custom: config.pdfFont ?? null });
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes(ExportsController);
  }
}
