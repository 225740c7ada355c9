import { Injectable } from '@nestjs/common';
import {
  type ActionItemStatus,
  ActionItemStatus as ItemStatus,
  actionItemStatusLabels,
  Confidentiality,
  countryName,
  formatDateRange,
  paragraphs,
  participationSentence,
  ReportStatus,
  seriesLabel,
} from '@plenary/shared';
import type { Viewer } from '../common/viewer';
import { notFound } from '../common/domain-error';
import { ReportsRepository } from '../reports/reports.repository';
import { ReportsService } from '../reports/reports.service';
import { ExportsRepository, type ReportMeetingRow } from './exports.repository';

/** A meeting's report as the documents print it: every sentence already written out. */
export interface ReportExport {
  meeting: { id: string; title: string };
  status: ReportStatus;
  /** "Report of the Meeting of the CSCAP Study Group on …, 14 November 2011, Vladivostok, Russian Federation". */
  title: string;
  /** "Draft — not for circulation" until the report is published. */
  statusLine: string | null;
  /** "Held under the Chatham House rule" for such meetings. */
  confidentialityNote: string | null;
  /** The summary's paragraphs; the first opens with the series and participation sentences. */
  summary: string[];
  sections: { heading: string; paragraphs: string[] }[];
  /** "Draft the memorandum — Prof. 김태훈 (CSCAP Korea), due 1 March 2012". */
  nextTasks: string[];
}

export const DRAFT_LINE = 'Draft — not for circulation';
export const CHATHAM_HOUSE_NOTE = 'Held under the Chatham House rule';

/** Reads a meeting's report for the documents, after the same access check as the report itself. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
  ) {}

  async report(viewer: Viewer, meetingId: string): Promise<ReportExport> {
    const [found] = await this.repository.ofMeetings([meetingId]);
    if (!found) throw notFound('report');
    // Published reports for those who may see the meeting's outputs; drafts for writers and the group.
    const report = await this.reports.get(viewer, found.id);
    const [meeting, [revision], items, participation] = await Promise.all([
      this.exports.reportMeeting(report.meetingId),
      this.repository.currentRevisions([report.id]),
      this.repository.actionItemsOf([report.id]),
      this.repository.participationOf([report.meetingId]),
    ]);
    if (!meeting) throw notFound('report');
    const actionItems = items.get(report.id) ?? [];
    const owners = await this.exports.ownerNames(
      actionItems.map((i) => i.ownerPersonId).filter((id): id is string => !!id),
      actionItems.map((i) => i.ownerOrganizationId).filter((id): id is string => !!id),
    );
    const figures = participation.get(report.meetingId) ?? { experts: 0, memberCommittees: 0, otherOrganizations: 0 };

    const dates = formatDateRange(meeting.startDate, meeting.endDate);
    const place = [meeting.city, meeting.country ? countryName(meeting.country) : null].filter(Boolean).join(', ');
    const [first = '', ...rest] = paragraphs(revision?.summary ?? '');
    const opening = [seriesSentence(meeting, place, dates), participationSentence(figures), first]
      .filter(Boolean)
      .join(' ');
    return {
      meeting: { id: meeting.id, title: meeting.title },
      status: report.status,
      title: [
        meeting.studyGroupTitle
          ? `Report of the Meeting of the ${withoutArticle(meeting.studyGroupTitle)}`
          : `Report of the ${withoutArticle(meeting.title)}`,
        dates,
        place,
      ]
        .filter(Boolean)
        .join(', '),
      statusLine: report.status === ReportStatus.PUBLISHED ? null : DRAFT_LINE,
      confidentialityNote: meeting.confidentiality === Confidentiality.CHATHAM_HOUSE ? CHATHAM_HOUSE_NOTE : null,
      summary: [opening, ...rest],
      sections: (revision?.sections ?? []).map((section) => ({
        heading: section.heading,
        paragraphs: paragraphs(section.text),
      })),
      nextTasks: actionItems.map((item) =>
        nextTask(item, [
          item.ownerPersonId ? owners.people.get(item.ownerPersonId) : undefined,
          item.ownerOrganizationId ? owners.organizations.get(item.ownerOrganizationId) : undefined,
        ]),
      ),
    };
  }
}

/** "The third and final meeting of the CSCAP Study Group on … was held in Vladivostok, Russia on 14 November 2011." */
function seriesSentence(meeting: ReportMeetingRow, place: string, dates: string): string {
  const where = place ? ` in ${place}` : '';
  if (!meeting.studyGroupTitle) return `The ${withoutArticle(meeting.title)} was held${where} on ${dates}.`;
  const group = withoutArticle(meeting.studyGroupTitle);
  if (!meeting.sequenceNumber) return `A meeting of the ${group} was held${where} on ${dates}.`;
  const label = seriesLabel(meeting.sequenceNumber, meeting.plannedMeetings);
  return `The ${label.charAt(0).toLowerCase()}${label.slice(1)} of the ${group} was held${where} on ${dates}.`;
}

/** Titles are stored as printed; "the" is added by the sentence around them. */
function withoutArticle(title: string): string {
  return title.replace(/^the\s+/i, '');
}

function nextTask(
  item: { title: string; dueDate: string | null; status: ActionItemStatus },
  [person, organization]: (string | undefined)[],
): string {
  const owner = person && organization ? `${person} (${organization})` : (person ?? organization);
  const details = [owner, item.dueDate ? `due ${formatDateRange(item.dueDate, item.dueDate)}` : null]
    .filter(Boolean)
    .join(', ');
  const status = item.status === ItemStatus.OPEN ? '' : ` [${actionItemStatusLabels[item.status]}]`;
  return `${item.title}${details ? ` — ${details}` : ''}${status}`;
}
