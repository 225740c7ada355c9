import type { CommentKind, ParagraphKind } from '@plenary/shared';
import { FileUploadError, postFile } from '../files/upload-file';

/** A paragraph found in a Word draft (see the API's WordController). */
export interface DraftParagraph {
  kind: ParagraphKind;
  html: string;
  text: string;
}

export interface DraftPreview {
  paragraphs: DraftParagraph[];
  leftOut: string[];
  message: string | null;
}

export interface ReturnedComment {
  paragraphId: string;
  paragraphNumber: number | null;
  paragraphText: string;
  wordAuthor: string;
  kind: CommentKind;
  body: string;
  quote: string | null;
  suggestion: { original: string; replacement: string; before: string | null } | null;
}

export interface ReturnedPreview {
  roundId: string;
  roundNumber: number;
  versionNumber: number;
  committees: { id: string; name: string }[];
  personal: boolean;
  comments: ReturnedComment[];
  unmatched: { what: 'COMMENT' | 'CHANGE'; wordAuthor: string; text: string; near: string | null; reason: string }[];
  alreadyPosted: number;
  message: string | null;
}

function wordUrl(documentId: string, what: 'draft' | 'returned'): string {
  return `/documents/${encodeURIComponent(documentId)}/word/${what}`;
}

function answered<T>(answer: unknown, key: keyof T): T {
  if (typeof answer !== 'object' || answer === null || !(key in answer)) {
    throw new FileUploadError('The server’s answer was not understood. Try again in a moment.', undefined);
  }
  return answer as T;
}

/** The paragraphs a Word draft would add; nothing is stored. */
export async function previewWordDraft(documentId: string, file: File): Promise<DraftPreview> {
  return answered<DraftPreview>(await postFile(wordUrl(documentId, 'draft'), file), 'paragraphs');
}

/** The comments and tracked changes of a returned Word file, as drafts; nothing is posted. */
export async function readReturnedWord(documentId: string, file: File): Promise<ReturnedPreview> {
  return answered<ReturnedPreview>(await postFile(wordUrl(documentId, 'returned'), file), 'comments');
}
