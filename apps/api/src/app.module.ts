import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type pino from 'pino';
import { AccessModule } from './access/access.module';
import { AgendasModule } from './agendas/agendas.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { LiveSessionsService } from './auth/live-sessions.service';
import { HttpErrorFilter } from './common/http-error.filter';
import { LOGGER } from './common/logger';
import { APP_CONFIG, type AppConfig, DATABASE_URL } from './config/config';
import { DatabaseModule } from './database/database.module';
import { graphqlOptions } from './graphql-server/graphql.config';
import { GraphQLServerModule } from './graphql-server/graphql-server.module';
import { ExportsModule } from './exports/exports.module';
import { LoadersFactory } from './graphql-server/loaders';
import { CommentRoundsModule } from './comment-rounds/comment-rounds.module';
import { DocumentsModule } from './documents/documents.module';
import { DomainEventsModule } from './domain-events/domain-events.module';
import { FilesModule } from './files/files.module';
import { WordModule } from './word/word.module';
import { JobsModule } from './jobs/jobs.module';
import { HealthController } from './health/health.controller';
import { HomeModule } from './home/home.module';
import { MailModule } from './mail/mail.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ParticipantsModule } from './participants/participants.module';
import { PeopleModule } from './people/people.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReportsModule } from './reports/reports.module';
import { SearchModule } from './search/search.module';
import { StudyGroupsModule } from './study-groups/study-groups.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: pino.Logger;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const environment: DynamicModule = {
      module: class EnvironmentModule {},
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: LOGGER, useValue: options.logger },
      ],
      exports: [APP_CONFIG, DATABASE_URL, LOGGER],
    };
    return {
      module: AppModule,
      imports: [
        environment,
        DatabaseModule,
        AccessModule,
        AuditModule,
        MailModule,
        RealtimeModule,
        NotificationsModule,
        AuthModule,
        OrganizationsModule,
        PeopleModule,
        MeetingsModule,
        AgendasModule,
        ParticipantsModule,
        ReportsModule,
        StudyGroupsModule,
        DocumentsModule,
        CommentRoundsModule,
        RecommendationsModule,
        SearchModule,
        HomeModule,
        JobsModule,
        DomainEventsModule,
        ExportsModule,
        FilesModule,
        WordModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphQLServerModule],
          inject: [AuthService, LiveSessionsService, LoadersFactory],
          useFactory: (auth: AuthService, liveSessions: LiveSessionsService, loaders: LoadersFactory) =>
            graphqlOptions(options.config, options.logger, auth, liveSessions, loaders),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
