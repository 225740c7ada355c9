import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OnDomainEvent } from '../domain-events/domain-event-handler.decorator';
import { DOCUMENT_APPROVED, DOCUMENT_PUBLISHED, type DocumentStep } from '../documents/document-events';
import { RecommendationsService } from './recommendations.service';

/**
 * Registers a document's recommendations when its text is adopted, in the transaction of the step
 * that adopts it: the approval commits with its recommendations registered, or not at all.
 */
@Injectable()
export class DocumentAdoptionListener {
  constructor(private readonly recommendations: RecommendationsService) {}

  @OnDomainEvent(DOCUMENT_APPROVED)
  async approved({ documentId, by }: DocumentStep, manager: EntityManager): Promise<void> {
    await this.recommendations.registerFromDocument(manager, documentId, by);
  }

  /** Approved before the registry existed, or published without approval: registered now, once. */
  @OnDomainEvent(DOCUMENT_PUBLISHED)
  async published({ documentId, by }: DocumentStep, manager: EntityManager): Promise<void> {
    await this.recommendations.registerFromDocument(manager, documentId, by);
  }
}
