import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { AccessRepository } from '../access/access.repository';
import { permissions } from '../access/permissions';
import { byId } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    organization: Loader<string, OrganizationEntity | null>;
    /** Organizations a person may convene meetings for, keyed by person id. */
    convenableOrganizations: Loader<string, OrganizationEntity[]>;
  }
}

@Injectable()
export class OrganizationsLoaders {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessRepository,
  ) {}

  create(): Pick<FeatureLoaders, 'organization' | 'convenableOrganizations'> {
    const organization = new Loader<string, OrganizationEntity | null>(async (ids) =>
      byId(await this.organizations.findByIds(ids), ids),
    );
    const convenableOrganizations = new Loader<string, OrganizationEntity[]>(async (personIds) => {
      const rule = permissions.OrganizationConvene;
      const rows = await this.access.objectIdsWithRoleFor(personIds, rule.objectType, rule.roles);
      const all = await organization.loadMany([...new Set(rows.map((row) => row.objectId))]);
      const orgs = new Map(
        all.filter((o): o is OrganizationEntity => !!o && !(o instanceof Error)).map((o) => [o.id, o]),
      );
      return personIds.map((personId) =>
        rows
          .filter((row) => row.personId === personId)
          .map((row) => orgs.get(row.objectId))
          .filter((o): o is OrganizationEntity => !!o)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    });
    return { organization, convenableOrganizations };
  }
}
