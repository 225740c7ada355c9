import { Module } from '@nestjs/common';
import { OrganizationsLoaders } from './organizations.loaders';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  providers: [OrganizationsLoaders, OrganizationsRepository, OrganizationsService, OrganizationsResolver],
  exports: [OrganizationsLoaders, OrganizationsRepository],
})
export class OrganizationsModule {}
