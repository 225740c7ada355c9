import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AgendaWarning, MeetingRole } from '@plenary/shared';
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
  meetingViewerRoles: DataLoader<string, MeetingRole[]>;
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
    const loaders: Omit<Loaders, 'clearAll'> = {
      meeting,
      user: new DataLoader(async (ids) => byId(await this.auth.findUsersByIds(ids), ids)),
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
    };
    return {
      ...loaders,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
      },
    };
  }
}
