import { Module } from '@nestjs/common';
import { AgendasModule } from '../agendas/agendas.module';
import { AuthModule } from '../auth/auth.module';
import { CommentRoundsModule } from '../comment-rounds/comment-rounds.module';
import { DocumentsModule } from '../documents/documents.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ParticipantsModule } from '../participants/participants.module';
import { PeopleModule } from '../people/people.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ReportsModule } from '../reports/reports.module';
import { StudyGroupsModule } from '../study-groups/study-groups.module';
import { LoadersFactory } from './loaders';

/** What the GraphQL context factory needs: identifying the viewer and building the loaders. */
@Module({
  imports: [
    AgendasModule,
    AuthModule,
    CommentRoundsModule,
    DocumentsModule,
    MeetingsModule,
    OrganizationsModule,
    ParticipantsModule,
    PeopleModule,
    RecommendationsModule,
    ReportsModule,
    StudyGroupsModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory, AuthModule],
})
export class GraphQLServerModule {}
