import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
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
    studyGroup: DataLoader<string, StudyGroupEntity | null>;
    /** Every role the viewer holds on each study group, derived ones included. */
    studyGroupViewerRoles: DataLoader<string, string[]>;
    studyGroupCommittees: DataLoader<string, StudyGroupCommitteeEntity[]>;
    studyGroupMembers: DataLoader<string, MembershipEntity[]>;
    subGroups: DataLoader<string, SubGroupEntity[]>;
    subGroupMemberIds: DataLoader<string, string[]>;
    meetingPlans: DataLoader<string, MeetingPlanEntity[]>;
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
      studyGroup: new DataLoader(async (ids) => byId(await this.studyGroups.findByIds(ids), ids)),
      studyGroupViewerRoles: new DataLoader(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        return groupsOf(ids, await this.access.rolesOn(viewer.personId, MembershipObjectType.STUDY_GROUP, ids));
      }),
      studyGroupCommittees: new DataLoader(async (ids) => groupsOf(ids, await this.studyGroups.committeesOf(ids))),
      studyGroupMembers: new DataLoader(async (ids) => groupsOf(ids, await this.studyGroups.membersOf(ids))),
      subGroups: new DataLoader(async (ids) => groupsOf(ids, await this.studyGroups.subGroupsOf(ids))),
      subGroupMemberIds: new DataLoader(async (ids) => groupsOf(ids, await this.studyGroups.subGroupMemberIds(ids))),
      meetingPlans: new DataLoader(async (ids) => groupsOf(ids, await this.studyGroups.plansOf(ids))),
    };
  }
}
