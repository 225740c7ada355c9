import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { DocumentChanges } from './document-changes';
import { DocumentLive } from './document-live.service';
import { DocumentReadersRepository } from './document-readers.repository';
import {
  AddresseesResolver,
  DocumentDecisionsResolver,
  DocumentFieldsResolver,
  DocumentHistoryResolver,
  DocumentPresenceResolver,
  DocumentVersionsResolver,
  MeetingDocumentsResolver,
  ParagraphsResolver,
  StudyGroupDocumentsResolver,
} from './document-fields.resolver';
import { DocumentNoticesService } from './document-notices.service';
import { DocumentPeopleRepository } from './document-people.repository';
import { DocumentTransitions } from './document-transitions.service';
import { DocumentVersionsService } from './document-versions.service';
import { DocumentWorkflowResolver } from './document-workflow.resolver';
import { DocumentWorkflowService } from './document-workflow.service';
import { DocumentsLoaders } from './documents.loaders';
import { DocumentsRepository } from './documents.repository';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { DraftingResolver } from './drafting.resolver';
import { DraftingService } from './drafting.service';
import { ParagraphsRepository } from './paragraphs.repository';

export const documentResolvers = [
  DocumentsResolver,
  DraftingResolver,
  DocumentWorkflowResolver,
  DocumentFieldsResolver,
  DocumentVersionsResolver,
  ParagraphsResolver,
  AddresseesResolver,
  DocumentDecisionsResolver,
  DocumentHistoryResolver,
  DocumentPresenceResolver,
  StudyGroupDocumentsResolver,
  MeetingDocumentsResolver,
];

const shared = [
  DocumentsRepository,
  ParagraphsRepository,
  DocumentPeopleRepository,
  DocumentsLoaders,
  DocumentChanges,
  DocumentsService,
  DocumentTransitions,
  DocumentVersionsService,
  DocumentNoticesService,
];

@Module({
  imports: [OrganizationsModule, PeopleModule],
  providers: [
    ...shared,
    DraftingService,
    DocumentWorkflowService,
    DocumentLive,
    DocumentReadersRepository,
    ...documentResolvers,
  ],
  exports: [...shared, DraftingService],
})
export class DocumentsModule {}
