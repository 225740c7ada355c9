import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AgendaWarning } from '@plenary/shared';
import { AccessRepository } from '../access/access.repository';
import type { AgendaChangeEntity } from '../agendas/agenda-change.entity';
import type { AgendaDayEntity } from '../agendas/agenda-day.entity';
import type { AgendaItemEntity } from '../agendas/agenda-item.entity';
import type { AgendaSpeakerEntity } from '../agendas/agenda-speaker.entity';
import type { AgendaSubItemEntity } from '../agendas/agenda-sub-item.entity';
import { AgendasRepository } from '../agendas/agendas.repository';
import { AgendasService } from '../agendas/agendas.service';
import { AuthRepository } from '../auth/auth.repository';
import type { UserEntity } from '../auth/user.entity';
import { createDocumentLoaders, type DocumentLoaders } from '../documents/document-loaders';
import { DocumentsRepository } from '../documents/documents.repository';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { ParticipationEntity } from '../participants/participation.entity';
import { ParticipantsRepository } from '../participants/participants.repository';
import { MembershipObjectType } from '../access/membership.entity';
import { permissions } from '../access/permissions';
import type { Viewer } from '../auth/viewer';
import { MeetingsRepository } from '../meetings/meetings.repository';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { PersonEntity } from '../people/person.entity';
import { PeopleRepository } from '../people/people.repository';
import type { MembershipEntity } from '../access/membership.entity';
import { createRecommendationLoaders, type RecommendationLoaders } from '../recommendations/recommendation-loaders';
import { RecommendationsRepository } from '../recommendations/recommendations.repository';
import type { ActionItemEntity } from '../reports/action-item.entity';
import type { MeetingReportEntity } from '../reports/meeting-report.entity';
import type { ReportRevisionEntity } from '../reports/report-revision.entity';
import { type MeetingParticipation, ReportsRepository } from '../reports/reports.repository';
import type { MeetingPlanEntity } from '../study-groups/meeting-plan.entity';
import type { StudyGroupCommitteeEntity } from '../study-groups/study-group-committee.entity';
import type { StudyGroupEntity } from '../study-groups/study-group.entity';
import { StudyGroupsRepository } from '../study-groups/study-groups.repository';
import type { SubGroupEntity } from '../study-groups/sub-group.entity';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request batching: every relation field resolves through one of these, never a query per row. */
export interface Loaders {
  meeting: DataLoader<string, MeetingEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  organization: DataLoader<string, OrganizationEntity | null>;
  person: DataLoader<string, PersonEntity | null>;
  meetingOrganizers: DataLoader<string, OrganizationEntity[]>;
  /** Every role the viewer holds on each meeting, derived ones (GROUP_…) included. */
  meetingViewerRoles: DataLoader<string, string[]>;
  /** Organizations a person may convene meetings for, keyed by person id. */
  convenableOrganizations: DataLoader<string, OrganizationEntity[]>;
  agendaDays: DataLoader<string, AgendaDayEntity[]>;
  /** Items of one day, in order. */
  agendaItems: DataLoader<string, AgendaItemEntity[]>;
  /** Every item of one meeting, for naming items in warnings. */
  agendaItemsOfMeeting: DataLoader<string, { id: string; title: string }[]>;
  agendaWarnings: DataLoader<string, AgendaWarning[]>;
  agendaSubItems: DataLoader<string, AgendaSubItemEntity[]>;
  agendaSpeakers: DataLoader<string, AgendaSpeakerEntity[]>;
  agendaPapers: DataLoader<string, Omit<StoredFileEntity, 'data'>[]>;
  agendaChanges: DataLoader<string, AgendaChangeEntity[]>;
  participants: DataLoader<string, ParticipationEntity[]>;
  studyGroup: DataLoader<string, StudyGroupEntity | null>;
  /** Every role the viewer holds on each study group, derived ones included. */
  studyGroupViewerRoles: DataLoader<string, string[]>;
  studyGroupCommittees: DataLoader<string, StudyGroupCommitteeEntity[]>;
  studyGroupMembers: DataLoader<string, MembershipEntity[]>;
  subGroups: DataLoader<string, SubGroupEntity[]>;
  subGroupMemberIds: DataLoader<string, string[]>;
  meetingPlans: DataLoader<string, MeetingPlanEntity[]>;
  /** Open action items of the published reports of each study group. */
  openActionItemsOfGroup: DataLoader<string, ActionItemEntity[]>;
  reportOfMeeting: DataLoader<string, MeetingReportEntity | null>;
  currentRevision: DataLoader<string, ReportRevisionEntity | null>;
  reportRevisions: DataLoader<string, ReportRevisionEntity[]>;
  actionItems: DataLoader<string, ActionItemEntity[]>;
  participation: DataLoader<string, MeetingParticipation | undefined>;
  documents: DocumentLoaders;
  recommendations: RecommendationLoaders;
  /** Forgets what was loaded: a live subscription reloads fresh data for each event. */
  clearAll(): void;
}

