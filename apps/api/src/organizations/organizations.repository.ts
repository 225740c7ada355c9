import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type IdCheck, requireIds } from '../common/require-ids';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(OrganizationEntity);
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.repo.createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).getMany();
  }

  findById(manager: EntityManager, id: string): Promise<OrganizationEntity | null> {
    return manager.findOne(OrganizationEntity, { where: { id } });
  }

  /** Refuses unless every id names an organization (UNKNOWN_ORGANIZATION); answers them. */
  requireIds(
    manager: EntityManager,
    ids: readonly string[],
    { field, message = 'One of the organizations named does not exist.' }: IdCheck = {},
  ): Promise<OrganizationEntity[]> {
    return requireIds(manager, OrganizationEntity, ids, { reason: 'UNKNOWN_ORGANIZATION', message, field });
  }

  /** The whole directory, for matching organizations by name. */
  all(manager: EntityManager): Promise<OrganizationEntity[]> {
    return manager.find(OrganizationEntity);
  }

  search(text: string | null, limit: number): Promise<OrganizationEntity[]> {
    const query = this.repo.createQueryBuilder('o').orderBy('o.name', 'ASC').limit(limit);
    if (text) {
      query.where('(o.name ILIKE :pattern OR o.acronym ILIKE :pattern)', { pattern: `%${escapeLike(text)}%` });
    }
    return query.getMany();
  }

  async nameTaken(manager: EntityManager, name: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM organizations WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`,
      [name, exceptId ?? null],
    );
    return rows.length > 0;
  }

  /** The chain of parents above `id`, nearest first, to refuse a parent that would close a loop. */
  async ancestorIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM organizations WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.id = up.parent_id)
       SELECT id FROM up`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  async insert(
    manager: EntityManager,
    values: Omit<OrganizationEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<OrganizationEntity> {
    const entity = manager.create(OrganizationEntity, values);
    return manager.save(entity);
  }

  async update(manager: EntityManager, id: string, values: Partial<OrganizationEntity>): Promise<void> {
    await manager.update(OrganizationEntity, { id }, values);
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
