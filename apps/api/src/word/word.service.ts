import { Injectable } from '@nestjs/common';
import {
  CommentKind,
  editableDocumentStatuses,
  numberParagraphs,
  placeSuggestion,
  RoundStatus,
  type SuggestedChange,
  suggestionWording,
} from '@plenary/shared';
import { CommentRoundsRepository } from '../comment-rounds/comment-rounds.repository';
import type { CommentView } from '../comment-rounds/comment-placement';
import { CommentsRepository } from '../comment-rounds/comments.repository';
import { CommentsService } from '../comment-rounds/comments.service';
import type { Viewer } from '../common/viewer';
import { DomainError } from '../common/domain-error';
import type { DocumentEntity } from '../documents/document.entity';
import { DocumentsRepository } from '../documents/documents.repository';
import { DocumentsService } from '../documents/documents.service';
import { DraftingService } from '../documents/drafting.service';
import type { ParagraphContentInput } from '../documents/dto/paragraph.input';
import { ParagraphsRepository } from '../documents/paragraphs.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { PostReturnedCommentsInput } from './dto/word.input';
import { type DraftParagraph, wordDraft } from './word-draft';
import { type UploadedWordFile, wordDocument } from './word-file';
import { readReturnedFile, type ReturnedItem, type WordLocation } from './word-returned';

export interface DraftPreview {
  paragraphs: DraftParagraph[];
  leftOut: string[];
  /** Said when there is nothing to import. */
  message: string | null;
}

/** A comment or suggestion taken from a returned file, for the person to review before posting. */
export interface DraftComment {
  paragraphId: string;
  /** The paragraph's number in the circulated version; null for a heading. */
  paragraphNumber: number | null;
  paragraphText: string;
  /** Who wrote it in Word. */
  wordAuthor: string;
  kind: CommentKind;
  body: string;
  quote: string | null;
  suggestion: SuggestedChange | null;
}

/** What could not be placed on a paragraph, listed so that nothing is lost. */
export interface UnmatchedItem {
  what: 'COMMENT' | 'CHANGE';
  wordAuthor: string;
  /** The comment's text, or the change as "Replace … with …". */
  text: string;
  /** The words of the Word paragraph it stands in, if any. */
  near: string | null;
  reason: string;
}

export interface ReturnedPreview {
  roundId: string;
  roundNumber: number;
  versionNumber: number;
  /** The committees the viewer may post these for (theirs, or for the secretariat every committee sent to). */
  committees: { id: string; name: string }[];
  /** Whether the viewer may post them in their own name. */
  personal: boolean;
  comments: DraftComment[];
  unmatched: UnmatchedItem[];
  /** Comments of the file that are already in Plenary (the round's own, sent out with the file). */
  alreadyPosted: number;
  message: string | null;
}

const NUMBER = /^\s*\d{1,3}[.)]\s+/;
/** Enough words before a change to find its place again. */
const BEFORE_WORDS = 6;

const words = (text: string) => text.replace(/[\s\u2022]+/g, ' ').trim();

/**
 * Word in and out of a document: a co-chair's draft imported as paragraphs of the working version,
 * and a committee's marked-up copy of the circulated version read back as draft comments and
 * suggested wording, which the person reviews and posts through the round's own rules.
 */
