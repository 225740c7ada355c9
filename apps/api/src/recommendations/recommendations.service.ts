import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  evidenceRequiredStatuses,
  excerpt,
  formatLongDate,
  isWebAddress,
  isFollowUpOverdue,
  limits,
  NotificationKind,
  numberParagraphs,
  ParagraphKind,
  RecommendationStatus,
  recommendationStatusLabels,
  recommendationStatusMachine,
  webAddressMessage,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { grants } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { optionalText, requiredText } from '../common/text';
import { checkAddressees, checkIssueAreas } from '../documents/recommendation-content';
import { type NoPayload, RecurringJob } from '../jobs/job-handler.decorator';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { AddRecommendationInput, ChangeRecommendationStatusInput } from './dto/recommendation.input';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';
import { type RegistryFilter, RecommendationsRepository } from './recommendations.repository';

export const FOLLOW_UP_DUE_JOB = 'notify-follow-ups-due';

declare module '../jobs/job-handler.decorator' {
  interface JobPayloads {
    [FOLLOW_UP_DUE_JOB]: NoPayload;
  }
}

/** The registry as one viewer may see it under one set of filters. */
export interface Registry {
  recommendations: RecommendationEntity[];
  updates: RecommendationUpdateEntity[];
  /** The viewer's roles on each recommendation listed. */
  roles: Map<string, string[]>;
  today: string;
}

/**
 * The recommendation registry (PRODUCT.md, "Recommendation follow-up"): recommendations adopted
 * in documents or added by a secretariat, their status moves with dated evidence, and the follow-up
 * dates that remind the secretariat responsible.
 */
