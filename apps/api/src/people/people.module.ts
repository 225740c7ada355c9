import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleLoaders } from './people.loaders';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [OrganizationsModule],
  providers: [PeopleLoaders, PeopleRepository, PeopleService, PeopleResolver],
  exports: [PeopleLoaders, PeopleRepository, PeopleService],
})
export class PeopleModule {}
