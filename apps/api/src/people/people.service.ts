import { Injectable } from '@nestjs/common';
import { limits } from '@plenary/shared';
import { optionalText } from '../common/text';
import type { PersonEntity } from './person.entity';
import { PeopleRepository } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(private readonly repository: PeopleRepository) {}

  /** The directory of experts: names, positions and affiliations, never contact details. */
  search(search: string | null | undefined): Promise<PersonEntity[]> {
    return this.repository.search(optionalText('search', search, limits.searchText), 100);
  }
}
