import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { limits } from '@plenary/shared';
import { optionalText } from '../common/text';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { PersonEntity } from './person.entity';
import { PeopleRepository, type PersonValues } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(
    private readonly repository: PeopleRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** The directory of experts: names, positions and affiliations, never contact details. */
  search(search: string | null | undefined): Promise<PersonEntity[]> {
    return this.repository.search(optionalText('search', search, limits.searchText), 100);
  }

  /** Adds someone to the directory in the caller's transaction; answers their id. */
  async add(manager: EntityManager, person: PersonValues, affiliationField = 'affiliationId'): Promise<string> {
    if (person.affiliationId) {
      await this.organizations.requireIds(manager, [person.affiliationId], {
        field: affiliationField,
        message: 'That organization does not exist.',
      });
    }
    return this.repository.insert(manager, person);
  }
}
