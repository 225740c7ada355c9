import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type IdCheck, requireIds } from '../common/require-ids';
import { escapeLike } from '../organizations/organizations.repository';
import { PersonEntity } from './person.entity';

/** ICU's root collation orders Latin, Cyrillic, Hangul and Han names the way readers expect. */
export const NAME_COLLATION = '"und-x-icu"';

export type PersonValues = Pick<PersonEntity, 'name' | 'sortName' | 'honorific' | 'title' | 'affiliationId' | 'email'>;

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

  /** Refuses unless every id names a person of the directory (UNKNOWN_PERSON). */
  async requireIds(
    manager: EntityManager,
    ids: readonly string[],
    { field, message = 'One of the people named does not exist.' }: IdCheck = {},
  ): Promise<void> {
    await requireIds(manager, PersonEntity, ids, { reason: 'UNKNOWN_PERSON', message, field });
  }

  /** The person's name and the address to write to: their account's, else the directory's. */
  async contactOf(
    manager: EntityManager,
    id: string,
  ): Promise<{ id: string; name: string; email: string | null } | null> {
    const [row] = await manager.query<{ id: string; name: string; email: string | null }[]>(
      `SELECT p.id, p.name, coalesce(u.email, p.email) AS email FROM people p LEFT JOIN users u ON u.person_id = p.id WHERE p.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Whoever the address belongs to, through their account or the directory. */
  async findByEmail(manager: EntityManager, email: string): Promise<{ id: string; name: string } | null> {
    const [row] = await manager.query<{ id: string; name: string }[]>(
      `SELECT p.id, p.name FROM people p LEFT JOIN users u ON u.person_id = p.id WHERE lower(p.email) = $1 OR u.email = $1 LIMIT 1`,
      [email],
    );
    return row ?? null;
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

  async insert(manager: EntityManager, values: PersonValues): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO people (name, sort_name, honorific, title, affiliation_id, email)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.name, values.sortName, values.honorific, values.title, values.affiliationId, values.email],
    );
    return row!.id;
  }
}
