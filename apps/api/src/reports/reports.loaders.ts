import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { ActionItemEntity } from './action-item.entity';
import type { MeetingReportEntity } from './meeting-report.entity';
import type { ReportRevisionEntity } from './report-revision.entity';
import { type MeetingParticipation, ReportsRepository } from './reports.repository';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    /** Open action items of the published reports of each study group. */
    openActionItemsOfGroup: Loader<string, ActionItemEntity[]>;
    reportOfMeeting: Loader<string, MeetingReportEntity | null>;
    currentRevision: Loader<string, ReportRevisionEntity | null>;
    reportRevisions: Loader<string, ReportRevisionEntity[]>;
    actionItems: Loader<string, ActionItemEntity[]>;
    /** Who took part in each meeting, as its report counts them. */
    participation: Loader<string, MeetingParticipation | undefined>;
  }
}

type ReportLoaders = Pick<
  FeatureLoaders,
  'openActionItemsOfGroup' | 'reportOfMeeting' | 'currentRevision' | 'reportRevisions' | 'actionItems' | 'participation'
>;

@Injectable()
export class ReportsLoaders {
  constructor(private readonly reports: ReportsRepository) {}

  create(): ReportLoaders {
    return {
      openActionItemsOfGroup: new Loader(async (ids) => groupsOf(ids, await this.reports.openActionItemsOfGroups(ids))),
      reportOfMeeting: new Loader(async (ids) => {
        const rows = await this.reports.ofMeetings(ids);
        return ids.map((id) => rows.find((row) => row.meetingId === id) ?? null);
      }),
      currentRevision: new Loader(async (ids) => {
        const rows = await this.reports.currentRevisions(ids);
        return ids.map((id) => rows.find((row) => row.reportId === id) ?? null);
      }),
      reportRevisions: new Loader(async (ids) => groupsOf(ids, await this.reports.revisionsOf(ids))),
      actionItems: new Loader(async (ids) => groupsOf(ids, await this.reports.actionItemsOf(ids))),
      participation: new Loader(async (ids) => {
        const figures = await this.reports.participationOf(ids);
        return ids.map((id) => figures.get(id));
      }),
    };
  }
}
