import { Inject, Injectable } from '@nestjs/common';
import {
  DocumentDecision,
  DocumentStatus,
  documentStatusMachine,
  formatInstant,
  limits,
  NotificationKind,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid } from '../common/domain-error';
import { optionalText, uniqueIds } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DomainEvents } from '../domain-events/domain-events.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeopleRepository } from '../people/people.repository';
import { DOCUMENT_APPROVED, DOCUMENT_FINALISING, DOCUMENT_PUBLISHED } from './document-events';
import { decidedNotice, publishedNotice, signature, submittedNotice } from './document-notices';
import { DocumentNoticesService, perPerson } from './document-notices.service';
import { DocumentPeopleRepository } from './document-people.repository';
import { DocumentTransitions } from './document-transitions.service';
import { DocumentVersionsService } from './document-versions.service';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import type { DecideDocumentInput, PublishDocumentInput } from './dto/decision.input';

const DAY_MS = 86_400_000;
const MAX_RECIPIENTS = 200;

/**
 * The end of the memorandum workflow (PRODUCT.md): the final text frozen, submitted to the body
 * the study group reports to, its decision recorded, and the approved text published. Each step
 * tells those it concerns, and announces itself to the features that act on it.
 */
@Injectable()
export class DocumentWorkflowService {
  constructor(
    private readonly transitions: DocumentTransitions,
    private readonly versions: DocumentVersionsService,
    private readonly repository: DocumentsRepository,
    private readonly people: DocumentPeopleRepository,
    private readonly notices: DocumentNoticesService,
    private readonly domainEvents: DomainEvents,
    private readonly organizations: OrganizationsRepository,
    private readonly directory: PeopleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Freezes the working version as the final text; what is still open about it (comments without a disposition) refuses. */
  async finalise(viewer: Viewer, documentId: string): Promise<DocumentEntity> {
    return this.transitions.transition(viewer, documentId, 'edit', DocumentStatus.FINAL, async (manager, doc) => {
      await this.domainEvents.publish(manager, DOCUMENT_FINALISING, { documentId: doc.id, by: viewer });
      const { version, changes } = await this.versions.freezeAsFinal(manager, doc.id);
      return { version: version.number, changes };
    });
  }

  /** Submits the final version to the body the study group reports to, whose members are told. */
  async submit(viewer: Viewer, documentId: string): Promise<DocumentEntity> {
    return this.transitions.transition(viewer, documentId, 'edit', DocumentStatus.SUBMITTED, async (manager, doc) => {
      const facts = await this.notices.facts(manager, doc);
      const bodyId = facts.owner.group?.reportsToId;
      if (!bodyId) {
        throw new DomainError('NO_REPORTING_BODY', 'There is no body to submit to: the study group reports to none.');
      }
      await this.repository.setStatus(manager, doc.id, DocumentStatus.SUBMITTED, {
        submittedToId: bodyId,
        submittedAt: new Date(),
      });
      const final = await this.versions.finalVersion(manager, doc.id);
      const bodyName = (await this.notices.organizationName(manager, bodyId))!;
      const notice = submittedNotice(
        facts,
        await this.notices.nameOf(manager, viewer.personId),
        final.number,
        bodyName,
        this.config.publicUrl,
      );
      await this.notices.send(manager, {
        kind: NotificationKind.DOCUMENT_SUBMITTED,
        objectId: doc.id,
        signature: await this.notices.draftersSignature(manager, facts, viewer.personId),
        notices: new Map((await this.people.bodyMembers(manager, bodyId)).map((id) => [id, notice])),
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
    const step = async (manager: EntityManager, doc: DocumentEntity) => {
      const submittedOn = new Date(doc.submittedAt!.getTime() - DAY_MS).toISOString().slice(0, 10);
      if (input.meetingDate < submittedOn) {
        throw invalid(
          'meetingDate',
          `The text was submitted on ${formatInstant(doc.submittedAt!)}; the body decided at a meeting after that.`,
          'INVALID_DATE',
        );
      }
      const final = await this.versions.finalVersion(manager, doc.id);
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
      if (to === DocumentStatus.REVISING) await this.versions.reviseFinal(manager, doc.id);
      else await this.domainEvents.publish(manager, DOCUMENT_APPROVED, { documentId: doc.id, by: viewer });
      const bodyName = (await this.notices.organizationName(manager, doc.submittedToId!))!;
      const recordedBy = await this.notices.nameOf(manager, viewer.personId);
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
      const facts = await this.notices.facts(manager, doc);
      const drafters = new Set(await this.people.draftersOf(manager, doc.id));
      const members = await this.people.bodyMembers(manager, doc.submittedToId!);
      await this.notices.send(manager, {
        kind: NotificationKind.DOCUMENT_DECIDED,
        objectId: doc.id,
        signature: signature([recordedBy], `For the ${bodyName}`),
        notices: new Map(
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
    };
    return this.transitions.transition(viewer, input.documentId, 'decide', to, step, notAwaiting);
  }

  /** Publishes the approved text and sends it to the dissemination list, whose people are told. */
  async publish(viewer: Viewer, input: PublishDocumentInput): Promise<DocumentEntity> {
    const organizationIds = uniqueIds('organizationIds', input.organizationIds, MAX_RECIPIENTS);
    const personIds = uniqueIds('personIds', input.personIds, MAX_RECIPIENTS);
    return this.transitions.transition(
      viewer,
      input.documentId,
      'publish',
      DocumentStatus.PUBLISHED,
      async (manager, doc) => {
        await this.organizations.requireIds(manager, organizationIds, { field: 'organizationIds' });
        await this.directory.requireIds(manager, personIds, { field: 'personIds' });
        await this.repository.setStatus(manager, doc.id, DocumentStatus.PUBLISHED, { publishedAt: new Date() });
        await this.repository.insertDissemination(manager, doc.id, organizationIds, personIds);
        await this.domainEvents.publish(manager, DOCUMENT_PUBLISHED, { documentId: doc.id, by: viewer });
        const facts = await this.notices.facts(manager, doc);
        const actor = await this.notices.nameOf(manager, viewer.personId);
        const approvedBy = doc.submittedToId ? await this.notices.organizationName(manager, doc.submittedToId) : null;
        const answers = await this.notices.audienceAnswers(manager, organizationIds, personIds);
        await this.notices.send(manager, {
          kind: NotificationKind.DOCUMENT_PUBLISHED,
          objectId: doc.id,
          signature: await this.notices.publisherSignature(manager, viewer, facts),
          notices: perPerson(answers, (sentTo) =>
            publishedNotice(facts, actor, approvedBy, sentTo, this.config.publicUrl),
          ),
        });
        return { sentToOrganizations: organizationIds.length, sentToPeople: personIds.length };
      },
    );
  }
}
