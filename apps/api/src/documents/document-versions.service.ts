import { Injectable } from '@nestjs/common';
import type { VersionChanges } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { DocumentVersionEntity } from './document-version.entity';
import { DocumentsRepository } from './documents.repository';
import { ParagraphsRepository } from './paragraphs.repository';

/** A version frozen, and how it differs from the one before it (null for the first). */
export interface FrozenVersion {
  version: DocumentVersionEntity;
  changes: VersionChanges | null;
}

/**
 * The versions of a document: a circulated or final version is frozen forever, and edits go on
 * in a new working version that starts as its copy, each paragraph keeping its identity.
 */
@Injectable()
export class DocumentVersionsService {
  constructor(
    private readonly repository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
  ) {}

  /** Freezes the working version for circulation and starts the next one from it. */
  async freezeForCirculation(manager: EntityManager, documentId: string): Promise<FrozenVersion> {
    const frozen = await this.freezeWorking(
      manager,
      documentId,
      false,
      'Write at least one paragraph before circulating.',
    );
    await this.repository.copyVersion(manager, frozen.version.id, documentId, frozen.version.number + 1);
    return frozen;
  }

  /** Freezes the working version as the final text. */
  freezeAsFinal(manager: EntityManager, documentId: string): Promise<FrozenVersion> {
    return this.freezeWorking(manager, documentId, true, 'The final text has no paragraphs.');
  }

  /** Opens revision again after the final text was returned: a new working version copied from it. */
  async reviseFinal(manager: EntityManager, documentId: string): Promise<void> {
    const versions = await this.repository.versionsOf([documentId], manager);
    const final = versions.filter((v) => v.isFinal).at(-1)!;
    await this.repository.copyVersion(manager, final.id, documentId, versions.at(-1)!.number + 1);
  }

  /** The last version frozen as final. */
  async finalVersion(manager: EntityManager, documentId: string): Promise<DocumentVersionEntity> {
    return (await this.repository.versionsOf([documentId], manager)).filter((v) => v.isFinal).at(-1)!;
  }

  private async freezeWorking(
    manager: EntityManager,
    documentId: string,
    isFinal: boolean,
    emptyMessage: string,
  ): Promise<FrozenVersion> {
    const version = await this.repository.workingVersion(manager, documentId);
    if (!version) throw new DomainError('DOCUMENT_NOT_EDITABLE', 'The document has no working version.');
    if ((await this.paragraphs.order(manager, version.id)).length === 0) {
      throw new DomainError('DOCUMENT_EMPTY', emptyMessage);
    }
    await this.repository.freeze(manager, version.id, isFinal);
    const previous = await this.repository.versionByNumber(manager, documentId, version.number - 1);
    return {
      version,
      changes: previous ? await this.repository.versionChanges(manager, previous.id, version.id) : null,
    };
  }
}
