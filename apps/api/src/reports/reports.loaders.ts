import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import type { ActionItemEntity } from './action-item.entity';
import type { MeetingReportEntity } from './meeting-report.entity';
import type { ReportRevisionEntity } from './report-revision.entity';
import { type MeetingParticipation, ReportsRepository } from './reports.repository';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    /** Open action items of the published reports of each study group. */
    openActionItemsOfGroup: DataLoader<string, ActionItemEntity[]>;
    reportOfMeeting: DataLoader<string, MeetingReportEntity | null>;
    currentRevision: DataLoader<string, ReportRevisionEntity | null>;
    reportRevisions: DataLoader<string, ReportRevisionEntity[]>;
    actionItems: DataLoader<string, ActionItemEntity[]>;
    /** Who took part in each meeting, as its report counts them. */
    participation: DataLoader<string, MeetingParticipation | undefined>;
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
      openActionItemsOfGroup: new DataLoader(async (ids) =>
        groupsOf(ids, await this.reports.openActionItemsOfGroups(ids)),
      ),
      reportOfMeeting: new DataLoader(async (ids) => {
        const rows = await this.reports.ofMeetings(ids);
        return ids.map((id) => rows.find((row) => row.meetingId === id) ?? null);
      }),
      currentRevision: new DataLoader(async (ids) => {
        const rows = await this.reports.currentRevisions(ids);
        return ids.map((id) => rows.find((row) => row.reportId === id) ?? null);
      }),
      reportRevisions: new DataLoader(async (ids) => groupsOf(ids, await this.reports.revisionsOf(ids))),
      actionItems: new DataLoader(async (ids) => groupsOf(ids, await this.reports.actionItemsOf(ids))),
      participation: new DataLoader(async (ids) => {
        const figures = await this.reports.participationOf(ids);
        return ids.map((id) => figures.get(id));
      }),
    };
  }
}
