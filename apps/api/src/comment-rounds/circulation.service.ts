import { Inject, Injectable } from '@nestjs/common';
import {
  addressedName,
  type AttributionMode,
  DocumentStatus,
  limits,
  NotificationKind,
  roundReminderDays,
  RoundStatus,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid } from '../common/domain-error';
import { optionalText, uniqueIds } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { DocumentFacts } from '../documents/document-notices';
import { DocumentNoticesService, perPerson } from '../documents/document-notices.service';
import {
  type AudienceMember,
  type DocumentOwner,
  DocumentPeopleRepository,
} from '../documents/document-people.repository';
import { DocumentTransitions } from '../documents/document-transitions.service';
import { DocumentVersionsService } from '../documents/document-versions.service';
import type { DocumentEntity } from '../documents/document.entity';
import { DocumentsRepository } from '../documents/documents.repository';
import { DocumentsService } from '../documents/documents.service';
import { JobsService } from '../jobs/jobs.service';
import { composeMailText } from '../mail/mail-text';
import { notificationMailText } from '../notifications/notifications.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeopleRepository } from '../people/people.repository';
import { CommentRoundsRepository } from './comment-rounds.repository';
import type { CirculateDocumentInput } from './dto/circulate-document.input';
import { CLOSE_ROUND_JOB, REMIND_ROUND_JOB } from './round-jobs';
import { roundOpenedNotice } from './round-notices';

const DAY_MS = 86_400_000;
const MAX_RECIPIENTS = 200;

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

/**
 * Circulating a version for comment: whom a round would reach and what they would read, then the
 * round itself, with its recipients told and its close and reminders scheduled.
 */
@Injectable()
export class CirculationService {
  constructor(
    private readonly repository: CommentRoundsRepository,
    private readonly documents: DocumentsService,
    private readonly documentsRepository: DocumentsRepository,
    private readonly transitions: DocumentTransitions,
    private readonly versions: DocumentVersionsService,
    private readonly people: DocumentPeopleRepository,
    private readonly notices: DocumentNoticesService,
    private readonly organizations: OrganizationsRepository,
    private readonly directory: PeopleRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    return this.transitions.transition(
      viewer,
      input.documentId,
      'edit',
      DocumentStatus.IN_COMMENT_ROUND,
      async (manager, doc) => {
        await this.organizations.requireIds(manager, organizationIds, { field: 'organizationIds' });
        await this.directory.requireIds(manager, personIds, { field: 'personIds' });
        const { version, changes } = await this.versions.freezeForCirculation(manager, doc.id);
        const number = (await this.repository.roundsOf([doc.id], manager)).length + 1;
        const round = await this.repository.insertRound(manager, {
          documentId: doc.id,
          versionId: version.id,
          number,
          opensAt,
          closesAt: input.closesAt,
          instructions,
          attribution: input.attribution,
        });
        await this.repository.insertRecipients(manager, round.id, organizationIds, personIds);
        await this.jobs.schedule(manager, CLOSE_ROUND_JOB, { roundId: round.id }, input.closesAt);
        await this.audit.record(manager, {
          actorUserId: viewer.userId,
          objectType: 'COMMENT_ROUND',
          objectId: round.id,
          action: 'round.opened',
          toState: RoundStatus.OPEN,
          data: { documentId: doc.id, version: version.number, round: number, changes },
        });
        for (const days of roundReminderDays) {
          const at = new Date(input.closesAt.getTime() - days * DAY_MS);
          // A round shorter than the reminder's lead time gets no such reminder: the opening notice says when it closes.
          if (at > opensAt) await this.jobs.schedule(manager, REMIND_ROUND_JOB, { roundId: round.id, days }, at);
        }
        const facts = await this.notices.facts(manager, doc);
        const actor = await this.notices.nameOf(manager, viewer.personId);
        const roundFacts = {
          number,
          versionNumber: version.number,
          opensAt,
          closesAt: input.closesAt,
          instructions,
          attribution: input.attribution,
        };
        const answers = await this.notices.audienceAnswers(manager, organizationIds, personIds);
        await this.notices.send(manager, {
          kind: NotificationKind.ROUND_OPENED,
          objectId: round.id,
          signature: await this.notices.draftersSignature(manager, facts, viewer.personId),
          notices: perPerson(answers, (answering) =>
            roundOpenedNotice(facts, roundFacts, actor, answering, this.config.publicUrl),
          ),
        });
      },
    );
  }

  /**
   * Whom a round with these recipients would reach, asked before circulating: the people of each
   * committee, institution and expert, as the round itself will tell them, and the committees of
   * the group to which the viewer may name someone.
   */
  async audience(
    viewer: Viewer,
    input: { documentId: string; organizationIds: readonly string[]; personIds: readonly string[] },
  ): Promise<CirculationAudience> {
    const organizationIds = uniqueIds('organizationIds', input.organizationIds, MAX_RECIPIENTS);
    const personIds = uniqueIds('personIds', input.personIds, MAX_RECIPIENTS);
    const { document, access } = await this.documents.get(viewer, input.documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters circulate it.');
    const manager = this.repository.manager;
    await this.organizations.requireIds(manager, organizationIds, { field: 'organizationIds' });
    await this.directory.requireIds(manager, personIds, { field: 'personIds' });
    const owner = await this.people.ownerOf(manager, document.id);
    const group = owner.group;
    // Co-chairs and the secretariat manage the group's members; they may name someone for a committee.
    const manages = !!group && (await this.access.allowedIds(viewer, 'StudyGroupManage', [group.id])).has(group.id);
    const committees = manages ? new Set(await this.people.committeesOfGroup(manager, group.id)) : new Set();
    return {
      document,
      owner,
      organizationIds,
      personIds,
      members: await this.people.audience(manager, organizationIds, personIds),
      studyGroupId: manages ? group.id : null,
      nameableOrganizationIds: new Set(organizationIds.filter((id) => committees.has(id))),
    };
  }

  /**
   * The e-mail a round with these recipients and dates would send, as the first person told who
   * has an address would read it; null when nobody has one.
   */
  async mailPreview(
    viewer: Viewer,
    audience: CirculationAudience,
    input: { opensAt?: Date | null; closesAt: Date; instructions?: string | null; attribution: AttributionMode },
  ): Promise<{ to: string; subject: string; text: string } | null> {
    checkDate('closesAt', input.closesAt);
    if (input.opensAt) checkDate('opensAt', input.opensAt);
    const instructions = optionalText('instructions', input.instructions, limits.longText) ?? '';
    const to = audience.members.find((member) => member.hasEmail);
    if (!to) return null;
    const manager = this.repository.manager;
    const { document } = audience;
    const facts: DocumentFacts = { id: document.id, title: document.title, kind: document.kind, owner: audience.owner };
    const [working, rounds, answers] = await Promise.all([
      this.documentsRepository.workingVersion(manager, document.id),
      this.repository.roundsOf([document.id]),
      this.notices.answersByPerson(manager, audience.members),
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
      await this.notices.nameOf(manager, viewer.personId),
      answers.get(to.personId)!,
      this.config.publicUrl,
    );
    const text = notificationMailText(
      to,
      {
        body: notice.body,
        path: notice.path,
        mailText: notice.mailText,
        signature: await this.notices.draftersSignature(manager, facts, viewer.personId),
      },
      this.config.publicUrl,
    );
    return { to: addressedName(to), subject: notice.title, text: composeMailText(text).shown };
  }
}

function checkDate(field: string, value: Date): void {
  if (Number.isNaN(value.getTime())) throw invalid(field, 'That is not a valid time.', 'INVALID_DATE');
}
