import type { EntityManager, EntityTarget } from 'typeorm';
import type { ErrorReason } from '@plenary/shared';
import { DomainError } from './domain-error';

/** How a refusal names the input at fault, and words it where the directory's own words do not fit. */
export interface IdCheck {
  field?: string;
  message?: string;
}

/**
 * Refuses unless every id names a row of the entity's table, in one statement however many ids
 * there are, and answers the rows found. The refusal names the first id that names none.
 */
export async function requireIds<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
  refusal: { reason: ErrorReason; message: string; field?: string },
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await manager
    .createQueryBuilder(entity, 'row')
    .where('row.id = ANY(:ids)', { ids: [...new Set(ids)] })
    .getMany();
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new DomainError(refusal.reason, refusal.message, {
      ...(refusal.field ? { field: refusal.field } : {}),
      id: missing,
    });
  }
  return rows;
}
