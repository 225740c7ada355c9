import { EventEmitter, on } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import {
  DocumentDecision,
  DocumentStatus,
  InvitationState,
  isFollowUpOverdue,
  MeetingRole,
  MeetingStatus,
  RecipientResponse,
  RoundStatus,
} from '@plenary/shared';
import type pino from 'pino';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { grants } from '../access/permissions';
import type { Viewer } from '../common/viewer';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type DocumentAccess, documentAccess } from '../documents/document-visibility';
import { EventsService } from '../realtime/events.service';
import { followUpDueAt, today } from '../recommendations/recommendations.service';
import {
  HomeRepository,
  PAST_MEETINGS,
  type HomeDocumentRow,
  type HomeMeetingRow,
  type HomeRecipientRow,
} from './home.repository';
import type {
  HomeDocumentModel,
  HomeFollowUpModel,
  HomeMeetingModel,
  HomeModel,
  HomeRecipientModel,
} from './home.model';

/** A meeting's agenda ought to be adopted this many days before it opens. */
export const AGENDA_LEAD_DAYS = 21;
/** Follow-ups are listed this many days before they come due. */
export const FOLLOW_UP_LEAD_DAYS = 7;
/** A burst of changes (comments posted one after another, an agenda being rebuilt) is told once. */
export const HOME_EVENT_COALESCE_MS = 1_000;

/** Once a meeting has been held, nobody replies to its invitations any more. */
const repliesClosed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];
const agendaNotAdopted: readonly MeetingStatus[] = [MeetingStatus.PLANNED, MeetingStatus.AGENDA_PROVISIONAL];
const disposable: readonly DocumentStatus[] = [DocumentStatus.IN_COMMENT_ROUND, DocumentStatus.REVISING];

type DocumentItems = Pick<
  HomeModel,
  'roundsToAnswer' | 'roundsInProgress' | 'commentsToDispose' | 'returnedDocuments' | 'documentsToDecide'
>;
type MeetingItems = Pick<
  HomeModel,
  'invitations' | 'unansweredInvitations' | 'agendasToAdopt' | 'reportsToPublish' | 'upcomingMeetings' | 'pastMeetings'
>;

