import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { AccessRepository } from '../access/access.repository';
import { type MembershipEntity, MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { byId, groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { MeetingPlanEntity } from './meeting-plan.entity';
import type { StudyGroupCommitteeEntity } from './study-group-committee.entity';
import type { StudyGroupEntity } from './study-group.entity';
import { StudyGroupsRepository } from './study-groups.repository';
import type { SubGroupEntity } from './sub-group.entity';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    studyGroup: Loader<string, StudyGroupEntity | null>;
    /** Every role the viewer holds on each study group, derived ones included. */
    studyGroupViewerRoles: Loader<string, string[]>;
    studyGroupCommittees: Loader<string, StudyGroupCommitteeEntity[]>;
    studyGroupMembers: Loader<string, MembershipEntity[]>;
    subGroups: Loader<string, SubGroupEntity[]>;
    subGroupMemberIds: Loader<string, string[]>;
    meetingPlans: Loader<string, MeetingPlanEntity[]>;
  }
}

type StudyGroupLoaders = Pick<
  FeatureLoaders,
  | 'studyGroup'
  | 'studyGroupViewerRoles'
  | 'studyGroupCommittees'
  | 'studyGroupMembers'
  | 'subGroups'
  | 'subGroupMemberIds'
  | 'meetingPlans'
>;

@Injectable()
export class StudyGroupsLoaders {
  constructor(
    private readonly studyGroups: StudyGroupsRepository,
    private readonly access: AccessRepository,
  ) {}

  create(viewer: Viewer | null): StudyGroupLoaders {
    return {
      studyGroup: new Loader(async (ids) => byId(await this.studyGroups.findByIds(ids), ids)),
      studyGroupViewerRoles: new Loader(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        return groupsOf(ids, await this.access.rolesOn(viewer.personId, MembershipObjectType.STUDY_GROUP, ids));
      }),
      studyGroupCommittees: new Loader(async (ids) => groupsOf(ids, await this.studyGroups.committeesOf(ids))),
      studyGroupMembers: new Loader(async (ids) => groupsOf(ids, await this.studyGroups.membersOf(ids))),
      subGroups: new Loader(async (ids) => groupsOf(ids, await this.studyGroups.subGroupsOf(ids))),
      subGroupMemberIds: new Loader(async (ids) => groupsOf(ids, await this.studyGroups.subGroupMemberIds(ids))),
      meetingPlans: new Loader(async (ids) => groupsOf(ids, await this.studyGroups.plansOf(ids))),
    };
  }
}
