import { Injectable } from '@nestjs/common';
import { DocumentStatus, editableDocumentStatuses, limits, ParagraphKind } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid } from '../common/domain-error';
import { sanitizeRichText } from '../common/rich-text';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { DocumentChange } from '../realtime/events.service';
import { DocumentChanges } from './document-changes';
import { DocumentPeopleRepository } from './document-people.repository';
import type { DocumentVersionEntity } from './document-version.entity';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import type {
  AddParagraphInput,
  DeleteParagraphInput,
  MergeParagraphsInput,
  MoveParagraphInput,
  ParagraphContentInput,
  SaveParagraphInput,
  SplitParagraphInput,
} from './dto/paragraph.input';
import { paragraphConflict, unknownParagraph } from './paragraph-errors';
import type { VersionParagraphEntity } from './paragraph.entity';
import { type NumberedParagraph, ParagraphsRepository, type ParagraphValues } from './paragraphs.repository';
import { checkAddressees, checkIssueAreas } from './recommendation-content';

const MAX_PARAGRAPHS = 2_000;
const PARAGRAPH_TEXT = limits.longText;

/**
 * Writing the working version together: paragraphs added, saved, split, merged, moved and
 * deleted, while the document is being drafted or revised. Two drafters saving one paragraph at
 * once never lose either's work: the second save gets a conflict carrying the current text.
 */