/**
 * The home page: what each person has to do, wherever they hold the role for it, and only what the
 * access rules let them open. A page costs the same few statements however much it lists: the
 * candidates of each kind in one statement, their roles in one more, the details in one each.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly repository: HomeRepository,
    private readonly access: AccessService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: pino.Logger,
  ) {}

  async home(viewer: Viewer): Promise<HomeModel> {
    const day = today();
    const [documents, followUps, meetings] = await Promise.all([
      this.documentItems(viewer, new Date()),
      this.followUps(viewer, day),
      this.meetingItems(viewer, day),
    ]);
    return { today: day, ...documents, followUps, ...meetings };
  }

  private async documentItems(viewer: Viewer, now: Date): Promise<DocumentItems> {
    const items: DocumentItems = {
      roundsToAnswer: [],
      roundsInProgress: [],
      commentsToDispose: [],
      returnedDocuments: [],
      documentsToDecide: [],
    };
    const rows = await this.repository.documents(viewer.personId);
    if (rows.length === 0) return items;
    const ids = rows.map((row) => row.id);
    const [roles, rounds, undisposed] = await Promise.all([
      this.access.roles(viewer, MembershipObjectType.DOCUMENT, ids),
      this.repository.openRounds(viewer.personId, ids),
      this.repository.undisposedComments(ids),
    ]);
    const documents = new Map<string, { row: HomeDocumentRow; access: DocumentAccess }>(
      rows.map((row) => [row.id, { row, access: documentAccess(row.status, roles.get(row.id) ?? []) }]),
    );

    for (const round of rounds) {
      const document = documents.get(round.documentId);
      if (!document) continue;
      const { row, access } = document;
      const path = `/documents/${row.id}`;
      if (access.draft) {
        items.roundsInProgress.push({
          id: round.id,
          number: round.number,
          versionNumber: round.versionNumber,
          document: toHomeDocument(row),
          opensAt: round.opensAt,
          closesAt: round.closesAt,
          recipientCount: round.recipients.length,
          notResponded: round.recipients
            .filter((recipient) => recipient.response === RecipientResponse.NOT_YET)
            .map(toHomeRecipient),
          viewerCanClose: access.edit,
          path: `${path}?tab=comments&round=${round.number}`,
          deadline: round.closesAt,
        });
        // Those who run the round follow it; their own committee's answer comes from its focal point.
        continue;
      }
      const mine = round.recipients.filter((recipient) => recipient.mine);
      if (!access.read || mine.length === 0 || round.opensAt > now) continue;
      items.roundsToAnswer.push({
        id: round.id,
        number: round.number,
        versionNumber: round.versionNumber,
        document: toHomeDocument(row),
        closesAt: round.closesAt,
        recipients: mine.map(toHomeRecipient),
        ownCommentCount: round.ownCommentCount,
        awaitingResponse: mine.some((recipient) => recipient.response === RecipientResponse.NOT_YET),
        path: `${path}?respond=1`,
        deadline: round.closesAt,
      });
    }

    for (const comments of undisposed) {
      const document = documents.get(comments.documentId);
      if (!document?.access.edit || !disposable.includes(document.row.status)) continue;
      items.commentsToDispose.push({
        id: comments.roundId,
        document: toHomeDocument(document.row),
        roundNumber: comments.number,
        roundOpen: comments.status === RoundStatus.OPEN,
        undisposedCount: comments.undisposedCount,
        commentCount: comments.commentCount,
        waitingSince: comments.waitingSince,
        path: `/documents/${comments.documentId}?tab=comments&round=${comments.number}&disposition=NONE`,
        deadline: null,
      });
    }

    for (const { row, access } of documents.values()) {
      if (access.edit && row.status === DocumentStatus.REVISING && row.decision === DocumentDecision.RETURNED) {
        items.returnedDocuments.push({
          id: row.id,
          document: toHomeDocument(row),
          returnedAt: row.decidedAt!,
          body: row.submittedTo,
          guidance: row.guidance ?? '',
          path: `/documents/${row.id}`,
          deadline: null,
        });
      }
      if (access.decide) {
        items.documentsToDecide.push({
          id: row.id,
          document: toHomeDocument(row),
          submittedAt: row.submittedAt,
          body: row.submittedTo,
          path: `/documents/${row.id}`,
          deadline: null,
        });
      }
    }

    items.roundsToAnswer.sort(byDeadline);
    items.roundsInProgress.sort(byDeadline);
    items.commentsToDispose.sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
    items.returnedDocuments.sort((a, b) => a.returnedAt.getTime() - b.returnedAt.getTime());
    items.documentsToDecide.sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
    return items;
  }

  /** Follow-ups overdue or due within the week, for staff of the secretariat that records them. */
  private async followUps(viewer: Viewer, day: string): Promise<HomeFollowUpModel[]> {
    const rows = await this.repository.followUps(viewer.personId, addDays(day, FOLLOW_UP_LEAD_DAYS));
    if (rows.length === 0) return [];
    const roles = await this.access.roles(
      viewer,
      MembershipObjectType.RECOMMENDATION,
      rows.map((row) => row.id),
    );
    return rows
      .filter((row) => grants('RecommendationTrack', roles.get(row.id) ?? []))
      .map((row) => ({
        id: row.id,
        number: row.number,
        text: row.text,
        sourceTitle: row.sourceTitle,
        status: row.status,
        nextFollowUpOn: row.nextFollowUpOn,
        overdue: isFollowUpOverdue(row.status, row.nextFollowUpOn, day),
        path: `/recommendations/${row.id}`,
        deadline: followUpDueAt(row.nextFollowUpOn, this.config.followUpReminderSeconds),
      }))
      .sort(
        (a, b) =>
          byDeadline(a, b) ||
          a.sourceTitle.localeCompare(b.sourceTitle) ||
          (a.number ?? Infinity) - (b.number ?? Infinity),
      );
  }

  private async meetingItems(viewer: Viewer, day: string): Promise<MeetingItems> {
    const items: MeetingItems = {
      invitations: [],
      unansweredInvitations: [],
      agendasToAdopt: [],
      reportsToPublish: [],
      upcomingMeetings: [],
      pastMeetings: [],
    };
    const rows = await this.repository.meetings(viewer.personId, day);
    if (rows.length === 0) return items;
    const roles = await this.access.roles(
      viewer,
      MembershipObjectType.MEETING,
      rows.map((row) => row.id),
    );
    const agendaHorizon = addDays(day, AGENDA_LEAD_DAYS);
    // Rows come soonest first.
    for (const row of rows) {
      const held = roles.get(row.id) ?? [];
      if (!grants('MeetingView', held)) continue;
      const meeting = toHomeMeeting(row);
      const path = `/meetings/${row.id}`;
      const over = row.endDate < day;
      const repliesOpen = !over && !repliesClosed.includes(row.status);
      const manages = grants('MeetingManage', held);
      if (over) items.pastMeetings.push(meeting);
      else items.upcomingMeetings.push(meeting);
      if (repliesOpen && row.viewerInvitation === InvitationState.INVITED) {
        items.invitations.push({ id: row.id, meeting, path: `${path}?tab=participants`, deadline: row.startsAt });
      }
      if (repliesOpen && manages && row.noReplyCount > 0) {
        items.unansweredInvitations.push({
          id: row.id,
          meeting,
          noReplyCount: row.noReplyCount,
          invitedCount: row.invitedCount,
          path: `${path}?tab=participants`,
          deadline: row.startsAt,
        });
      }
      if (!over && manages && agendaNotAdopted.includes(row.status) && row.startDate <= agendaHorizon) {
        items.agendasToAdopt.push({ id: row.id, meeting, path: `${path}?tab=agenda`, deadline: row.startsAt });
      }
      if (over && row.status !== MeetingStatus.REPORT_PUBLISHED && !row.groupConcluded && reportIsTheirs(held)) {
        items.reportsToPublish.push({
          id: row.id,
          meeting,
          reportStatus: row.reportStatus,
          path: `${path}?tab=report`,
          deadline: null,
        });
      }
    }
    items.pastMeetings = items.pastMeetings
      .sort((a, b) => b.endDate.localeCompare(a.endDate) || a.title.localeCompare(b.title))
      .slice(0, PAST_MEETINGS);
    // The longest-waiting report first.
    items.reportsToPublish.sort((a, b) => a.meeting.endDate.localeCompare(b.meeting.endDate));
    return items;
  }

  /**
   * Signals that the viewer's home page may have changed: a notification for them (a round opened,
   * an invitation, a decision, a follow-up come due), or a change to a document or meeting the page
   * is made of (a comment, a response, a reply). A burst is told once, so each reader asks for the
   * page at most once per burst. What the page holds is re-read when a notification says it may
   * have grown, and after the event listener reconnects (events sent meanwhile were lost).
   */
  async changes(viewer: Viewer): Promise<AsyncIterableIterator<unknown>> {
    const signals = new EventEmitter();
    const iterator = on(signals, 'change');
    let watched = { documents: new Set<string>(), meetings: new Set<string>() };
    let timer: NodeJS.Timeout | undefined;
    const signal = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        signals.emit('change');
      }, HOME_EVENT_COALESCE_MS);
    };
    const refresh = async () => {
      watched = await this.repository.watched(viewer.personId, today());
    };
    const refreshAndSignal = () => {
      refresh().then(signal, (error: unknown) => {
        this.logger.warn({ err: error }, 'Could not re-read what a home page is made of');
      });
    };
    const stops = [
      this.events.onTopic('person', (event) => {
        if (event.id === viewer.personId) refreshAndSignal();
      }),
      this.events.onTopic('document', (event) => {
        if (!event.presence && watched.documents.has(event.id)) signal();
      }),
      this.events.onTopic('meeting', (event) => {
        if (watched.meetings.has(event.id)) signal();
      }),
      this.events.onResume(refreshAndSignal),
    ];
    const stop = () => {
      clearTimeout(timer);
      for (const unsubscribe of stops) unsubscribe();
    };
    try {
      await refresh();
    } catch (error) {
      stop();
      throw error;
    }
    // Ending the subscription stops the listening at once, not at the next signal.
    const live: AsyncIterableIterator<unknown> = {
      next: () => iterator.next(),
      return: (value?: unknown) => {
        stop();
        return iterator.return!(value);
      },
      throw: (error?: unknown) => {
        stop();
        return iterator.throw!(error);
      },
      [Symbol.asyncIterator]: () => live,
    };
    return live;
  }
}

/**
 * A report is the work of those who run the meeting and of its rapporteur; a session's chair may
 * help write it, but it is not theirs to publish.
 */
function reportIsTheirs(held: readonly string[]): boolean {
  return grants('MeetingManage', held) || held.includes(MeetingRole.RAPPORTEUR);
}

function byDeadline(a: { deadline: Date | null }, b: { deadline: Date | null }): number {
  return (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity) || 0;
}

/** `date` moved by `days` calendar days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function toHomeDocument(row: HomeDocumentRow): HomeDocumentModel {
  return { id: row.id, title: row.title, kind: row.kind, status: row.status, ownerTitle: row.ownerTitle };
}

function toHomeRecipient(row: HomeRecipientRow): HomeRecipientModel {
  return {
    id: row.id,
    name: row.name,
    response: row.response,
    respondedAt: row.respondedAt === null ? null : new Date(row.respondedAt),
    isViewer: row.self,
  };
}

function toHomeMeeting(row: HomeMeetingRow): HomeMeetingModel {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    venue: row.venue,
    city: row.city,
    country: row.country,
    viewerRole: row.viewerRole,
    viewerInvitation: row.viewerInvitation,
    path: `/meetings/${row.id}`,
  };
}
