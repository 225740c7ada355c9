import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { MeetingRole } from '@plenary/shared';
import { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import { permissions } from '../access/permissions';
import type { Viewer } from '../auth/viewer';
import { MeetingsRepository } from '../meetings/meetings.repository';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { PersonEntity } from '../people/person.entity';
import { PeopleRepository } from '../people/people.repository';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request batching: every relation field resolves through one of these, never a query per row. */
export interface Loaders {
  organization: DataLoader<string, OrganizationEntity | null>;
  person: DataLoader<string, PersonEntity | null>;
  meetingOrganizers: DataLoader<string, OrganizationEntity[]>;
  meetingViewerRoles: DataLoader<string, MeetingRole[]>;
  /** Organizations a person may convene meetings for, keyed by person id. */
  convenableOrganizations: DataLoader<string, OrganizationEntity[]>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly people: PeopleRepository,
    private readonly meetings: MeetingsRepository,
    private readonly access: AccessRepository,
  ) {}

  create(viewer: Viewer | null): Loaders {
    const organization = new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      byId(await this.organizations.findByIds(ids), ids),
    );
    return {
      organization,
      person: new DataLoader(async (ids) => byId(await this.people.findByIds(ids), ids)),
      meetingOrganizers: new DataLoader(async (ids) => {
        const map = await this.meetings.organizersOf(ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      meetingViewerRoles: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => []);
        const roles = await this.access.rolesOn(viewer.personId, MembershipObjectType.MEETING, ids);
        return ids.map((id) => (roles.get(id) ?? []) as MeetingRole[]);
      }),
      convenableOrganizations: new DataLoader(async (personIds) => {
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
      }),
    };
  }
}