@Injectable()
export class DraftingService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly repository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly people: DocumentPeopleRepository,
    private readonly changes: DocumentChanges,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async addParagraph(viewer: Viewer, input: AddParagraphInput): Promise<DocumentEntity> {
    const values = await this.checkContent(input.content);
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const order = await this.paragraphs.order(manager, version.id);
      if (order.length >= MAX_PARAGRAPHS) throw invalid('afterParagraphId', `At most ${MAX_PARAGRAPHS} paragraphs.`);
      const at = input.afterParagraphId ? order.indexOf(input.afterParagraphId) + 1 : 0;
      if (input.afterParagraphId && at === 0) throw unknownParagraph('afterParagraphId');
      const id = await this.paragraphs.insertParagraph(
        manager,
        input.documentId,
        version.id,
        order.length,
        values,
        viewer.personId,
      );
      order.splice(at, 0, id);
      await this.paragraphs.reorder(manager, version.id, order);
    });
  }

  /**
   * Adds paragraphs at the end of the working version, all or none: a draft taken from a Word file.
   * Each is checked as one added by hand.
   */
  async addParagraphs(viewer: Viewer, documentId: string, contents: ParagraphContentInput[]): Promise<DocumentEntity> {
    if (contents.length === 0) throw invalid('paragraphs', 'There are no paragraphs to add.');
    const values: ParagraphValues[] = [];
    for (const content of contents) values.push(await this.checkContent(content));
    return this.edit(viewer, documentId, 'update', async (manager, version) => {
      const order = await this.paragraphs.order(manager, version.id);
      if (order.length + values.length > MAX_PARAGRAPHS) {
        throw invalid('paragraphs', `At most ${MAX_PARAGRAPHS} paragraphs.`);
      }
      for (const value of values) {
        order.push(
          await this.paragraphs.insertParagraph(manager, documentId, version.id, order.length, value, viewer.personId),
        );
      }
    });
  }

  /**
   * Saves one paragraph of the working version. A save made from an older revision than the
   * current one is refused with VERSION_CONFLICT, carrying the current text, so the co-chair can
   * reconcile the two; nothing is overwritten unseen. Answers with the paragraph as saved, numbered.
   */
  async saveParagraph(viewer: Viewer, input: SaveParagraphInput): Promise<NumberedParagraph> {
    const values = await this.checkContent(input.content);
    let saved: NumberedParagraph | undefined;
    await this.edit(viewer, input.documentId, 'share', async (manager, version) => {
      const ok = await this.paragraphs.updateParagraph(
        manager,
        version.id,
        input.paragraphId,
        input.baseRevision,
        values,
        viewer.personId,
      );
      if (!ok) await this.conflictOrMissing(manager, version.id, input.paragraphId, 'paragraphId');
      [saved] = await this.paragraphs.numbered(manager, [{ versionId: version.id, paragraphId: input.paragraphId }]);
      return [input.paragraphId];
    });
    return saved!;
  }

  /**
   * Rewrites one paragraph of the working version from what it reads now, as a drafting change like
   * a save (its revision moves on, everyone looking is told); `then` runs in the same transaction
   * with the paragraph as saved. `revise` answers with the new HTML; it is given null when the
   * paragraph is no longer there.
   */
  async reviseParagraph(
    viewer: Viewer,
    documentId: string,
    paragraphId: string,
    revise: (manager: EntityManager, current: VersionParagraphEntity | null) => Promise<string>,
    then: (manager: EntityManager, saved: NumberedParagraph) => Promise<void>,
  ): Promise<NumberedParagraph> {
    let saved: NumberedParagraph | undefined;
    await this.edit(viewer, documentId, 'share', async (manager, version) => {
      const current = await this.paragraphs.paragraph(manager, version.id, paragraphId);
      const revised = await revise(manager, current);
      if (!current) throw unknownParagraph('paragraphId');
      const values = { ...valuesOf(current), ...sanitizeRichText('html', revised, PARAGRAPH_TEXT) };
      const ok = await this.paragraphs.updateParagraph(
        manager,
        version.id,
        paragraphId,
        current.revision,
        values,
        viewer.personId,
      );
      if (!ok) await this.conflictOrMissing(manager, version.id, paragraphId, 'paragraphId');
      [saved] = await this.paragraphs.numbered(manager, [{ versionId: version.id, paragraphId }]);
      await then(manager, saved!);
      return [paragraphId];
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
      await this.paragraphs.updateParagraph(
        manager,
        version.id,
        current.paragraphId,
        current.revision,
        keep,
        viewer.personId,
      );
      const order = await this.paragraphs.order(manager, version.id);
      const id = await this.paragraphs.insertParagraph(
        manager,
        input.documentId,
        version.id,
        order.length,
        { ...valuesOf(current), ...after },
        viewer.personId,
      );
      order.splice(order.indexOf(current.paragraphId) + 1, 0, id);
      await this.paragraphs.reorder(manager, version.id, order);
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
      await this.paragraphs.updateParagraph(
        manager,
        version.id,
        first.paragraphId,
        first.revision,
        { ...valuesOf(first), ...merged },
        viewer.personId,
      );
      await this.paragraphs.deleteParagraph(manager, version.id, next.paragraphId);
      await this.paragraphs.markMerged(manager, next.paragraphId, first.paragraphId);
      const order = (await this.paragraphs.order(manager, version.id)).filter((id) => id !== next.paragraphId);
      await this.paragraphs.reorder(manager, version.id, order);
    });
  }

  async moveParagraph(viewer: Viewer, input: MoveParagraphInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      const order = await this.paragraphs.order(manager, version.id);
      if (!order.includes(input.paragraphId)) throw unknownParagraph('paragraphId');
      if (input.afterParagraphId === input.paragraphId) {
        throw invalid('afterParagraphId', 'A paragraph cannot move after itself.');
      }
      const rest = order.filter((id) => id !== input.paragraphId);
      const at = input.afterParagraphId ? rest.indexOf(input.afterParagraphId) + 1 : 0;
      if (input.afterParagraphId && at === 0) throw unknownParagraph('afterParagraphId');
      rest.splice(at, 0, input.paragraphId);
      await this.paragraphs.reorder(manager, version.id, rest);
    });
  }

  /** Deletes a paragraph from the working version; earlier versions, and comments on it, keep it. */
  async deleteParagraph(viewer: Viewer, input: DeleteParagraphInput): Promise<DocumentEntity> {
    return this.edit(viewer, input.documentId, 'update', async (manager, version) => {
      await this.currentParagraph(manager, version.id, input.paragraphId, input.baseRevision);
      await this.paragraphs.deleteParagraph(manager, version.id, input.paragraphId);
      const order = (await this.paragraphs.order(manager, version.id)).filter((id) => id !== input.paragraphId);
      await this.paragraphs.reorder(manager, version.id, order);
    });
  }

  private async checkContent(content: ParagraphContentInput): Promise<ParagraphValues> {
    const rich = sanitizeRichText('html', content.html, PARAGRAPH_TEXT);
    const recommendation = content.kind === ParagraphKind.RECOMMENDATION;
    const addressees = recommendation
      ? await checkAddressees(this.organizations, this.repository.manager, content.addressees ?? [])
      : [];
    const issueAreas = recommendation ? checkIssueAreas(content.issueAreas ?? []) : [];
    if (content.kind === ParagraphKind.HEADING && rich.text.includes('\n')) {
      throw invalid('html', 'A heading is one line.');
    }
    return { kind: content.kind, ...rich, addressees, issueAreas };
  }

  /**
   * Runs a drafting change on the working version, while the document is being drafted or revised.
   * `work` answers with the paragraphs it changed when it changed no order; otherwise readers reload
   * the version's paragraphs.
   */
  private async edit(
    viewer: Viewer,
    documentId: string,
    lock: 'share' | 'update',
    work: (manager: EntityManager, version: DocumentVersionEntity) => Promise<string[] | void>,
  ): Promise<DocumentEntity> {
    const { access } = await this.documents.get(viewer, documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters edit the draft.');
    let changed: DocumentChange | undefined;
    return this.changes.change(
      documentId,
      async (manager) => {
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
        const paragraphIds = await work(manager, version);
        changed = { kind: 'PARAGRAPH', versionId: version.id, ...(paragraphIds ? { paragraphIds } : {}) };
        return documentId;
      },
      () => changed!,
    );
  }

  private async currentParagraph(
    manager: EntityManager,
    versionId: string,
    paragraphId: string,
    baseRevision: number,
  ): Promise<VersionParagraphEntity> {
    const current = await this.paragraphs.paragraph(manager, versionId, paragraphId);
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
    const current = await this.paragraphs.paragraph(manager, versionId, paragraphId);
    if (!current) throw unknownParagraph(field);
    const [author] = current.updatedById ? await this.people.namedPeople(manager, [current.updatedById]) : [];
    throw paragraphConflict(current, author?.name ?? null);
  }
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