@Injectable()
export class WordService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly documentsRepository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly rounds: CommentRoundsRepository,
    private readonly comments: CommentsRepository,
    private readonly commentsService: CommentsService,
    private readonly drafting: DraftingService,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** The paragraphs a Word draft would add to the working version; nothing is stored. */
  async previewDraft(viewer: Viewer, documentId: string, file: UploadedWordFile | undefined): Promise<DraftPreview> {
    const { document, access } = await this.documents.get(viewer, documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters import a draft.');
    requireEditable(document);
    const draft = await wordDraft(await wordDocument(file));
    return {
      ...draft,
      message: draft.paragraphs.length ? null : 'This Word file has no text to import.',
    };
  }

  /** The confirmed paragraphs, added at the end of the working version together. */
  importDraft(viewer: Viewer, documentId: string, paragraphs: ParagraphContentInput[]): Promise<DocumentEntity> {
    return this.drafting.addParagraphs(viewer, documentId, paragraphs);
  }

  /**
   * The comments and tracked changes of a returned copy of the version out for comment, placed on
   * its paragraphs (by bookmark, else by text), as drafts; nothing is posted. A file of another
   * document or version is refused.
   */
  async readReturned(viewer: Viewer, documentId: string, file: UploadedWordFile | undefined): Promise<ReturnedPreview> {
    const { document, access } = await this.documents.get(viewer, documentId);
    const round = (await this.rounds.roundsOf([document.id])).find((r) => r.status === RoundStatus.OPEN);
    if (!round) throw new DomainError('ROUND_CLOSED', 'The document is not out for comment now.');
    const [mine, recipients] = await Promise.all([
      this.rounds.recipientsFor(this.rounds.manager, round.id, viewer.personId),
      this.rounds.recipientsOf([round.id]),
    ]);
    if (mine.length === 0 && !access.draft) {
      throw new DomainError('NOT_A_RECIPIENT', 'This round was not sent to you or to a committee you belong to.');
    }

    const returned = await readReturnedFile(await wordDocument(file));
    const versions = await this.documentsRepository.versionsOf([document.id]);
    const circulated = versions.find((v) => v.id === round.versionId)!;
    if (returned.documentId && returned.documentId !== document.id) {
      throw wrongFile('This Word file holds another document, not this one.');
    }
    if (returned.versionId && returned.versionId !== round.versionId) {
      const held = versions.find((v) => v.id === returned.versionId);
      throw wrongFile(
        held
          ? `This Word file holds version ${held.number}; version ${circulated.number} is out for comment. Download it and mark that one up.`
          : 'This Word file holds another document, not this one.',
      );
    }
    const text = numberParagraphs(await this.paragraphs.paragraphsOf([round.versionId]));
    const byId = new Map(text.map((p) => [p.paragraphId, p]));
    if (returned.bookmarked.length > 0 && !returned.bookmarked.some((id) => byId.has(id))) {
      throw wrongFile('The paragraphs of this Word file are not those of the version out for comment.');
    }

    const posted = (await this.comments.commentsOfRounds([round.id])).filter((c) => !c.withdrawnAt);
    const place = (location: WordLocation | null) => {
      if (!location) return undefined;
      if (location.paragraphId && byId.has(location.paragraphId)) return byId.get(location.paragraphId);
      const wanted = words(location.text.replace(NUMBER, ''));
      if (!wanted) return undefined;
      return (
        text.find((p) => words(p.text) === wanted) ??
        (wanted.length >= 20 ? text.find((p) => words(p.text).includes(wanted)) : undefined)
      );
    };

    const drafts: DraftComment[] = [];
    const unmatched: UnmatchedItem[] = [];
    let alreadyPosted = 0;
    for (const item of returned.items) {
      const paragraph = place(item.location);
      const near = item.location ? item.location.text.replace(NUMBER, '') || null : null;
      if (!paragraph) {
        unmatched.push({
          what: item.type,
          wordAuthor: item.author,
          text: itemText(item),
          near,
          reason: item.location
            ? 'Its paragraph is not in the version out for comment.'
            : 'It is not attached to any words of the text.',
        });
        continue;
      }
      const about = {
        paragraphId: paragraph.paragraphId,
        paragraphNumber: paragraph.number,
        paragraphText: paragraph.text,
      };
      if (item.type === 'COMMENT') {
        const body = words(item.body);
        if (posted.some((c) => c.paragraphId === paragraph.paragraphId && body.startsWith(words(c.body)))) {
          alreadyPosted++;
          continue;
        }
        // A comment on a whole paragraph covers its number too, which is not part of its text.
        const quoted = item.quote?.replace(NUMBER, '') ?? '';
        const quote = quoted && words(paragraph.text).includes(words(quoted)) ? quoted : null;
        drafts.push({
          ...about,
          wordAuthor: item.author,
          kind: CommentKind.SUBSTANTIVE,
          body: item.body,
          quote,
          suggestion: null,
        });
        continue;
      }
      if (!words(item.original) && !words(item.replacement)) continue;
      const suggestion = suggested(paragraph.text, item.original, item.replacement, item.before);
      if (item.newParagraph || typeof suggestion === 'string') {
        unmatched.push({
          what: 'CHANGE',
          wordAuthor: item.author,
          text: itemText(item),
          near,
          reason: item.newParagraph
            ? 'A paragraph added in Word: propose it as a comment on the paragraph it should follow.'
            : suggestion === 'AMBIGUOUS'
              ? 'The changed words stand more than once in the paragraph.'
              : 'The changed words are not in the paragraph as circulated (a number, label or note Plenary adds).',
        });
        continue;
      }
      drafts.push({
        ...about,
        wordAuthor: item.author,
        kind: CommentKind.SUGGESTION,
        body: `${suggestionWording(suggestion)}.`,
        quote: suggestion.original || null,
        suggestion,
      });
    }

    const committeeIds = access.draft
      ? recipients.flatMap((r) => (r.organizationId ? [r.organizationId] : []))
      : mine.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
    const committees = committeeIds.length ? await this.organizations.findByIds([...new Set(committeeIds)]) : [];
    return {
      roundId: round.id,
      roundNumber: round.number,
      versionNumber: circulated.number,
      committees: committees.map((o) => ({ id: o.id, name: o.name })).sort((a, b) => a.name.localeCompare(b.name)),
      personal: mine.length > 0,
      comments: drafts,
      unmatched,
      alreadyPosted,
      message:
        returned.items.length === 0
          ? 'This Word file holds no comments and no tracked changes.'
          : drafts.length === 0 && unmatched.length === 0
            ? 'Every comment in this Word file is already in Plenary.'
            : null,
    };
  }

  /** The reviewed comments, posted together in the round (or none of them). */
  postReturned(viewer: Viewer, input: PostReturnedCommentsInput): Promise<CommentView[]> {
    return this.commentsService.postComments(viewer, input.roundId, input.speaksForId ?? null, input.comments);
  }
}

