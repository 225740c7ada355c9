import { Injectable } from '@nestjs/common';
import { AgendasLoaders } from '../agendas/agendas.loaders';
import { UsersLoaders } from '../auth/users.loaders';
import type { Viewer } from '../common/viewer';
import { CommentRoundsLoaders } from '../comment-rounds/comment-rounds.loaders';
import { DocumentsLoaders } from '../documents/documents.loaders';
import type { FeatureLoaders, Loaders } from '../graphql/graphql-context';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { OrganizationsLoaders } from '../organizations/organizations.loaders';
import { ParticipantsLoaders } from '../participants/participants.loaders';
import { PeopleLoaders } from '../people/people.loaders';
import { RecommendationsLoaders } from '../recommendations/recommendations.loaders';
import { ReportsLoaders } from '../reports/reports.loaders';
import { StudyGroupsLoaders } from '../study-groups/study-groups.loaders';

/** Builds each request's loaders from every feature's share of them. */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationsLoaders,
    private readonly people: PeopleLoaders,
    private readonly users: UsersLoaders,
    private readonly meetings: MeetingsLoaders,
    private readonly agendas: AgendasLoaders,
    private readonly participants: ParticipantsLoaders,
    private readonly studyGroups: StudyGroupsLoaders,
    private readonly reports: ReportsLoaders,
    private readonly recommendations: RecommendationsLoaders,
    private readonly documents: DocumentsLoaders,
    private readonly commentRounds: CommentRoundsLoaders,
  ) {}

  create(viewer: Viewer | null): Loaders {
    const meetings = this.meetings.create(viewer);
    const documents = this.documents.create(viewer);
    const loaders: FeatureLoaders = {
      ...this.organizations.create(),
      ...this.people.create(),
      ...this.users.create(),
      ...meetings,
      ...this.agendas.create(meetings),
      ...this.participants.create(),
      ...this.studyGroups.create(viewer),
      ...this.reports.create(),
      documents,
      commentRounds: this.commentRounds.create(viewer, documents),
      recommendations: this.recommendations.create(viewer),
    };
    return {
      ...loaders,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
      },
    };
  }
}
