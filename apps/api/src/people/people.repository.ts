import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../organizations/organizations.repository';
import { PersonEntity } from './person.entity';

/** ICU's root collation orders Latin, Cyrillic, Hangul and Han names the way readers expect. */
export const NAME_COLLATION = '"und-x-icu"';

@Injectable()
export class PeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    return this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .getMany();
  }

  search(text: string | null, limit: number): Promise<PersonEntity[]> {
    const query = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .orderBy(`p.sort_name COLLATE ${NAME_COLLATION}`, 'ASC')
      .limit(limit);
    if (text) {
      query.where('(p.name ILIKE :pattern OR p.sort_name ILIKE :pattern)', { pattern: `%${escapeLike(text)}%` });
    }
    return query.getMany();
  }

  async insert(
    manager: EntityManager,
    values: Pick<PersonEntity, 'name' | 'sortName' | 'honorific' | 'title' | 'affiliationId' | 'email'>,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO people (name, sort_name, honorific, title, affiliation_id, email)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.name, values.sortName, values.honorific, values.title, values.affiliationId, values.email],
    );
    return row!.id;
  }
}
