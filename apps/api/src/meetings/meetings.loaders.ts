import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { byId, groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { MeetingEntity } from './meeting.entity';
import { MeetingsRepository } from './meetings.repository';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    meeting: Loader<string, MeetingEntity | null>;
    meetingOrganizers: Loader<string, OrganizationEntity[]>;
    /** Every role the viewer holds on each meeting, derived ones (GROUP_…) included. */
    meetingViewerRoles: Loader<string, string[]>;
  }
}

@Injectable()
export class MeetingsLoaders {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly access: AccessRepository,
  ) {}

  create(viewer: Viewer | null): Pick<FeatureLoaders, 'meeting' | 'meetingOrganizers' | 'meetingViewerRoles'> {
    return {
      meeting: new Loader(async (ids) => byId(await this.meetings.findByIds(ids), ids)),
      meetingOrganizers: new Loader(async (ids) => groupsOf(ids, await this.meetings.organizersOf(ids))),
      meetingViewerRoles: new Loader(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        return groupsOf(ids, await this.access.rolesOn(viewer.personId, MembershipObjectType.MEETING, ids));
      }),
    };
  }
}
