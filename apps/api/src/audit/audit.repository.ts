import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorUserId: string | null;
  objectType: string;
  objectId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  async insert(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_user_id, object_type, object_id, action, from_state, to_state, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.actorUserId,
        event.objectType,
        event.objectId,
        event.action,
        event.fromState ?? null,
        event.toState ?? null,
        JSON.stringify(event.data ?? {}),
      ],
    );
  }
}
