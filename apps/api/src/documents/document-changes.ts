import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { notFound } from '../common/domain-error';
import { type DocumentChange, EventsService } from '../realtime/events.service';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';

/**
 * How every change to a document and its rounds is made: in one transaction, audited in it when
 * it moves the workflow, and announced to everyone looking at the document once it has committed.
 */
@Injectable()
export class DocumentChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentsRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /**
   * Runs a change to the document in a transaction, then tells everyone looking at it what changed
   * (`change`, from what the work answered); unnamed, readers reload everything.
   */
  async run<T>(
    documentId: string,
    work: (manager: EntityManager) => Promise<T>,
    change?: (result: T) => DocumentChange,
  ): Promise<T> {
    const result = await this.dataSource.transaction(work);
    await this.announce(documentId, change?.(result));
    return result;
  }

  /**
   * As `run`, for a change that finds its document in the transaction: `announced` names it, and
   * what changed, from what the work answered.
   */
  async runFound<T>(
    work: (manager: EntityManager) => Promise<T>,
    announced: (result: T) => { documentId: string; change: DocumentChange },
  ): Promise<T> {
    const result = await this.dataSource.transaction(work);
    const { documentId, change } = announced(result);
    await this.announce(documentId, change);
    return result;
  }

  /**
   * Runs a change and answers with the document as it now is. `work` names the document when it
   * made one (`documentId` is then null).
   */
  async change(
    documentId: string | null,
    work: (manager: EntityManager) => Promise<string | void>,
    change?: () => DocumentChange,
  ): Promise<DocumentEntity> {
    const document = await this.dataSource.transaction(async (manager) => {
      const id = (await work(manager)) ?? documentId!;
      const updated = await this.repository.findById(manager, id);
      if (!updated) throw notFound('document');
      return updated;
    });
    await this.announce(document.id, change?.());
    return document;
  }

  /** Tells everyone looking at the document what changed, for a change made elsewhere (a job's). */
  announce(documentId: string, change?: DocumentChange): Promise<void> {
    return this.events.publish({ topic: 'document', id: documentId, ...(change ? { change } : {}) });
  }

  /** Records a step of the document in its audit trail; `actor` is null for a step Plenary took by itself. */
  record(
    manager: EntityManager,
    actor: Viewer | null,
    documentId: string,
    action: string,
    extra: { fromState?: string; toState?: string; data?: Record<string, unknown> } = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: actor?.userId ?? null,
      objectType: 'DOCUMENT',
      objectId: documentId,
      action,
      ...extra,
    });
  }
}
