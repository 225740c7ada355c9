import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import type { AgendaWarning } from '@plenary/shared';
import { groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { AgendaChangeEntity } from './agenda-change.entity';
import type { AgendaDayEntity } from './agenda-day.entity';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { AgendaSpeakerEntity } from './agenda-speaker.entity';
import type { AgendaSubItemEntity } from './agenda-sub-item.entity';
import { AgendasRepository } from './agendas.repository';
import { AgendasService } from './agendas.service';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    agendaDays: Loader<string, AgendaDayEntity[]>;
    /** Items of one day, in order. */
    agendaItems: Loader<string, AgendaItemEntity[]>;
    /** Every item of one meeting, for naming items in warnings. */
    agendaItemsOfMeeting: Loader<string, { id: string; title: string }[]>;
    agendaWarnings: Loader<string, AgendaWarning[]>;
    agendaSubItems: Loader<string, AgendaSubItemEntity[]>;
    agendaSpeakers: Loader<string, AgendaSpeakerEntity[]>;
    agendaPapers: Loader<string, Omit<StoredFileEntity, 'data'>[]>;
    agendaChanges: Loader<string, AgendaChangeEntity[]>;
    /** People each meeting's agenda names who are not yet on its list of participants. */
    agendaNamedNotListed: Loader<string, { personId: string; asChair: boolean }[]>;
  }
}

type AgendaLoaders = Pick<
  FeatureLoaders,
  | 'agendaDays'
  | 'agendaItems'
  | 'agendaItemsOfMeeting'
  | 'agendaWarnings'
  | 'agendaSubItems'
  | 'agendaSpeakers'
  | 'agendaPapers'
  | 'agendaChanges'
  | 'agendaNamedNotListed'
>;

@Injectable()
export class AgendasLoaders {
  constructor(
    private readonly agendas: AgendasRepository,
    private readonly agendasService: AgendasService,
  ) {}

  /** The warnings are checked against the meetings the request has already loaded. */
  create({ meeting }: Pick<FeatureLoaders, 'meeting'>): AgendaLoaders {
    return {
      agendaDays: new Loader(async (ids) => groupsOf(ids, await this.agendas.daysOf(ids))),
      agendaItems: new Loader(async (ids) => groupsOf(ids, await this.agendas.itemsOfDays(ids))),
      agendaItemsOfMeeting: new Loader(async (ids) => {
        const rows = await this.agendas.itemsOfMeetings(this.agendas.manager, ids);
        return ids.map((id) => rows.filter((r) => r.meetingId === id).map((r) => ({ id: r.id, title: r.title })));
      }),
      agendaWarnings: new Loader(async (ids) => {
        const meetings = (await meeting.loadMany(ids)).filter((m): m is MeetingEntity => !!m && !(m instanceof Error));
        const warnings = await this.agendasService.warningsFor(meetings);
        return ids.map((id) => warnings.get(id) ?? []);
      }),
      agendaSubItems: new Loader(async (ids) => groupsOf(ids, await this.agendas.subItemsOf(ids))),
      agendaSpeakers: new Loader(async (ids) => groupsOf(ids, await this.agendas.speakersOf(ids))),
      agendaPapers: new Loader(async (ids) => groupsOf(ids, await this.agendas.papersOf(ids))),
      agendaChanges: new Loader(async (ids) => groupsOf(ids, await this.agendas.changesOf(ids))),
      agendaNamedNotListed: new Loader(async (ids) => groupsOf(ids, await this.agendas.namedNotListed(ids))),
    };
  }
}
