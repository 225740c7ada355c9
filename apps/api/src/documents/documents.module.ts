import { Module } from '@nestjs/common';
import {
  AddresseesResolver,
  AudiencePeopleResolver,
  AudienceRecipientsResolver,
  CirculationAudienceResolver,
  CirculationDefaultsResolver,
  CommentRoundsResolver,
  CommentsResolver,
  DocumentDecisionsResolver,
  DocumentHistoryResolver,
  DocumentPresenceResolver,
  DocumentsResolver,
  DocumentVersionsResolver,
  MeetingDocumentsResolver,
  ParagraphsResolver,
  RoundNoticesResolver,
  RoundRecipientsResolver,
  StudyGroupDocumentsResolver,
} from './documents.resolver';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';

export const documentResolvers = [
  DocumentsResolver,
  DocumentVersionsResolver,
  ParagraphsResolver,
  AddresseesResolver,
  CommentsResolver,
  CommentRoundsResolver,
  RoundRecipientsResolver,
  RoundNoticesResolver,
  CirculationAudienceResolver,
  CirculationDefaultsResolver,
  AudienceRecipientsResolver,
  AudiencePeopleResolver,
  DocumentDecisionsResolver,
  DocumentHistoryResolver,
  DocumentPresenceResolver,
  StudyGroupDocumentsResolver,
  MeetingDocumentsResolver,
];

@Module({
  imports: [RecommendationsModule],
  providers: [DocumentsRepository, DocumentsService, ...documentResolvers],
  exports: [DocumentsRepository, DocumentsService],
})
export class DocumentsModule {}