@Injectable()
export class RecommendationsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecommendationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly organizations: OrganizationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Tells what has come due and asks for a run at the next date. Each follow-up date has its own
   * run, scheduled when the date is set (and the next one after every run); the hourly sweep only
   * catches what those would miss.
   */
  @RecurringJob(FOLLOW_UP_DUE_JOB, '0 * * * *')
  async followUpsDue(): Promise<void> {
    await this.notifyDueFollowUps(followUpDateDue(new Date(), this.config.followUpReminderSeconds));
    await this.scheduleNextFollowUp();
  }

  /** Follow-ups that came due while no replica ran are told at once, not at the next sweep. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(this.dataSource.manager, FOLLOW_UP_DUE_JOB, {}, new Date());
  }

  async get(viewer: Viewer, id: string): Promise<RecommendationEntity> {
    const recommendation = await this.repository.findById(this.repository.manager, id);
    if (!recommendation) throw notFound('recommendation');
    await this.access.require(viewer, 'RecommendationView', [id]);
    return recommendation;
  }

  /** The filtered registry, narrowed to what the viewer may see, with the history the charts need. */
  async registry(viewer: Viewer, filter: RegistryFilter): Promise<Registry> {
    if (filter.year !== null && filter.year !== undefined && (filter.year < 1900 || filter.year > 2200)) {
      throw invalid('year', 'Give a year such as 2021.');
    }
    const date = today();
    const candidates = await this.repository.filtered(filter, date);
    const roles = await this.access.roles(
      viewer,
      MembershipObjectType.RECOMMENDATION,
      candidates.map((r) => r.id),
    );
    const recommendations = candidates.filter((r) => grants('RecommendationView', roles.get(r.id) ?? []));
    const updates = recommendations.length ? await this.repository.updatesOf(recommendations.map((r) => r.id)) : [];
    return { recommendations, updates, roles, today: date };
  }

  /** The documents recommendations came from, among those the viewer may see. */
  async documentSources(viewer: Viewer): Promise<{ documentId: string; title: string }[]> {
    const rows = await this.repository.documentSources();
    const allowed = await this.access.allowedIds(
      viewer,
      'RecommendationView',
      rows.map((r) => r.id),
    );
    const documents = new Map<string, string>();
    for (const row of rows) if (allowed.has(row.id)) documents.set(row.documentId, row.title);
    return [...documents].map(([documentId, title]) => ({ documentId, title }));
  }

  /**
   * Registers the recommendation paragraphs of a document's final version, in the caller's
   * transaction (the approval or the publication). A paragraph is registered once, however often
   * this runs.
   */
  async registerFromDocument(manager: EntityManager, documentId: string, viewer: Viewer): Promise<number> {
    const { source, paragraphs } = await this.repository.adoptedParagraphs(manager, documentId);
    if (!source?.responsibleId) return 0;
    // Adopted when the body approved it; a document published without an approval, on publication.
    const adoptedOn = source.approvedOn ?? today();
    const numbered = numberParagraphs(paragraphs.map((p) => ({ ...p, kind: p.kind as ParagraphKind })));
    const created = await this.repository.insert(
      manager,
      numbered
        .filter((p) => p.kind === ParagraphKind.RECOMMENDATION)
        .map((p) => ({
          documentId,
          paragraphId: p.paragraphId,
          versionId: source.versionId,
          studyGroupId: source.studyGroupId,
          meetingId: source.meetingId,
          sourceTitle: source.title,
          sourceUrl: null,
          number: p.recommendationNumber,
          text: p.text,
          addressees: p.addressees,
          issueAreas: p.issueAreas,
          status: RecommendationStatus.ADOPTED,
          responsibleId: source.responsibleId!,
          adoptedOn,
          nextFollowUpOn: null,
          createdById: viewer.personId,
        })),
    );
    for (const recommendation of created) {
      await this.repository.insertUpdate(manager, {
        recommendationId: recommendation.id,
        fromStatus: null,
        toStatus: RecommendationStatus.ADOPTED,
        occurredOn: adoptedOn,
        note: `Adopted in "${source.title}".`,
        evidenceUrl: null,
        evidenceFileId: null,
        recordedById: viewer.personId,
      });
    }
    return created.length;
  }

  /** A secretariat enters a recommendation of an output produced elsewhere. */
  async add(viewer: Viewer, input: AddRecommendationInput): Promise<RecommendationEntity> {
    await this.access.require(viewer, 'OrganizationConvene', [input.responsibleId]);
    const text = requiredText('text', input.text, limits.longText);
    const sourceTitle = requiredText('sourceTitle', input.sourceTitle, limits.title);
    const sourceUrl = checkUrl('sourceUrl', input.sourceUrl);
    if (input.number !== null && input.number !== undefined && (input.number < 1 || input.number > 10_000)) {
      throw invalid('number', 'A recommendation number is a positive whole number.');
    }
    const adoptedOn = input.adoptedOn;
    if (adoptedOn > today()) throw invalid('adoptedOn', 'The adoption date is in the future.', 'INVALID_DATE');
    if (input.nextFollowUpOn && input.nextFollowUpOn < adoptedOn) {
      throw new DomainError('DATES_OUT_OF_ORDER', 'The follow-up date is before the adoption.', {
        field: 'nextFollowUpOn',
      });
    }
    const issueAreas = checkIssueAreas(input.issueAreas ?? []);
    if (input.studyGroupId) await this.access.require(viewer, 'StudyGroupView', [input.studyGroupId]);
    if (input.meetingId) await this.access.require(viewer, 'MeetingView', [input.meetingId]);
    return this.dataSource.transaction(async (manager) => {
      const addressees = await checkAddressees(this.organizations, manager, input.addressees ?? []);
      const [created] = await this.repository.insert(manager, [
        {
          documentId: null,
          paragraphId: null,
          versionId: null,
          studyGroupId: input.studyGroupId ?? null,
          meetingId: input.meetingId ?? null,
          sourceTitle,
          sourceUrl,
          number: input.number ?? null,
          text,
          addressees,
          issueAreas,
          status: RecommendationStatus.ADOPTED,
          responsibleId: input.responsibleId,
          adoptedOn,
          nextFollowUpOn: input.nextFollowUpOn ?? null,
          createdById: viewer.personId,
        },
      ]);
      await this.repository.insertUpdate(manager, {
        recommendationId: created!.id,
        fromStatus: null,
        toStatus: RecommendationStatus.ADOPTED,
        occurredOn: adoptedOn,
        note: `Adopted in "${sourceTitle}"; entered by the secretariat.`,
        evidenceUrl: sourceUrl,
        evidenceFileId: null,
        recordedById: viewer.personId,
      });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'RECOMMENDATION',
        objectId: created!.id,
        action: 'recommendation.added',
        toState: RecommendationStatus.ADOPTED,
      });
      await this.scheduleFollowUp(manager, created!.nextFollowUpOn);
      return created!;
    });
  }

  /**
   * The responsible secretariat records a move along the follow-up, dated, with a note and, where
   * the move claims something of the addressee, evidence. Moves outside the shared table are refused.
   */
  async changeStatus(viewer: Viewer, input: ChangeRecommendationStatusInput): Promise<RecommendationEntity> {
    const note = requiredText('note', input.note, limits.longText);
    const evidenceUrl = checkUrl('evidenceUrl', input.evidenceUrl);
    const occurredOn = input.occurredOn ?? today();
    if (occurredOn > today()) throw invalid('occurredOn', 'That date is in the future.', 'INVALID_DATE');
    await this.get(viewer, input.recommendationId);
    await this.access.require(viewer, 'RecommendationTrack', [input.recommendationId]);
    return this.dataSource.transaction(async (manager) => {
      const current = (await this.repository.findById(manager, input.recommendationId, true))!;
      if (!recommendationStatusMachine.canTransition(current.status, input.status)) {
        const allowed = recommendationStatusMachine.next(current.status);
        throw new DomainError(
          'INVALID_TRANSITION',
          `A recommendation that is ${recommendationStatusLabels[current.status].toLowerCase()} can move to ${
            allowed.length
              ? allowed.map((s) => recommendationStatusLabels[s].toLowerCase()).join(' or ')
              : 'nothing else'
          }.`,
          { field: 'status', from: current.status, allowed },
        );
      }
      if (evidenceRequiredStatuses.includes(input.status) && !evidenceUrl && !input.evidenceFileId) {
        throw invalid(
          'evidenceUrl',
          `Moving to "${recommendationStatusLabels[input.status]}" needs evidence: a link or an uploaded file.`,
          'EVIDENCE_REQUIRED',
        );
      }
      if (input.evidenceFileId && !(await this.repository.fileBelongsTo(manager, input.evidenceFileId, current.id))) {
        throw invalid('evidenceFileId', 'Upload the evidence to this recommendation first.', 'UNKNOWN_FILE');
      }
      const last = await this.repository.lastUpdate(manager, current.id);
      if (occurredOn < (last?.occurredOn ?? current.adoptedOn)) {
        throw new DomainError(
          'DATES_OUT_OF_ORDER',
          `That date is before the last step in its history (${formatLongDate(last?.occurredOn ?? current.adoptedOn)}).`,
          { field: 'occurredOn' },
        );
      }
      const closing = recommendationStatusMachine.next(input.status).length === 0;
      const nextFollowUpOn = input.nextFollowUpOn !== undefined ? input.nextFollowUpOn : closing ? null : undefined;
      if (nextFollowUpOn && nextFollowUpOn <= occurredOn) {
        throw new DomainError('DATES_OUT_OF_ORDER', 'The next follow-up must come after this step.', {
          field: 'nextFollowUpOn',
        });
      }
      await this.repository.update(manager, current.id, { status: input.status, nextFollowUpOn });
      await this.scheduleFollowUp(manager, nextFollowUpOn ?? null);
      await this.repository.insertUpdate(manager, {
        recommendationId: current.id,
        fromStatus: current.status,
        toStatus: input.status,
        occurredOn,
        note,
        evidenceUrl,
        evidenceFileId: input.evidenceFileId ?? null,
        recordedById: viewer.personId,
      });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'RECOMMENDATION',
        objectId: current.id,
        action: 'recommendation.status_changed',
        fromState: current.status,
        toState: input.status,
        data: { occurredOn },
      });
      return (await this.repository.findById(manager, current.id))!;
    });
  }

  async setFollowUp(viewer: Viewer, id: string, nextFollowUpOn: string | null): Promise<RecommendationEntity> {
    await this.get(viewer, id);
    await this.access.require(viewer, 'RecommendationTrack', [id]);
    return this.dataSource.transaction(async (manager) => {
      const current = (await this.repository.findById(manager, id, true))!;
      if (nextFollowUpOn && nextFollowUpOn < current.adoptedOn) {
        throw new DomainError('DATES_OUT_OF_ORDER', 'The follow-up date is before the adoption.', {
          field: 'nextFollowUpOn',
        });
      }
      await this.repository.update(manager, id, { nextFollowUpOn });
      await this.scheduleFollowUp(manager, nextFollowUpOn);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'RECOMMENDATION',
        objectId: id,
        action: 'recommendation.follow_up_set',
        data: { from: current.nextFollowUpOn, to: nextFollowUpOn },
      });
      return (await this.repository.findById(manager, id))!;
    });
  }

  /**
   * Tells the responsible secretariat about each follow-up that has come due. Keyed by the date
   * due, so each is sent once per date however many replicas run the hourly job.
   */
  async notifyDueFollowUps(on: string): Promise<number> {
    let notified = 0;
    for (const due of await this.repository.dueFollowUps(on)) {
      await this.dataSource.transaction(async (manager) => {
        const people = await this.notifications.notify(manager, {
          personIds: due.personIds,
          kind: NotificationKind.FOLLOW_UP_DUE,
          title: `Follow-up due: ${due.number ? `recommendation ${due.number} of ` : ''}${due.sourceTitle}`,
          body: `${excerpt(due.text)} The follow-up was due on ${formatLongDate(due.dueOn)}.`,
          path: `/recommendations/${due.id}`,
          objectId: due.id,
          dedupeKey: (personId) => `FOLLOW_UP_DUE:${due.id}:${due.dueOn}:${personId}`,
        });
        notified += people.length;
      });
    }
    return notified;
  }

  overdue(recommendation: RecommendationEntity, on = today()): boolean {
    return isFollowUpOverdue(recommendation.status, recommendation.nextFollowUpOn, on);
  }

  /**
   * Asks for a run when a follow-up dated `on` comes due, in the caller's transaction: at once if it
   * already has. Every follow-up of a date shares that date's run.
   */
  private async scheduleFollowUp(manager: EntityManager, on: string | null): Promise<void> {
    if (!on) return;
    const dueAt = followUpDueAt(on, this.config.followUpReminderSeconds);
    if (dueAt.getTime() <= Date.now()) {
      await this.jobs.schedule(manager, FOLLOW_UP_DUE_JOB, {}, new Date());
    } else {
      await this.jobs.schedule(manager, FOLLOW_UP_DUE_JOB, {}, dueAt, dueAt.toISOString());
    }
  }

  /** Asks for a run when the next follow-up comes due, for dates set outside this service (the demo data). */
  private async scheduleNextFollowUp(): Promise<void> {
    const due = followUpDateDue(new Date(), this.config.followUpReminderSeconds);
    const next = await this.repository.nextFollowUpAfter(due);
    if (next) await this.scheduleFollowUp(this.dataSource.manager, next);
  }
}

/** When a follow-up dated `on` comes due: that day, at the reminder time (UTC). */
export function followUpDueAt(on: string, reminderSeconds: number): Date {
  return new Date(Date.parse(`${on}T00:00:00Z`) + reminderSeconds * 1000);
}

/** The latest follow-up date that has come due at `now`. */
export function followUpDateDue(now: Date, reminderSeconds: number): string {
  return new Date(now.getTime() - reminderSeconds * 1000).toISOString().slice(0, 10);
}

/** Today in UTC, as YYYY-MM-DD: follow-up dates are calendar dates. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkUrl(field: string, value: string | null | undefined): string | null {
  const text = optionalText(field, value, 2_000);
  if (!text) return null;
  if (!isWebAddress(text)) throw invalid(field, webAddressMessage, 'INVALID_URL');
  return new URL(text).toString();
}