function requireEditable(document: DocumentEntity): void {
  if (!editableDocumentStatuses.includes(document.status)) {
    throw new DomainError('DOCUMENT_NOT_EDITABLE', 'Import a draft while the text is being drafted or revised.');
  }
}

function wrongFile(message: string): DomainError {
  return new DomainError('WRONG_DOCUMENT_FILE', message, { field: 'file' });
}

/**
 * A tracked change as suggested wording on the paragraph as circulated, with the words before it
 * when they are needed to find its place; or why it cannot be placed.
 */
function suggested(
  paragraphText: string,
  rawOriginal: string,
  rawReplacement: string,
  rawBefore: string,
): SuggestedChange | 'MISSING' | 'AMBIGUOUS' {
  const original = words(rawOriginal);
  const replacement = words(rawReplacement);
  const before = words(rawBefore.replace(NUMBER, '')).split(' ').slice(-BEFORE_WORDS).join(' ');
  const bare = { original, replacement, before: null };
  if (original) {
    const place = placeSuggestion(paragraphText, bare);
    if (place !== 'AMBIGUOUS') return typeof place === 'string' ? place : bare;
  }
  const placed = { original, replacement, before: before || null };
  const place = placeSuggestion(paragraphText, placed);
  return typeof place === 'string' ? place : placed;
}

function itemText(item: ReturnedItem): string {
  if (item.type === 'COMMENT') return item.body;
  return suggestionWording({
    original: words(item.original),
    replacement: words(item.replacement),
    before: words(item.before),
  });
}
