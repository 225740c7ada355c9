import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditRecord, AuditRepository } from './audit.repository';

/** Records state changes in the same transaction as the change itself. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  record(manager: EntityManager, event: AuditRecord): Promise<void> {
    return this.repository.insert(manager, event);
  }
}
