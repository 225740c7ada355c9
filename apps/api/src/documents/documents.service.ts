import { Injectable } from '@nestjs/common';
import { limits } from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { DocumentRole } from '../access/permissions';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { requiredText, uniqueIds } from '../common/text';
import { EventsService } from '../realtime/events.service';
import { DocumentChanges } from './document-changes';
import { compareVersions, type DocumentComparison } from './document-comparison';
import { DocumentPeopleRepository } from './document-people.repository';
import { documentAccess, type DocumentAccess, seesDrafting, visibleVersions } from './document-visibility';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository, type HistoryRow } from './documents.repository';
import type { CreateDocumentInput, SetDocumentDraftersInput } from './dto/document.input';
import { ParagraphsRepository } from './paragraphs.repository';

const MAX_DRAFTERS = 50;

/**
 * Documents as a whole: opening one (with what the viewer may do with it), starting one, naming
 * who drafts it, telling the drafters where each is editing, and reading its versions and history.
 * Drafting, the workflow and the comment rounds have services of their own.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly repository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly people: DocumentPeopleRepository,
    private readonly access: AccessService,
    private readonly changes: DocumentChanges,
    private readonly events: EventsService,
  ) {}

  /** The document and what the viewer may do with it; NOT_FOUND when they may not see it. */
  async get(viewer: Viewer, id: string): Promise<{ document: DocumentEntity; access: DocumentAccess }> {
    const document = await this.repository.findById(this.repository.manager, id);
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
    return this.changes.change(null, async (manager) => {
      const document = await this.repository.insert(manager, {
        kind: input.kind,
        title,
        studyGroupId: input.studyGroupId ?? null,
        meetingId: input.meetingId ?? null,
        createdById: viewer.personId,
      });
      await this.repository.insertVersion(manager, document.id, 1);
      await this.changes.record(manager, viewer, document.id, 'document.created', { toState: document.status });
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
    return this.changes.change(document.id, async (manager) => {
      const participants = await this.people.participantsAmong(manager, meetingId, personIds);
      if (personIds.some((id) => !participants.has(id))) {
        throw invalid('personIds', 'Drafters are named from the meeting’s participants.', 'NOT_A_PARTICIPANT');
      }
      await this.access.setRoleHolders(
        manager,
        { objectType: MembershipObjectType.DOCUMENT, objectId: document.id, role: DocumentRole.DRAFTER },
        personIds,
      );
      await this.changes.record(manager, viewer, document.id, 'document.drafters_named', { data: { personIds } });
    });
  }

  /** Tells the other drafters where the viewer is editing; null when they stop. Nothing is stored. */
  async setPresence(viewer: Viewer, documentId: string, paragraphId: string | null): Promise<boolean> {
    const { access } = await this.get(viewer, documentId);
    if (!seesDrafting(access)) {
      throw new DomainError('NOT_PERMITTED', 'Only the drafters and the secretariat see the draft.');
    }
    await this.events.publish({
      topic: 'document',
      id: documentId,
      presence: { personId: viewer.personId, paragraphId },
    });
    return true;
  }

  /** A word-by-word comparison of two versions, paragraph by paragraph identity. */
  async compare(viewer: Viewer, documentId: string, from: number, to: number): Promise<DocumentComparison> {
    const { access } = await this.get(viewer, documentId);
    const versions = visibleVersions(access, await this.repository.versionsOf([documentId]));
    const older = versions.find((v) => v.number === from);
    const newer = versions.find((v) => v.number === to);
    if (!older) throw invalid('from', `There is no version ${from} you may see.`, 'UNKNOWN_VERSION');
    if (!newer) throw invalid('to', `There is no version ${to} you may see.`, 'UNKNOWN_VERSION');
    const rows = await this.paragraphs.paragraphsOf([older.id, newer.id]);
    return {
      from,
      to,
      paragraphs: compareVersions(
        rows.filter((r) => r.versionId === older.id),
        rows.filter((r) => r.versionId === newer.id),
      ),
    };
  }

  /** The audited steps of the document and its rounds, oldest first; empty for those who may not see the drafting. */
  history(access: DocumentAccess, documentId: string): Promise<HistoryRow[]> {
    if (!seesDrafting(access)) return Promise.resolve([]);
    return this.repository.history(documentId);
  }
}
