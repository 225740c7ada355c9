import { Injectable } from '@nestjs/common';
import { DocumentStatus, documentStatusLabels, documentStatusMachine } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { DomainError, notFound } from '../common/domain-error';
import type { DocumentChange } from '../realtime/events.service';
import { DocumentChanges } from './document-changes';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';

/** Who may take a step: the drafters, the body the text was submitted to, or those who publish. */
export type StepPermission = 'edit' | 'decide' | 'publish';

const refusals: Record<StepPermission, string> = {
  edit: 'Only the document’s drafters do this.',
  decide: 'Only members of the body the document was submitted to record its decision.',
  publish: 'Only the document’s drafters and the secretariat publish.',
};

const workflowStep = (): DocumentChange => ({ kind: 'VERSION' });

/**
 * Moves a document along the workflow of `documentStatusMachine` (PRODUCT.md), each step in one
 * transaction with its audit event: the steps of the document's own workflow, and those its
 * comment rounds take (circulating, closing).
 */
@Injectable()
export class DocumentTransitions {
  constructor(
    private readonly documents: DocumentsService,
    private readonly repository: DocumentsRepository,
    private readonly changes: DocumentChanges,
  ) {}

  /**
   * Moves the document one step along the workflow, audited with what `work` returns; the rest of
   * the step is `work`. The caller's role is checked first: someone who holds it but finds the
   * document elsewhere in the workflow gets a conflict (`refuse`, or INVALID_TRANSITION), never a
   * refusal of their role.
   */
  async transition(
    viewer: Viewer,
    documentId: string,
    permission: StepPermission,
    to: DocumentStatus,
    work: (manager: EntityManager, document: DocumentEntity) => Promise<Record<string, unknown> | void>,
    refuse?: (current: DocumentStatus) => DomainError,
  ): Promise<DocumentEntity> {
    const { access } = await this.documents.get(viewer, documentId);
    const allowed = permission === 'edit' ? access.edit : permission === 'publish' ? access.publish : access.body;
    if (!allowed) throw new DomainError('NOT_PERMITTED', refusals[permission]);
    return this.changes.change(
      documentId,
      async (manager) => {
        const document = await this.repository.findById(manager, documentId, 'update');
        if (!document) throw notFound('document');
        if (!documentStatusMachine.canTransition(document.status, to)) {
          throw (
            refuse?.(document.status) ??
            new DomainError(
              'INVALID_TRANSITION',
              `A document that is ${documentStatusLabels[document.status].toLowerCase()} cannot become ${documentStatusLabels[to].toLowerCase()}.`,
              { current: document.status, allowed: documentStatusMachine.next(document.status) },
            )
          );
        }
        await this.repository.setStatus(manager, documentId, to);
        const data = await work(manager, document);
        await this.changes.record(manager, viewer, documentId, 'document.status_changed', {
          fromState: document.status,
          toState: to,
          ...(data ? { data } : {}),
        });
        return documentId;
      },
      workflowStep,
    );
  }

  /**
   * A round of the document closed, in the caller's transaction: a document still out for comment
   * goes back to revision. `actor` is null when the round closed by itself at its deadline.
   */
  async commentRoundClosed(manager: EntityManager, documentId: string, actor: Viewer | null): Promise<void> {
    const document = await this.repository.findById(manager, documentId);
    if (document?.status !== DocumentStatus.IN_COMMENT_ROUND) return;
    await this.repository.setStatus(manager, document.id, DocumentStatus.REVISING);
    await this.changes.record(manager, actor, document.id, 'document.status_changed', {
      fromState: DocumentStatus.IN_COMMENT_ROUND,
      toState: DocumentStatus.REVISING,
    });
  }
}
