import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addressedName,
  type AttributionMode,
  DocumentDecision,
  DocumentStatus,
  documentStatusLabels,
  documentStatusMachine,
  editableDocumentStatuses,
  formatInstant,
  type HistoryFacts,
  limits,
  NotificationKind,
  numberParagraphs,
  ParagraphKind,
  RecipientResponse,
  roundReminderDays,
  RoundStatus,
  StudyGroupRole,
} from '@plenary/shared';
import { AccessRepository } from '../access/access.repository';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { DocumentRole } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { groupBy } from '../common/group-by';
import { sanitizeRichText } from '../common/rich-text';
import { optionalText, requiredText, uniqueIds } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs/jobs.service';
import { requireOrganizations } from '../organizations/organizations.service';
import { notificationMailText, NotificationsService } from '../notifications/notifications.service';
import { composeMailText } from '../mail/mail-text';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { EventsService } from '../realtime/events.service';
import type { CommentEntity } from './comment.entity';
import { checkAddressees, checkIssueAreas } from './recommendation-content';
import { type CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { documentAccess, type DocumentAccess } from './document-access';
import type { DocumentEntity } from './document.entity';
import type { DocumentVersionEntity } from './document-version.entity';
import { compareVersions, type DocumentComparison } from './document-comparison';

export type { DocumentComparison, ParagraphComparison } from './document-comparison';
import {
  type AnswersFor,
  decidedNotice,
  type DocumentFacts,
  dispositionNotice,
  draftersCapacity,
  type Notice,
  publishedNotice,
  roundClosingNotice,
  roundOpenedNotice,
  signature,
  submittedNotice,
} from './document-notices';
import {
  type AudienceMember,
  type DocumentOwner,
  DocumentsRepository,
  type ParagraphValues,
} from './documents.repository';
import type {
  AddParagraphInput,
  CirculateDocumentInput,
  CreateDocumentInput,
  DecideDocumentInput,
  DeleteParagraphInput,
  DisposeCommentsInput,
  EditCommentInput,
  MergeParagraphsInput,
  MoveParagraphInput,
  ParagraphContentInput,
  PostCommentInput,
  PublishDocumentInput,
  RespondToRoundInput,
  SaveParagraphInput,
  SetDocumentDraftersInput,
  SplitParagraphInput,
} from './dto/document.input';
import type { VersionParagraphEntity } from './paragraph.entity';
import type { CommentView, DocumentLoaders } from './document-loaders';

/** Who a round would reach, before it is circulated. */
export interface CirculationAudience {
  document: DocumentEntity;
  owner: DocumentOwner;
  organizationIds: string[];
  personIds: string[];
  members: AudienceMember[];
  /** The group to which the viewer may name members; null when they may not. */
  studyGroupId: string | null;
  /** Recipients that are committees of that group. */
  nameableOrganizationIds: Set<string>;
}

/** One audited step of a document, with what it recorded, as the history shows it. */
export type HistoryRow = Omit<HistoryFacts, 'closesAt'> & {
  id: string;
  at: Date;
  actorPersonId: string | null;
  closesAt: Date | null;
};

export const CLOSE_ROUND_JOB = 'close-comment-round';
/** A sweep each minute for rounds past their deadline whose own job is missing (e.g. rounds loaded as data). */
export const CLOSE_DUE_ROUNDS_JOB = 'close-due-comment-rounds';
export const REMIND_ROUND_JOB = 'remind-comment-round';
export const REMIND_DUE_ROUNDS_JOB = 'remind-due-comment-rounds';
const DAY_MS = 86_400_000;

const MAX_PARAGRAPHS = 2_000;
const MAX_RECIPIENTS = 200;
const MAX_DRAFTERS = 50;
const PARAGRAPH_TEXT = limits.longText;
const COMMENT_TEXT = 10_000;

/**
 * The memorandum workflow (PRODUCT.md): drafting together, circulation in comment rounds,
 * comments and responses, dispositions, then finalising, submission, decision and publication.
 * Every change runs in one transaction, is audited when it moves the workflow, and is announced
 * to everyone looking at the document.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentsRepository,
    private readonly access: AccessService,
    private readonly memberships: AccessRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly recommendations: RecommendationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.handle(CLOSE_ROUND_JOB, async (data) => {
      await this.closeAtDeadline(String(data.roundId));
    });
    jobs.every(CLOSE_DUE_ROUNDS_JOB, '* * * * *', async () => {
      for (const id of await this.repository.openRoundsPastDeadline()) await this.closeAtDeadline(id);
    });
    jobs.handle(REMIND_ROUND_JOB, async (data) => {
      await this.remindRound(String(data.roundId), Number(data.days));
    });
    // Catches what has no job of its own (rounds loaded as data, or scheduled before a restore).
    jobs.every(REMIND_DUE_ROUNDS_JOB, '*/10 * * * *', async () => {
      for (const round of await this.repository.openRoundsWithin(Math.max(...roundReminderDays) * DAY_MS)) {
        for (const days of roundReminderDays) await this.remindRound(round, days);
      }
    });
  }

  /** The document and what the viewer may do with it; NOT_FOUND when they may not see it. */
  async get(viewer: Viewer, id: string): Promise<{ document: DocumentEntity; access: DocumentAccess }> {
    const document = await this.repository.findById(this.dataSource.manager, id);
    if (!document) throw notFound('document');
    const roles = (await this.access.roles(viewer, MembershipObjectType.DOCUMENT, [id])).get(id) ?? [];
    const access = documentAccess(document.status, roles);
    if (!access.visible) throw notFound('document');
    return { document, access };
  }

  async create(viewer: Viewer, input: CreateDocumentInput): Promise<DocumentEntity> {
    const title = requiredText('title', input.title, limits.title);
    if (!input.studyGroupId === !input.meetingId) {
      throw invalid('studyGroupId', 'A document belongs to a study group or to a meeting: name one of them.');
    }
    if (input.studyGroupId) await this.access.require(viewer, 'StudyGroupManage', [input.studyGroupId]);
    if (input.meetingId) await this.access.require(viewer, 'MeetingManage', [input.meetingId]);
    return this.change(null, async (manager) => {
      const document = await this.repository.insert(manager, {
        kind: input.kind,
        title,
        studyGroupId: input.studyGroupId ?? null,
        meetingId: input.meetingId ?? null,
        createdById: viewer.personId,
      });
      await this.repository.insertVersion(manager, document.id, 1);
      await this.record(manager, viewer, document.id, 'document.created', { toState: document.status });
      return document.id;
    });
  }

  /**
   * Names who drafts a meeting's document besides those who run the meeting, replacing those named
   * before. Drafters are taken from the meeting's participants, and stop drafting if they leave it.
   */
  async setDrafters(viewer: Viewer, input: SetDocumentDraftersInput): Promise<DocumentEntity> {
    const personIds = uniqueIds('personIds', input.personIds, MAX_DRAFTERS);
    const { document, access } = await this.get(viewer, input.documentId);
    const meetingId = document.meetingId;
    if (!meetingId) {
      throw invalid(
        'documentId',
        'Drafters are named for a meeting’s documents; a study group’s co-chairs draft its own.',
      );
    }
    if (!access.nameDrafters) {
      throw new DomainError('NOT_PERMITTED', 'Only the meeting’s organisers and secretariat name its drafters.');
    }
    return this.change(document.id, async (manager) => {
      const participants = await this.repository.participantsAmong(manager, meetingId, personIds);
      if (personIds.some((id) => !participants.has(id))) {
        throw invalid('personIds', 'Drafters are named from the meeting’s participants.', 'NOT_A_PARTICIPANT');
      }
      await this.memberships.setRoleHolders(
        manager,
        { objectType: MembershipObjectType.DOCUMENT, objectId: document.id, role: DocumentRole.DRAFTER },
        personIds,
      );
      await this.record(manager, viewer, document.id, 'document.drafters_named', { data: { personIds } });
    });
  }

  // Drafting

  async addParagraph(viewer: Viewer, input: AddParagraphInput): Promise<DocumentEntity> {
    const values = await this.checkContent(input.content);
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const order = await this.repository.order(manager, version.id);
      if (order.length >= MAX_PARAGRAPHS) throw invalid('afterParagraphId', `At most ${MAX_PARAGRAPHS} paragraphs.`);
      const at = input.afterParagraphId ? order.indexOf(input.afterParagraphId) + 1 : 0;
      if (input.afterParagraphId && at === 0) throw unknownParagraph('afterParagraphId');
      const id = await this.repository.insertParagraph(
        manager,
        input.documentId,
        version.id,
        order.length,
        values,
        viewer.personId,
      );
      order.splice(at, 0, id);
      await this.repository.reorder(manager, version.id, order);
    });
  }

  /**
   * Saves one paragraph of the working version. A save made from an older revision than the
   * current one is refused with VERSION_CONFLICT, carrying the current text, so the co-chair can
   * reconcile the two; nothing is overwritten unseen.
   */
  async saveParagraph(viewer: Viewer, input: SaveParagraphInput): Promise<VersionParagraphEntity> {
    const values = await this.checkContent(input.content);
    let saved: VersionParagraphEntity | undefined;
    await this.edit(viewer, input.documentId, 'share', async (manager, version) => {
      const ok = await this.repository.updateParagraph(
        manager,
        version.id,
        input.paragraphId,
        input.baseRevision,
        values,
        viewer.personId,
      );
      if (!ok) await this.conflictOrMissing(manager, version.id, input.paragraphId, 'paragraphId');
      saved = (await this.repository.paragraph(manager, version.id, input.paragraphId))!;
    });
    return saved!;
  }

  /** Splits a paragraph in two: the first part keeps its identity (and its comments), the second is new. */
  async splitParagraph(viewer: Viewer, input: SplitParagraphInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const current = await this.currentParagraph(manager, version.id, input.paragraphId, input.baseRevision);
      const before = sanitizeRichText('beforeHtml', input.beforeHtml, PARAGRAPH_TEXT);
      const after = sanitizeRichText('afterHtml', input.afterHtml, PARAGRAPH_TEXT);
      if (!before.text || !after.text) throw invalid('afterHtml', 'Both parts of a split paragraph need text.');
      const keep = { ...valuesOf(current), ...before };
      await this.repository.updateParagraph(
        manager,
        version.id,
        current.paragraphId,
        current.revision,
        keep,
        viewer.personId,
      );
      const order = await this.repository.order(manager, version.id);
      const id = await this.repository.insertParagraph(
        manager,
        input.documentId,
        version.id,
        order.length,
        { ...valuesOf(current), ...after },
        viewer.personId,
      );
      order.splice(order.indexOf(current.paragraphId) + 1, 0, id);
      await this.repository.reorder(manager, version.id, order);
    });
  }

  /** Appends the next paragraph to this one. Comments on the merged paragraph follow it here. */
  async mergeParagraphs(viewer: Viewer, input: MergeParagraphsInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const first = await this.currentParagraph(manager, version.id, input.paragraphId, input.baseRevision);
      const next = await this.currentParagraph(manager, version.id, input.nextParagraphId, input.nextBaseRevision);
      if (next.position !== first.position + 1) {
        throw invalid('nextParagraphId', 'Only a paragraph and the one right after it can be merged.');
      }
      const merged = sanitizeRichText('html', joinHtml(first.html, next.html), PARAGRAPH_TEXT);
      await this.repository.updateParagraph(
        manager,
        version.id,
        first.paragraphId,
        first.revision,
        { ...valuesOf(first), ...merged },
        viewer.personId,
      );
      await this.repository.deleteParagraph(manager, version.id, next.paragraphId);
      await this.repository.markMerged(manager, next.paragraphId, first.paragraphId);
      const order = (await this.repository.order(manager, version.id)).filter((id) => id !== next.paragraphId);
      await this.repository.reorder(manager, version.id, order);
    });
  }

  async moveParagraph(viewer: Viewer, input: MoveParagraphInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const order = await this.repository.order(manager, version.id);
      if (!order.includes(input.paragraphId)) throw unknownParagraph('paragraphId');
      if (input.afterParagraphId === input.paragraphId) {
        throw invalid('afterParagraphId', 'A paragraph cannot move after itself.');
      }
      const rest = order.filter((id) => id !== input.paragraphId);
      const at = input.afterParagraphId ? rest.indexOf(input.afterParagraphId) + 1 : 0;
      if (input.afterParagraphId && at === 0) throw unknownParagraph('afterParagraphId');
      rest.splice(at, 0, input.paragraphId);
      await this.repository.reorder(manager, version.id, rest);
    });
  }

  /** Deletes a paragraph from the working version; earlier versions, and comments on it, keep it. */
  async deleteParagraph(viewer: Viewer, input: DeleteParagraphInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      await this.currentParagraph(manager, version.id, input.paragraphId, input.baseRevision);
      await this.repository.deleteParagraph(manager, version.id, input.paragraphId);
      const order = (await this.repository.order(manager, version.id)).filter((id) => id !== input.paragraphId);
      await this.repository.reorder(manager, version.id, order);
    });
  }

  /** Tells the other co-chairs where the viewer is editing; null when they stop. Nothing is stored. */
  async setPresence(viewer: Viewer, documentId: string, paragraphId: string | null): Promise<boolean> {
    const { access } = await this.get(viewer, documentId);
    if (!access.draft) throw new DomainError('NOT_PERMITTED', 'Only the drafters and the secretariat see the draft.');
    await this.events.publish({
      topic: 'document',
      id: documentId,
      presence: { personId: viewer.personId, paragraphId },
    });
    return true;
  }

  // Circulation and rounds

  /**
   * Freezes the working version as the next circulated version and opens a comment round for it.
   * The round closes by itself at its deadline (a durable job), unless a co-chair closes it first.
   */
  async circulate(viewer: Viewer, input: CirculateDocumentInput): Promise<DocumentEntity> {
    const instructions = optionalText('instructions', input.instructions, limits.longText) ?? '';
    const organizationIds = uniqueIds('organizationIds', input.organizationIds, MAX_RECIPIENTS);
    const personIds = uniqueIds('personIds', input.personIds, MAX_RECIPIENTS);
    if (organizationIds.length + personIds.length === 0) {
      throw invalid('organizationIds', 'Name at least one committee, institution or expert to circulate to.');
    }
    const opensAt = input.opensAt ?? new Date();
    checkDate('opensAt', opensAt);
    checkDate('closesAt', input.closesAt);
    if (input.closesAt <= opensAt) {
      throw new DomainError('DATES_OUT_OF_ORDER', 'The round must close after it opens.', { field: 'closesAt' });
    }
    if (input.closesAt <= new Date()) throw invalid('closesAt', 'The closing time has already passed.', 'INVALID_DATE');
    let roundNumber = 0;
    const document = await this.transition(
      viewer,
      input.documentId,
      'edit',
      DocumentStatus.IN_COMMENT_ROUND,
      async (manager, doc) => {
        await requireOrganizations(manager, organizationIds, { field: 'organizationIds' });
        await this.requirePeople(manager, personIds);
        const version = await this.repository.workingVersion(manager, doc.id);
        if (!version) throw new DomainError('DOCUMENT_NOT_EDITABLE', 'The document has no working version.');
        const order = await this.repository.order(manager, version.id);
        if (order.length === 0)
          throw new DomainError('DOCUMENT_EMPTY', 'Write at least one paragraph before circulating.');
        const rounds = await this.repository.roundsOf([doc.id]);
        roundNumber = rounds.length + 1;
        await this.repository.freeze(manager, version.id, false);
        const round = await this.repository.insertRound(manager, {
          documentId: doc.id,
          versionId: version.id,
          number: roundNumber,
          opensAt,
          closesAt: input.closesAt,
          instructions,
          attribution: input.attribution,
        });
        await this.repository.insertRecipients(manager, round.id, organizationIds, personIds);
        await this.repository.copyVersion(manager, version.id, doc.id, version.number + 1);
        await this.jobs.schedule(manager, CLOSE_ROUND_JOB, { roundId: round.id }, input.closesAt);
        const previous = await this.repository.versionByNumber(manager, doc.id, version.number - 1);
        await this.audit.record(manager, {
          actorUserId: viewer.userId,
          objectType: 'COMMENT_ROUND',
          objectId: round.id,
          action: 'round.opened',
          toState: RoundStatus.OPEN,
          data: {
            documentId: doc.id,
            version: version.number,
            round: roundNumber,
            changes: previous ? await this.repository.versionChanges(manager, previous.id, version.id) : null,
          },
        });
        for (const days of roundReminderDays) {
          const at = new Date(input.closesAt.getTime() - days * DAY_MS);
          // A round shorter than the reminder's lead time gets no such reminder: the opening notice says when it closes.
          if (at > opensAt) {
            await this.jobs.schedule(manager, REMIND_ROUND_JOB, { roundId: round.id, days }, at);
          }
        }
        const facts = await this.facts(manager, doc);
        const actor = await this.nameOf(manager, viewer.personId);
        const roundFacts = {
          number: roundNumber,
          versionNumber: version.number,
          opensAt,
          closesAt: input.closesAt,
          instructions,
          attribution: input.attribution,
        };
        const answers = await this.answersByPerson(
          manager,
          await this.repository.audience(manager, organizationIds, personIds),
        );
        await this.notifications.notify(manager, {
          kind: NotificationKind.ROUND_OPENED,
          objectId: round.id,
          signature: await this.draftersSignature(manager, facts, viewer.personId),
          ...perPerson(answers, (answering) =>
            roundOpenedNotice(facts, roundFacts, actor, answering, this.config.publicUrl),
          ),
        });
      },
    );
    return document;
  }

  /**
   * Whom a round with these recipients would reach, asked before circulating: the people of each
   * committee, institution and expert, as the round itself will tell them, and the committees of
   * the group to which the viewer may name someone.
   */
  async circulationAudience(
    viewer: Viewer,
    input: { documentId: string; organizationIds: readonly string[]; personIds: readonly string[] },
  ): Promise<CirculationAudience> {
    const organizationIds = uniqueIds('organizationIds', input.organizationIds, MAX_RECIPIENTS);
    const personIds = uniqueIds('personIds', input.personIds, MAX_RECIPIENTS);
    const { document, access } = await this.get(viewer, input.documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters circulate it.');
    const manager = this.dataSource.manager;
    await requireOrganizations(manager, organizationIds, { field: 'organizationIds' });
    await this.requirePeople(manager, personIds);
    const owner = await this.repository.ownerOf(manager, document.id);
    const group = owner.group;
    // Co-chairs and the secretariat manage the group's members; they may name someone for a committee.
    const manages = !!group && (await this.access.allowedIds(viewer, 'StudyGroupManage', [group.id])).has(group.id);
    const committees = manages ? new Set(await this.repository.committeesOfGroup(manager, group.id)) : new Set();
    return {
      document,
      owner,
      organizationIds,
      personIds,
      members: await this.repository.audience(manager, organizationIds, personIds),
      studyGroupId: manages ? group.id : null,
      nameableOrganizationIds: new Set(organizationIds.filter((id) => committees.has(id))),
    };
  }

  /**
   * The e-mail a round with these recipients and dates would send, as the first person told who
   * has an address would read it; null when nobody has one.
   */
  async roundMailPreview(
    viewer: Viewer,
    audience: CirculationAudience,
    input: { opensAt?: Date | null; closesAt: Date; instructions?: string | null; attribution: AttributionMode },
  ): Promise<{ to: string; subject: string; text: string } | null> {
    checkDate('closesAt', input.closesAt);
    if (input.opensAt) checkDate('opensAt', input.opensAt);
    const instructions = optionalText('instructions', input.instructions, limits.longText) ?? '';
    const to = audience.members.find((member) => member.hasEmail);
    if (!to) return null;
    const manager = this.dataSource.manager;
    const { document } = audience;
    const facts: DocumentFacts = { id: document.id, title: document.title, kind: document.kind, owner: audience.owner };
    const [working, rounds, answers] = await Promise.all([
      this.repository.workingVersion(manager, document.id),
      this.repository.roundsOf([document.id]),
      this.answersByPerson(manager, audience.members),
    ]);
    const notice = roundOpenedNotice(
      facts,
      {
        number: rounds.length + 1,
        versionNumber: working?.number ?? 1,
        opensAt: input.opensAt ?? new Date(),
        closesAt: input.closesAt,
        instructions,
        attribution: input.attribution,
      },
      await this.nameOf(manager, viewer.personId),
      answers.get(to.personId)!,
      this.config.publicUrl,
    );
    const text = notificationMailText(
      to,
      {
        body: notice.body,
        path: notice.path,
        mailText: notice.mailText,
        signature: await this.draftersSignature(manager, facts, viewer.personId),
      },
      this.config.publicUrl,
    );
    return { to: addressedName(to), subject: notice.title, text: composeMailText(text).shown };
  }

  /** A co-chair closes the round before (or at) its deadline. */
  async closeRound(viewer: Viewer, roundId: string): Promise<CommentRoundEntity> {
    const round = await this.roundOrNotFound(viewer, roundId);
    const closed = () => new DomainError('ROUND_CLOSED', 'The round is already closed.');
    await this.transition(
      viewer,
      round.documentId,
      'edit',
      DocumentStatus.REVISING,
      async (manager) => {
        const locked = await this.repository.findRound(manager, roundId, 'update');
        if (locked?.status !== RoundStatus.OPEN) throw closed();
        await this.closeLocked(manager, locked, viewer);
      },
      // Only one round is open at a time: a document no longer out for comment has none open.
      closed,
    );
    return (await this.repository.findRound(this.dataSource.manager, roundId))!;
  }

  /**
   * Closes a round whose deadline has passed. Runs from the durable job; any replica may run it,
   * any number of times: the row lock and the status check make the close happen once.
   */
  async closeAtDeadline(roundId: string): Promise<boolean> {
    let documentId: string | undefined;
    const closed = await this.dataSource.transaction(async (manager) => {
      const round = await this.repository.findRound(manager, roundId);
      if (!round) return false;
      await this.repository.findById(manager, round.documentId, 'update');
      const locked = await this.repository.findRound(manager, roundId, 'update');
      if (locked?.status !== RoundStatus.OPEN) return false;
      const { pastDeadline } = await this.repository.openNow(manager, roundId);
      if (!pastDeadline) return false;
      await this.closeLocked(manager, locked, null);
      documentId = round.documentId;
      return true;
    });
    if (documentId) await this.events.publish({ topic: 'document', id: documentId });
    return closed;
  }

  /**
   * Reminds the recipients who have not responded that the round closes in `days` days. Sent only
   * inside that reminder's window (from `days` before the close until the next reminder's), and
   * only if the round was already open when the window began. Each reminder has a key per person,
   * so it is sent once however many replicas, retries or sweeps attempt it.
   */
  async remindRound(roundId: string, days: number): Promise<number> {
    if (!roundReminderDays.includes(days as (typeof roundReminderDays)[number])) return 0;
    const shorter = roundReminderDays.filter((d) => d < days);
    const nextReminder = shorter.length ? Math.max(...shorter) : 0;
    return this.dataSource.transaction(async (manager) => {
      const round = await this.repository.findRound(manager, roundId, 'share');
      if (round?.status !== RoundStatus.OPEN) return 0;
      const now = Date.now();
      const closes = round.closesAt.getTime();
      const windowOpens = closes - days * DAY_MS;
      if (now < windowOpens || now >= closes - nextReminder * DAY_MS) return 0;
      if (round.opensAt.getTime() >= windowOpens) return 0;
      const document = (await this.repository.findById(manager, round.documentId))!;
      // Reminders stop for a committee once it has responded, and for an expert once they have.
      const waiting = (await manager.find(RoundRecipientEntity, { where: { roundId: round.id } })).filter(
        (r) => r.response === RecipientResponse.NOT_YET,
      );
      const answers = await this.answersByPerson(
        manager,
        await this.repository.audience(
          manager,
          waiting.flatMap((r) => r.organizationId ?? []),
          waiting.flatMap((r) => r.personId ?? []),
        ),
      );
      const facts = await this.facts(manager, document);
      const people = await this.notifications.notify(manager, {
        kind: NotificationKind.ROUND_CLOSING,
        objectId: round.id,
        signature: await this.draftersSignature(manager, facts, null),
        dedupeKey: (personId) => `ROUND_CLOSING:${round.id}:${days}:${personId}`,
        ...perPerson(answers, (answering) => roundClosingNotice(facts, round, days, answering, this.config.publicUrl)),
      });
      return people.length;
    });
  }

  private async closeLocked(manager: EntityManager, round: CommentRoundEntity, viewer: Viewer | null): Promise<void> {
    await this.repository.closeRound(manager, round.id, viewer?.personId ?? null);
    await this.audit.record(manager, {
      actorUserId: viewer?.userId ?? null,
      objectType: 'COMMENT_ROUND',
      objectId: round.id,
      action: viewer ? 'round.closed' : 'round.closed_at_deadline',
      fromState: RoundStatus.OPEN,
      toState: RoundStatus.CLOSED,
      data: { documentId: round.documentId },
    });
    const document = await this.repository.findById(manager, round.documentId);
    if (document?.status === DocumentStatus.IN_COMMENT_ROUND) {
      await this.repository.setStatus(manager, document.id, DocumentStatus.REVISING);
      await this.audit.record(manager, {
        actorUserId: viewer?.userId ?? null,
        objectType: 'DOCUMENT',
        objectId: document.id,
        action: 'document.status_changed',
        fromState: DocumentStatus.IN_COMMENT_ROUND,
        toState: DocumentStatus.REVISING,
      });
    }
  }

  /**
   * A recipient comments on a paragraph of the circulated version. The round row is share-locked
   * for the whole insert, so a comment racing the close either commits before it or sees the round
   * closed and is refused.
   */
  async postComment(viewer: Viewer, input: PostCommentInput): Promise<CommentEntity> {
    const body = requiredText('body', input.body, COMMENT_TEXT);
    const quote = optionalText('quote', input.quote, 2_000);
    const round = await this.roundOrNotFound(viewer, input.roundId);
    let created: CommentEntity | undefined;
    await this.change(round.documentId, async (manager) => {
      const locked = await this.lockOpenRound(manager, round.id);
      const recipients = await this.repository.recipientsFor(manager, round.id, viewer.personId);
      if (recipients.length === 0) {
        throw new DomainError('NOT_A_RECIPIENT', 'This round was not sent to you or to a committee you belong to.');
      }
      if (input.speaksForId) {
        const committees = await this.repository.committeesOf(manager, viewer.personId);
        if (!committees.has(input.speaksForId)) {
          throw new DomainError('NOT_YOUR_COMMITTEE', 'You can only speak for a committee you belong to.', {
            field: 'speaksForId',
          });
        }
      }
      const paragraph = await this.repository.paragraph(manager, locked.versionId, input.paragraphId);
      if (!paragraph) throw unknownParagraph('paragraphId');
      if (quote && !quotes(paragraph.text, quote)) {
        throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
      }
      created = await this.repository.insertComment(manager, {
        roundId: round.id,
        paragraphId: input.paragraphId,
        quote,
        kind: input.kind,
        body,
        authorId: viewer.personId,
        speaksForId: input.speaksForId ?? null,
      });
      // The recipient the comment speaks for has now commented, unless it already answered otherwise.
      const answering = recipients.find((r) =>
        input.speaksForId ? r.organizationId === input.speaksForId : r.personId === viewer.personId,
      );
      if (answering?.response === RecipientResponse.NOT_YET) {
        await this.repository.respond(manager, answering.id, RecipientResponse.COMMENTED, '', viewer.personId);
      }
      return round.documentId;
    });
    return created!;
  }

  async editComment(viewer: Viewer, id: string, input: EditCommentInput): Promise<CommentEntity> {
    const body = requiredText('body', input.body, COMMENT_TEXT);
    const quote = optionalText('quote', input.quote, 2_000);
    return this.changeOwnComment(viewer, id, async (manager, comment, round) => {
      if (quote) {
        const paragraph = await this.repository.paragraph(manager, round.versionId, comment.paragraphId);
        if (!paragraph || !quotes(paragraph.text, quote)) {
          throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
        }
      }
      await this.repository.updateComments(manager, [id], { kind: input.kind, body, quote });
    });
  }

  async withdrawComment(viewer: Viewer, id: string): Promise<CommentEntity> {
    return this.changeOwnComment(viewer, id, async (manager) => {
      await this.repository.updateComments(manager, [id], { withdrawnAt: new Date() });
    });
  }

  /** A recipient's answer to the round: for themselves, or for a committee they belong to. */
  async respond(viewer: Viewer, input: RespondToRoundInput): Promise<RoundRecipientEntity> {
    const note = optionalText('note', input.note, 2_000) ?? '';
    if (input.response === RecipientResponse.NOT_YET) {
      throw invalid('response', 'Choose a response.');
    }
    const recipient = await this.repository.findRecipient(this.dataSource.manager, input.recipientId);
    if (!recipient) throw notFound('recipient');
    const round = await this.roundOrNotFound(viewer, recipient.roundId);
    await this.change(round.documentId, async (manager) => {
      await this.lockOpenRound(manager, round.id);
      const mine = await this.repository.recipientsFor(manager, round.id, viewer.personId);
      if (!mine.some((r) => r.id === recipient.id)) {
        throw new DomainError('NOT_YOUR_COMMITTEE', 'You can answer only for yourself or a committee you belong to.', {
          field: 'recipientId',
        });
      }
      await this.repository.respond(manager, recipient.id, input.response, note, viewer.personId);
      return round.documentId;
    });
    return (await this.repository.findRecipient(this.dataSource.manager, recipient.id))!;
  }

  // Dispositions

  /** The co-chairs' answer to one or many comments of the same document. */
  async dispose(viewer: Viewer, input: DisposeCommentsInput): Promise<CommentEntity[]> {
    const ids = uniqueIds('commentIds', input.commentIds, 1_000);
    if (ids.length === 0) throw invalid('commentIds', 'Choose at least one comment.');
    const reply = optionalText('reply', input.reply, COMMENT_TEXT);
    const comments = await this.repository.findComments(this.dataSource.manager, ids);
    if (comments.length !== ids.length) throw notFound('comment');
    const rounds = await this.repository.roundsOfComments(comments);
    const documentIds = new Set(rounds.map((r) => r.documentId));
    if (documentIds.size !== 1) throw invalid('commentIds', 'Dispose of comments on one document at a time.');
    const documentId = [...documentIds][0]!;
    const { access } = await this.get(viewer, documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters dispose of comments.');
    await this.change(documentId, async (manager) => {
      const document = await this.repository.findById(manager, documentId, 'share');
      if (document?.status !== DocumentStatus.IN_COMMENT_ROUND && document?.status !== DocumentStatus.REVISING) {
        throw new DomainError('DOCUMENT_NOT_EDITABLE', 'Dispositions are given while the document is being revised.');
      }
      const locked = await this.repository.findComments(manager, ids, true);
      if (locked.some((c) => c.withdrawnAt)) {
        throw invalid('commentIds', 'A withdrawn comment needs no disposition.');
      }
      if (input.answeredByParagraphId) {
        const known = await this.repository.paragraphIdsOf(manager, documentId, [input.answeredByParagraphId]);
        if (!known.size) throw unknownParagraph('answeredByParagraphId');
      }
      await this.repository.updateComments(manager, ids, {
        disposition: input.disposition,
        ...(reply !== null ? { reply } : {}),
        ...(input.answeredByParagraphId !== undefined ? { answeredById: input.answeredByParagraphId } : {}),
        disposedById: viewer.personId,
        disposedAt: new Date(),
      });
      const texts = groupBy(await this.repository.paragraphsOf(rounds.map((r) => r.versionId)), (p) => p.versionId);
      const numberIn = new Map(
        rounds.map((round) => [
          round.id,
          new Map(numberParagraphs(texts.get(round.versionId) ?? []).map((p) => [p.paragraphId, p.number])),
        ]),
      );
      const roundOf = new Map(rounds.map((round) => [round.id, round]));
      const facts = await this.facts(manager, document);
      const actor = await this.nameOf(manager, viewer.personId);
      const byAuthor = groupBy(
        locked.filter((c) => c.authorId !== viewer.personId),
        (c) => c.authorId,
      );
      await this.notifications.notify(manager, {
        kind: NotificationKind.DISPOSITION_PUBLISHED,
        objectId: documentId,
        signature: await this.draftersSignature(manager, facts, viewer.personId),
        ...perPerson(byAuthor, (comments) =>
          dispositionNotice(
            facts,
            actor,
            comments
              .map((c) => ({
                paragraphId: c.paragraphId,
                paragraphNumber: numberIn.get(c.roundId)?.get(c.paragraphId) ?? null,
                roundNumber: roundOf.get(c.roundId)!.number,
              }))
              .sort((a, b) => a.roundNumber - b.roundNumber || (a.paragraphNumber ?? 0) - (b.paragraphNumber ?? 0)),
            input.disposition,
            reply,
            this.config.publicUrl,
          ),
        ),
      });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'DOCUMENT',
        objectId: documentId,
        action: 'comments.disposed',
        data: {
          count: locked.length,
          disposition: input.disposition,
          round: new Set(rounds.map((r) => r.number)).size === 1 ? rounds[0]!.number : null,
        },
      });
      return documentId;
    });
    return this.repository.findComments(this.dataSource.manager, ids);
  }

  // Finalise, submit, decide, publish

  /** Freezes the working version as the final text; every comment of the last round needs a disposition. */
  async finalise(viewer: Viewer, documentId: string): Promise<DocumentEntity> {
    return this.transition(viewer, documentId, 'edit', DocumentStatus.FINAL, async (manager, doc) => {
      const rounds = await this.repository.roundsOf([doc.id]);
      const last = rounds.at(-1);
      if (last) {
        const undisposed = await this.repository.undisposedCount(manager, last.id);
        if (undisposed > 0) {
          throw new DomainError(
            'UNDISPOSED_COMMENTS',
            `${undisposed} comment${undisposed === 1 ? '' : 's'} of round ${last.number} still need${undisposed === 1 ? 's' : ''} a disposition.`,
            { count: undisposed },
          );
        }
      }
      const version = await this.repository.workingVersion(manager, doc.id);
      if (!version) throw new DomainError('DOCUMENT_NOT_EDITABLE', 'The document has no working version.');
      if ((await this.repository.order(manager, version.id)).length === 0) {
        throw new DomainError('DOCUMENT_EMPTY', 'The final text has no paragraphs.');
      }
      await this.repository.freeze(manager, version.id, true);
      const previous = await this.repository.versionByNumber(manager, doc.id, version.number - 1);
      return {
        version: version.number,
        changes: previous ? await this.repository.versionChanges(manager, previous.id, version.id) : null,
      };
    });
  }

  /** Submits the final version to the body the study group reports to, whose members are told. */
  async submit(viewer: Viewer, documentId: string): Promise<DocumentEntity> {
    return this.transition(viewer, documentId, 'edit', DocumentStatus.SUBMITTED, async (manager, doc) => {
      const facts = await this.facts(manager, doc);
      const bodyId = facts.owner.group?.reportsToId;
      if (!bodyId) {
        throw new DomainError('NO_REPORTING_BODY', 'There is no body to submit to: the study group reports to none.');
      }
      await this.repository.setStatus(manager, doc.id, DocumentStatus.SUBMITTED, {
        submittedToId: bodyId,
        submittedAt: new Date(),
      });
      const final = (await this.repository.versionsOf([doc.id])).filter((v) => v.isFinal).at(-1)!;
      const bodyName = (await this.repository.organizationNames(manager, [bodyId])).get(bodyId)!.name;
      const notice = submittedNotice(
        facts,
        await this.nameOf(manager, viewer.personId),
        final.number,
        bodyName,
        this.config.publicUrl,
      );
      await this.notifications.notify(manager, {
        kind: NotificationKind.DOCUMENT_SUBMITTED,
        objectId: doc.id,
        signature: await this.draftersSignature(manager, facts, viewer.personId),
        ...fromNotices(new Map((await this.repository.bodyMembers(manager, bodyId)).map((id) => [id, notice]))),
      });
      return { version: final.number, bodyName };
    });
  }

  /**
   * The body's decision, taken at one of its meetings: approved, or returned with guidance, which
   * reopens revision in a new working version. The drafters and the body's members are told.
   */
  async decide(viewer: Viewer, input: DecideDocumentInput): Promise<DocumentEntity> {
    const guidance = optionalText('guidance', input.guidance, limits.longText) ?? '';
    const note = optionalText('note', input.note, limits.longText) ?? '';
    const meetingReference = optionalText('meetingReference', input.meetingReference, limits.shortText) ?? '';
    if (input.decision === DocumentDecision.RETURNED && !guidance) {
      throw invalid('guidance', 'Say what the drafters should revise.');
    }
    // A body meets somewhere on Earth: its today may already be tomorrow in UTC.
    const latest = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
    if (input.meetingDate > latest) {
      throw invalid('meetingDate', 'The meeting that decided cannot be in the future.', 'INVALID_DATE');
    }
    const to = input.decision === DocumentDecision.APPROVED ? DocumentStatus.APPROVED : DocumentStatus.REVISING;
    // A body member sees the text from its submission on; a second decision meets one already recorded.
    const notAwaiting = (current: DocumentStatus) =>
      new DomainError(
        'INVALID_TRANSITION',
        current === DocumentStatus.APPROVED || current === DocumentStatus.PUBLISHED
          ? 'The decision on this text has already been recorded: it was approved.'
          : 'This text was returned for revision; it awaits no decision until it is submitted again.',
        { current, allowed: documentStatusMachine.next(current) },
      );
    return this.transition(
      viewer,
      input.documentId,
      'decide',
      to,
      async (manager, doc) => {
        const submittedOn = new Date(doc.submittedAt!.getTime() - DAY_MS).toISOString().slice(0, 10);
        if (input.meetingDate < submittedOn) {
          throw invalid(
            'meetingDate',
            `The text was submitted on ${formatInstant(doc.submittedAt!)}; the body decided at a meeting after that.`,
            'INVALID_DATE',
          );
        }
        const versions = await this.repository.versionsOf([doc.id]);
        const final = versions.filter((v) => v.isFinal).at(-1)!;
        await this.repository.insertDecision(manager, {
          documentId: doc.id,
          versionId: final.id,
          decision: input.decision,
          guidance,
          note,
          meetingDate: input.meetingDate,
          meetingReference,
          decidedById: viewer.personId,
        });
        if (to === DocumentStatus.REVISING) {
          await this.repository.copyVersion(manager, final.id, doc.id, versions.at(-1)!.number + 1);
        } else {
          await this.recommendations.registerFromDocument(manager, doc.id, viewer);
        }
        const bodyName = (await this.repository.organizationNames(manager, [doc.submittedToId!])).get(
          doc.submittedToId!,
        )!.name;
        const recordedBy = await this.nameOf(manager, viewer.personId);
        const decision = {
          decision: input.decision,
          versionNumber: final.number,
          bodyName,
          meetingDate: input.meetingDate,
          meetingReference,
          guidance,
          note,
          recordedBy,
        };
        const facts = await this.facts(manager, doc);
        const drafters = new Set(await this.repository.draftersOf(manager, doc.id));
        const members = await this.repository.bodyMembers(manager, doc.submittedToId!);
        await this.notifications.notify(manager, {
          kind: NotificationKind.DOCUMENT_DECIDED,
          objectId: doc.id,
          signature: signature([recordedBy], `For the ${bodyName}`),
          ...fromNotices(
            new Map(
              [...drafters, ...members].map((id) => [
                id,
                // The drafters find the decision and its guidance in the document's history.
                decidedNotice(
                  facts,
                  decision,
                  drafters.has(id) ? `/documents/${doc.id}?tab=history` : `/documents/${doc.id}`,
                  this.config.publicUrl,
                ),
              ]),
            ),
          ),
        });
        return {
          version: final.number,
          decision: input.decision,
          bodyName,
          guidance,
          note,
          meetingDate: input.meetingDate,
          meetingReference,
        };
      },
      notAwaiting,
    );
  }

  /** Publishes the approved text and sends it to the dissemination list, whose people are told. */
  async publish(viewer: Viewer, input: PublishDocumentInput): Promise<DocumentEntity> {
    const organizationIds = uniqueIds('organizationIds', input.organizationIds, MAX_RECIPIENTS);
    const personIds = uniqueIds('personIds', input.personIds, MAX_RECIPIENTS);
    return this.transition(viewer, input.documentId, 'publish', DocumentStatus.PUBLISHED, async (manager, doc) => {
      await requireOrganizations(manager, organizationIds, { field: 'organizationIds' });
      await this.requirePeople(manager, personIds);
      await this.repository.setStatus(manager, doc.id, DocumentStatus.PUBLISHED, { publishedAt: new Date() });
      await this.repository.insertDissemination(manager, doc.id, organizationIds, personIds);
      // Approved before the registry existed, or published without approval: registered now, once.
      await this.recommendations.registerFromDocument(manager, doc.id, viewer);
      const facts = await this.facts(manager, doc);
      const actor = await this.nameOf(manager, viewer.personId);
      const approvedBy = doc.submittedToId
        ? ((await this.repository.organizationNames(manager, [doc.submittedToId])).get(doc.submittedToId)?.name ?? null)
        : null;
      const answers = await this.answersByPerson(
        manager,
        await this.repository.audience(manager, organizationIds, personIds),
      );
      await this.notifications.notify(manager, {
        kind: NotificationKind.DOCUMENT_PUBLISHED,
        objectId: doc.id,
        signature: await this.publisherSignature(manager, viewer, facts),
        ...perPerson(answers, (sentTo) => publishedNotice(facts, actor, approvedBy, sentTo, this.config.publicUrl)),
      });
      return { sentToOrganizations: organizationIds.length, sentToPeople: personIds.length };
    });
  }

  // Reading

  /** A word-by-word comparison of two versions, paragraph by paragraph identity. */
  async compare(viewer: Viewer, documentId: string, from: number, to: number): Promise<DocumentComparison> {
    const { access } = await this.get(viewer, documentId);
    const versions = visibleVersions(access, await this.repository.versionsOf([documentId]));
    const older = versions.find((v) => v.number === from);
    const newer = versions.find((v) => v.number === to);
    if (!older) throw invalid('from', `There is no version ${from} you may see.`, 'UNKNOWN_VERSION');
    if (!newer) throw invalid('to', `There is no version ${to} you may see.`, 'UNKNOWN_VERSION');
    const rows = await this.repository.paragraphsOf([older.id, newer.id]);
    return {
      from,
      to,
      paragraphs: compareVersions(
        rows.filter((r) => r.versionId === older.id),
        rows.filter((r) => r.versionId === newer.id),
      ),
    };
  }

  paragraphsOf(versionId: string): Promise<VersionParagraphEntity[]> {
    return this.repository.paragraphsOf([versionId]);
  }

  /** One comment as the viewer sees it, placed on its round's version. */
  async commentView(viewer: Viewer, id: string, loaders: DocumentLoaders): Promise<CommentView> {
    const [comment] = await this.repository.findComments(this.dataSource.manager, [id]);
    if (!comment) throw notFound('comment');
    const round = (await this.repository.findRound(this.dataSource.manager, comment.roundId))!;
    const index = await loaders.versionComments.load(`${round.documentId}:${round.versionId}`);
    const placed = [...index.byParagraph.values(), ...index.removed.map((r) => r.comments)].flat();
    return (
      placed.find((view) => view.comment.id === id) ?? {
        comment,
        round,
        attributed: comment.authorId === viewer.personId,
        paragraphThen: { number: null, text: '' },
        changedSince: false,
      }
    );
  }

  /** The audited steps of the document and its rounds, oldest first, with what each step recorded. */
  history(documentId: string): Promise<HistoryRow[]> {
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.action, e.from_state AS "fromState", e.to_state AS "toState", e.at,
              u.person_id AS "actorPersonId",
              COALESCE(r.number, (e.data->>'round')::int) AS "roundNumber",
              COALESCE(rv.number, (e.data->>'version')::int) AS "versionNumber",
              CASE WHEN e.action = 'round.opened' THEN r.closes_at END AS "closesAt",
              (e.data->>'count')::int AS "commentCount",
              e.data->>'disposition' AS disposition,
              CASE WHEN e.action = 'document.drafters_named' THEN jsonb_array_length(e.data->'personIds') END AS "drafterCount",
              e.data->>'decision' AS decision,
              COALESCE(e.data->>'bodyName', CASE WHEN e.to_state = 'SUBMITTED' OR e.from_state = 'SUBMITTED' THEN body.name END)
                AS "bodyName",
              e.data->>'guidance' AS guidance,
              e.data->>'note' AS note,
              e.data->>'meetingDate' AS "meetingDate",
              e.data->>'meetingReference' AS "meetingReference",
              CASE WHEN jsonb_typeof(e.data->'changes') = 'object' THEN e.data->'changes' END AS changes,
              (e.data->>'sentToOrganizations')::int AS "sentToOrganizations",
              (e.data->>'sentToPeople')::int AS "sentToPeople"
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_user_id
         LEFT JOIN comment_rounds r ON e.object_type = 'COMMENT_ROUND' AND r.id = e.object_id
         LEFT JOIN document_versions rv ON rv.id = r.version_id
         LEFT JOIN documents d ON d.id = $1
         LEFT JOIN organizations body ON body.id = d.submitted_to_id
        WHERE (e.object_type = 'DOCUMENT' AND e.object_id = $1)
           OR (e.object_type = 'COMMENT_ROUND' AND e.object_id IN (SELECT id FROM comment_rounds WHERE document_id = $1))
        ORDER BY e.id`,
      [documentId],
    );
  }

  // Helpers

  private async checkContent(content: ParagraphContentInput): Promise<ParagraphValues> {
    const rich = sanitizeRichText('html', content.html, PARAGRAPH_TEXT);
    const recommendation = content.kind === ParagraphKind.RECOMMENDATION;
    const addressees = recommendation ? await checkAddressees(this.dataSource.manager, content.addressees ?? []) : [];
    const issueAreas = recommendation ? checkIssueAreas(content.issueAreas ?? []) : [];
    if (content.kind === ParagraphKind.HEADING && rich.text.includes('\n')) {
      throw invalid('html', 'A heading is one line.');
    }
    return { kind: content.kind, ...rich, addressees, issueAreas };
  }

  /** Runs a drafting change on the working version, while the document is being drafted or revised. */
  private async edit(
    viewer: Viewer,
    documentId: string,
    lock: 'share' | 'update',
    work: (manager: EntityManager, version: DocumentVersionEntity) => Promise<void>,
  ): Promise<DocumentEntity> {
    const { access } = await this.get(viewer, documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters edit the draft.');
    return this.change(documentId, async (manager) => {
      const document = await this.repository.findById(manager, documentId, lock);
      if (!document || !editableDocumentStatuses.includes(document.status)) {
        throw new DomainError(
          'DOCUMENT_NOT_EDITABLE',
          document?.status === DocumentStatus.IN_COMMENT_ROUND
            ? 'The text is out for comment; close the round to revise it.'
            : 'The text is final and can no longer be edited.',
        );
      }
      const version = await this.repository.workingVersion(manager, documentId);
      if (!version) throw new DomainError('DOCUMENT_NOT_EDITABLE', 'The document has no working version.');
      await work(manager, version);
      return documentId;
    });
  }

  /**
   * Moves the document one step along the workflow, audited with what `work` returns; the rest of
   * the step is `work`. The caller's role is checked first: someone who holds it but finds the document elsewhere in the
   * workflow gets a conflict (`refuse`, or INVALID_TRANSITION), never a refusal of their role.
   */
  private async transition(
    viewer: Viewer,
    documentId: string,
    permission: 'edit' | 'decide' | 'publish',
    to: DocumentStatus,
    work: (manager: EntityManager, document: DocumentEntity) => Promise<Record<string, unknown> | void>,
    refuse?: (current: DocumentStatus) => DomainError,
  ): Promise<DocumentEntity> {
    const { access } = await this.get(viewer, documentId);
    const allowed = permission === 'edit' ? access.edit : permission === 'publish' ? access.publish : access.body;
    if (!allowed) {
      throw new DomainError(
        'NOT_PERMITTED',
        permission === 'decide'
          ? 'Only members of the body the document was submitted to record its decision.'
          : permission === 'publish'
            ? 'Only the document’s drafters and the secretariat publish.'
            : 'Only the document’s drafters do this.',
      );
    }
    return this.change(documentId, async (manager) => {
      const document = await this.repository.findById(manager, documentId, 'update');
      if (!document) throw notFound('document');
      if (!documentStatusMachine.canTransition(document.status, to)) {
        throw (
          refuse?.(document.status) ??
          new DomainError(
            'INVALID_TRANSITION',
            `A document that is ${documentStatusLabels[document.status].toLowerCase()} cannot become ${documentStatusLabels[to].toLowerCase()}.`,
            { current: document.status, allowed: documentStatusMachine.next(document.status) },
          )
        );
      }
      await this.repository.setStatus(manager, documentId, to);
      const data = await work(manager, document);
      await this.record(manager, viewer, documentId, 'document.status_changed', {
        fromState: document.status,
        toState: to,
        ...(data ? { data } : {}),
      });
      return documentId;
    });
  }

  private async lockOpenRound(manager: EntityManager, roundId: string): Promise<CommentRoundEntity> {
    const locked = await this.repository.findRound(manager, roundId, 'share');
    if (!locked) throw notFound('comment round');
    if (locked.status !== RoundStatus.OPEN) throw new DomainError('ROUND_CLOSED', 'The round is closed.');
    const { notYet, pastDeadline } = await this.repository.openNow(manager, roundId);
    if (notYet) throw new DomainError('ROUND_NOT_OPEN', `The round opens on ${formatInstant(locked.opensAt)}.`);
    if (pastDeadline) throw new DomainError('ROUND_CLOSED', 'The round’s deadline has passed.');
    return locked;
  }

  private async changeOwnComment(
    viewer: Viewer,
    id: string,
    work: (manager: EntityManager, comment: CommentEntity, round: CommentRoundEntity) => Promise<void>,
  ): Promise<CommentEntity> {
    const [comment] = await this.repository.findComments(this.dataSource.manager, [id]);
    if (!comment) throw notFound('comment');
    const round = await this.roundOrNotFound(viewer, comment.roundId);
    if (comment.authorId !== viewer.personId) {
      throw new DomainError('NOT_YOUR_COMMENT', 'Only its author may change or withdraw a comment.');
    }
    if (comment.withdrawnAt) throw new DomainError('ROUND_CLOSED', 'The comment was withdrawn.');
    await this.change(round.documentId, async (manager) => {
      await this.lockOpenRound(manager, round.id);
      await work(manager, comment, round);
      return round.documentId;
    });
    const [updated] = await this.repository.findComments(this.dataSource.manager, [id]);
    return updated!;
  }

  private async roundOrNotFound(viewer: Viewer, roundId: string): Promise<CommentRoundEntity> {
    const round = await this.repository.findRound(this.dataSource.manager, roundId);
    if (!round) throw notFound('comment round');
    const { access } = await this.get(viewer, round.documentId).catch(() => {
      throw notFound('comment round');
    });
    if (!access.read) throw notFound('comment round');
    return round;
  }

  private async currentParagraph(
    manager: EntityManager,
    versionId: string,
    paragraphId: string,
    baseRevision: number,
  ): Promise<VersionParagraphEntity> {
    const current = await this.repository.paragraph(manager, versionId, paragraphId);
    if (!current) throw unknownParagraph('paragraphId');
    if (current.revision !== baseRevision) throw paragraphConflict(current);
    return current;
  }

  private async conflictOrMissing(
    manager: EntityManager,
    versionId: string,
    paragraphId: string,
    field: string,
  ): Promise<never> {
    const current = await this.repository.paragraph(manager, versionId, paragraphId);
    if (!current) throw unknownParagraph(field);
    const [author] = current.updatedById
      ? await manager.query<{ name: string }[]>(`SELECT name FROM people WHERE id = $1`, [current.updatedById])
      : [];
    throw paragraphConflict(current, author?.name ?? null);
  }

  private async requirePeople(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: { id: string }[] = await manager.query(`SELECT id FROM people WHERE id = ANY($1::uuid[])`, [ids]);
    if (rows.length !== ids.length)
      throw invalid('personIds', 'One of the people named does not exist.', 'UNKNOWN_PERSON');
  }

  /** The facts every message about the document is written from. */
  private async facts(manager: EntityManager, document: DocumentEntity): Promise<DocumentFacts> {
    return {
      id: document.id,
      title: document.title,
      kind: document.kind,
      owner: await this.repository.ownerOf(manager, document.id),
    };
  }

  /** A person as messages name them: "Prof. 김태훈 (Kim Tae-hoon)". */
  private async nameOf(manager: EntityManager, personId: string): Promise<string> {
    const [person] = await this.repository.namedPeople(manager, [personId]);
    return person ? addressedName(person) : 'Someone';
  }

  /** For each person reached, the committees and institutions they answer for, and whether in person. */
  private async answersByPerson(
    manager: EntityManager,
    audience: readonly AudienceMember[],
  ): Promise<Map<string, AnswersFor>> {
    const organizationIds = [...new Set(audience.flatMap((m) => m.organizationId ?? []))];
    const names = await this.repository.organizationNames(manager, organizationIds);
    const answers = new Map<string, AnswersFor>();
    for (const member of audience) {
      const entry = answers.get(member.personId) ?? { organizations: [], inPerson: false };
      if (member.expertId) entry.inPerson = true;
      if (member.organizationId) {
        const organization = names.get(member.organizationId);
        entry.organizations.push(organization?.acronym ?? organization?.name ?? '');
      }
      answers.set(member.personId, entry);
    }
    return answers;
  }

  /**
   * How the drafters sign: a group's co-chairs, all of them, for they circulate and answer
   * together; for a meeting's document, whoever acted for its organisers (all of them, for what
   * Plenary sends by itself).
   */
  private async draftersSignature(
    manager: EntityManager,
    facts: DocumentFacts,
    actorPersonId: string | null,
  ): Promise<string[]> {
    const ids = facts.owner.meeting
      ? actorPersonId
        ? [actorPersonId]
        : await this.repository.meetingOrganisers(manager, facts.owner.meeting.id)
      : facts.owner.group
        ? await this.repository.coChairsOf(manager, facts.owner.group.id)
        : [];
    const people = await this.repository.namedPeople(manager, ids);
    return signature(people.map(addressedName), draftersCapacity(facts));
  }

  /** A publication is signed by whoever published it, as co-chair, secretariat or organiser. */
  private async publisherSignature(manager: EntityManager, viewer: Viewer, facts: DocumentFacts): Promise<string[]> {
    const roles = (await this.access.roles(viewer, MembershipObjectType.DOCUMENT, [facts.id])).get(facts.id) ?? [];
    const group = facts.owner.group?.title;
    const capacity =
      group && roles.includes(`GROUP_${StudyGroupRole.CO_CHAIR}`)
        ? `Co-chair, ${group}`
        : group && roles.includes(`GROUP_${StudyGroupRole.SECRETARIAT}`)
          ? `Secretariat, ${group}`
          : draftersCapacity(facts);
    return signature([await this.nameOf(manager, viewer.personId)], capacity);
  }

  /** Runs a change in a transaction, then tells everyone looking at the document. */
  private async change(
    documentId: string | null,
    work: (manager: EntityManager) => Promise<string | void>,
  ): Promise<DocumentEntity> {
    const document = await this.dataSource.transaction(async (manager) => {
      const id = (await work(manager)) ?? documentId!;
      const updated = await this.repository.findById(manager, id);
      if (!updated) throw notFound('document');
      return updated;
    });
    await this.events.publish({ topic: 'document', id: document.id });
    return document;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    documentId: string,
    action: string,
    extra: { fromState?: string; toState?: string; data?: Record<string, unknown> } = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'DOCUMENT',
      objectId: documentId,
      action,
      ...extra,
    });
  }
}

/** Each person's own message, as notify() takes it. */
function fromNotices(notices: ReadonlyMap<string, Notice>) {
  const of = (personId: string) => notices.get(personId)!;
  return {
    personIds: [...notices.keys()],
    title: (personId: string) => of(personId).title,
    body: (personId: string) => of(personId).body,
    path: (personId: string) => of(personId).path,
    mailText: (personId: string) => of(personId).mailText,
  };
}

/** A message written for each person from what is known about them. */
function perPerson<T>(facts: ReadonlyMap<string, T>, write: (fact: T) => Notice) {
  return fromNotices(new Map([...facts].map(([personId, fact]) => [personId, write(fact)])));
}

/** The versions a viewer may open: all for the co-chairs, circulated ones for readers, the final one for the public. */
export function visibleVersions(access: DocumentAccess, versions: DocumentVersionEntity[]): DocumentVersionEntity[] {
  if (access.draft) return versions;
  if (access.read) return versions.filter((v) => v.frozenAt);
  return versions.filter((v) => v.isFinal).slice(-1);
}

function valuesOf(p: VersionParagraphEntity): ParagraphValues {
  return { kind: p.kind, html: p.html, text: p.text, addressees: p.addressees, issueAreas: p.issueAreas };
}

/** Two paragraphs' HTML as one: plain paragraphs run on with a space; lists and several blocks stay as blocks. */
function joinHtml(first: string, second: string): string {
  const inline = (html: string): string | null => {
    const block = /<\/?(p|ul|ol|li)\b/;
    const single = /^<p>(.*)<\/p>$/s.exec(html);
    if (single && !block.test(single[1]!)) return single[1]!;
    return block.test(html) ? null : html;
  };
  const a = inline(first);
  const b = inline(second);
  return a !== null && b !== null ? `<p>${a} ${b}</p>` : `${first}${second}`;
}

/** Whether the words quoted are in the text, however the selection broke lines or list bullets. */
function quotes(text: string, quote: string): boolean {
  const words = (value: string) => value.replace(/•/g, ' ').replace(/\s+/g, ' ').trim();
  return words(text).includes(words(quote));
}

function unknownParagraph(field: string): DomainError {
  return invalid(field, 'That paragraph is not in this version.', 'UNKNOWN_PARAGRAPH');
}

function paragraphConflict(current: VersionParagraphEntity, updatedByName: string | null = null): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    'Another co-chair saved this paragraph since you opened it. Compare the two texts and save again.',
    {
      currentRevision: current.revision,
      currentHtml: current.html,
      currentText: current.text,
      currentKind: current.kind,
      updatedById: current.updatedById,
      updatedByName,
    },
  );
}

function checkDate(field: string, value: Date): void {
  if (Number.isNaN(value.getTime())) throw invalid(field, 'That is not a valid time.', 'INVALID_DATE');
}
