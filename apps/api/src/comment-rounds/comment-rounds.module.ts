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
import { CommentPostingRepository } from './comment-posting.repository';
import { CommentRoundsLoaders } from './comment-rounds.loaders';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentRoundsResolver } from './comment-rounds.resolver';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentReadsRepository } from './comment-reads.repository';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { DispositionsService } from './dispositions.service';
import {
  CommentTablePageResolver,
  DocumentCommentTableResolver,
  DocumentRoundsResolver,
  ParagraphCommentsResolver,
  RemovedParagraphCommentsResolver,
  VersionRoundsResolver,
} from './document-rounds.resolver';
import { CommentReadsService } from './comment-reads.service';
import { RoundDeadlinesService } from './round-deadlines.service';
import { SuggestionsResolver } from './suggestions.resolver';
import { SuggestionsService } from './suggestions.service';

export const commentRoundResolvers = [
  CommentRoundsResolver,
  CommentsResolver,
  DocumentRoundsResolver,
  VersionRoundsResolver,
  ParagraphCommentsResolver,
  RemovedParagraphCommentsResolver,
  DocumentCommentTableResolver,
  CommentTablePageResolver,
  CommentRoundFieldsResolver,
  RoundRecipientsResolver,
  RoundNoticesResolver,
  CommentFieldsResolver,
  SuggestionsResolver,
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
    CommentPostingRepository,
    CommentReadsRepository,
    CommentReadsService,
    CommentRoundsLoaders,
    CommentRoundsService,
    CirculationService,
    CommentsService,
    DispositionsService,
    SuggestionsService,
    RoundDeadlinesService,
    ...commentRoundResolvers,
  ],
  exports: [CommentRoundsRepository, CommentsRepository, CommentReadsRepository, CommentRoundsLoaders, CommentsService],
})
export class CommentRoundsModule {}