function fromMap<V>(ids: readonly string[], map: Map<string, V[]>): V[][] {
  return ids.map((id) => map.get(id) ?? []);
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly people: PeopleRepository,
    private readonly meetings: MeetingsRepository,
    private readonly access: AccessRepository,
    private readonly agendas: AgendasRepository,
    private readonly agendasService: AgendasService,
    private readonly auth: AuthRepository,
    private readonly participantsRepository: ParticipantsRepository,
    private readonly studyGroups: StudyGroupsRepository,
    private readonly reports: ReportsRepository,
    private readonly documents: DocumentsRepository,
    private readonly recommendationsRepository: RecommendationsRepository,
  ) {}

  create(viewer: Viewer | null): Loaders {
    const organization = new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      byId(await this.organizations.findByIds(ids), ids),
    );
    const meeting = new DataLoader<string, MeetingEntity | null>(async (ids) =>
      byId(await this.meetings.findByIds(ids), ids),
    );
    const agendaItemsOfMeeting = new DataLoader<string, { id: string; title: string }[]>(async (ids) => {
      const rows = await this.agendas.itemsOfMeetings(this.agendas.manager, ids);
      return ids.map((id) => rows.filter((r) => r.meetingId === id).map((r) => ({ id: r.id, title: r.title })));
    });
    const loaders: Omit<Loaders, 'clearAll' | 'documents' | 'recommendations'> = {
      meeting,
      user: new DataLoader(async (ids) => byId(await this.auth.findUsersByIds(ids), ids)),
      organization,
      person: new DataLoader(async (ids) => byId(await this.people.findByIds(ids), ids)),
      meetingOrganizers: new DataLoader(async (ids) => {
        const map = await this.meetings.organizersOf(ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      meetingViewerRoles: new DataLoader(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        const roles = await this.access.rolesOn(viewer.personId, MembershipObjectType.MEETING, ids);
        return ids.map((id) => roles.get(id) ?? []);
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
      agendaDays: new DataLoader(async (ids) => fromMap(ids, await this.agendas.daysOf(ids))),
      agendaItems: new DataLoader(async (ids) => fromMap(ids, await this.agendas.itemsOfDays(ids))),
      agendaItemsOfMeeting,
      agendaWarnings: new DataLoader(async (ids) => {
        const meetings = (await meeting.loadMany(ids)).filter((m): m is MeetingEntity => !!m && !(m instanceof Error));
        const warnings = await this.agendasService.warningsFor(meetings);
        return ids.map((id) => warnings.get(id) ?? []);
      }),
      agendaSubItems: new DataLoader(async (ids) => fromMap(ids, await this.agendas.subItemsOf(ids))),
      agendaSpeakers: new DataLoader(async (ids) => fromMap(ids, await this.agendas.speakersOf(ids))),
      agendaPapers: new DataLoader(async (ids) => fromMap(ids, await this.agendas.papersOf(ids))),
      agendaChanges: new DataLoader(async (ids) => fromMap(ids, await this.agendas.changesOf(ids))),
      participants: new DataLoader(async (ids) => fromMap(ids, await this.participantsRepository.ofMeetings(ids))),
      studyGroup: new DataLoader(async (ids) => byId(await this.studyGroups.findByIds(ids), ids)),
      studyGroupViewerRoles: new DataLoader(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        const roles = await this.access.rolesOn(viewer.personId, MembershipObjectType.STUDY_GROUP, ids);
        return ids.map((id) => roles.get(id) ?? []);
      }),
      studyGroupCommittees: new DataLoader(async (ids) => fromMap(ids, await this.studyGroups.committeesOf(ids))),
      studyGroupMembers: new DataLoader(async (ids) => fromMap(ids, await this.studyGroups.membersOf(ids))),
      subGroups: new DataLoader(async (ids) => fromMap(ids, await this.studyGroups.subGroupsOf(ids))),
      subGroupMemberIds: new DataLoader(async (ids) => fromMap(ids, await this.studyGroups.subGroupMemberIds(ids))),
      meetingPlans: new DataLoader(async (ids) => fromMap(ids, await this.studyGroups.plansOf(ids))),
      openActionItemsOfGroup: new DataLoader(async (ids) =>
        fromMap(ids, await this.reports.openActionItemsOfGroups(ids)),
      ),
      reportOfMeeting: new DataLoader(async (ids) => {
        const rows = await this.reports.ofMeetings(ids);
        return ids.map((id) => rows.find((row) => row.meetingId === id) ?? null);
      }),
      currentRevision: new DataLoader(async (ids) => {
        const rows = await this.reports.currentRevisions(ids);
        return ids.map((id) => rows.find((row) => row.reportId === id) ?? null);
      }),
      reportRevisions: new DataLoader(async (ids) => fromMap(ids, await this.reports.revisionsOf(ids))),
      actionItems: new DataLoader(async (ids) => fromMap(ids, await this.reports.actionItemsOf(ids))),
      participation: new DataLoader(async (ids) => {
        const figures = await this.reports.participationOf(ids);
        return ids.map((id) => figures.get(id));
      }),
    };
    const documents = createDocumentLoaders(this.documents, this.access, viewer);
    const recommendations = createRecommendationLoaders(this.recommendationsRepository, this.access, viewer);
    return {
      ...loaders,
      documents,
      recommendations,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
        documents.clearAll();
        recommendations.clearAll();
      },
    };
  }
}
