import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import {
  AudiencePeopleResolver,
  AudienceRecipientsResolver,
  CirculationAudienceResolver,
  CirculationDefaultsResolver,
} from './circulation.resolver';
import { CirculationService } from './circulation.service';
import {
  CommentFieldsResolver,
  CommentRoundFieldsResolver,
  RoundNoticesResolver,
  RoundRecipientsResolver,
} from './comment-round-fields.resolver';
import { CommentRoundsLoaders } from './comment-rounds.loaders';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentRoundsResolver } from './comment-rounds.resolver';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { DispositionsService } from './dispositions.service';
import { DocumentRoundsResolver, ParagraphCommentsResolver, VersionRoundsResolver } from './document-rounds.resolver';
import { RoundDeadlinesService } from './round-deadlines.service';

export const commentRoundResolvers = [
  CommentRoundsResolver,
  CommentsResolver,
  DocumentRoundsResolver,
  VersionRoundsResolver,
  ParagraphCommentsResolver,
  CommentRoundFieldsResolver,
  RoundRecipientsResolver,
  RoundNoticesResolver,
  CommentFieldsResolver,
  CirculationAudienceResolver,
  CirculationDefaultsResolver,
  AudienceRecipientsResolver,
  AudiencePeopleResolver,
];

/** Comment rounds on a document's versions: circulation, comments and responses, dispositions, deadlines. */
@Module({
  imports: [DocumentsModule, OrganizationsModule, PeopleModule],
  providers: [
    CommentRoundsRepository,
    CommentsRepository,
    CommentRoundsLoaders,
    CommentRoundsService,
    CirculationService,
    CommentsService,
    DispositionsService,
    RoundDeadlinesService,
    ...commentRoundResolvers,
  ],
  exports: [CommentRoundsRepository, CommentsRepository, CommentRoundsLoaders],
})
export class CommentRoundsModule {}
