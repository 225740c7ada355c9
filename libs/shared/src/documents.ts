import { defineStateMachine } from './state-machine';

export const DocumentKind = {
  MEMORANDUM: 'MEMORANDUM',
  REPORT: 'REPORT',
  CONCEPT_NOTE: 'CONCEPT_NOTE',
  STUDY: 'STUDY',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

export const documentKindLabels: Record<DocumentKind, string> = {
  MEMORANDUM: 'Memorandum',
  REPORT: 'Report',
  CONCEPT_NOTE: 'Concept note',
  STUDY: 'Study',
};

/** Where a document is in the memorandum workflow (PRODUCT.md, "The memorandum workflow"). */
export const DocumentStatus = {
  DRAFTING: 'DRAFTING',
  IN_COMMENT_ROUND: 'IN_COMMENT_ROUND',
  REVISING: 'REVISING',
  FINAL: 'FINAL',
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  PUBLISHED: 'PUBLISHED',
} as const;
export type DocumentStatus = (typeof DocumentStatus)[keyof typeof DocumentStatus];

export const documentStatusLabels: Record<DocumentStatus, string> = {
  DRAFTING: 'Drafting',
  IN_COMMENT_ROUND: 'In comment round',
  REVISING: 'Revising',
  FINAL: 'Final',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
};

/**
 * Circulating opens a comment round; closing it returns the text to the co-chairs. A returned
 * submission goes back to revising. Each move has its own mutation, which checks its own rules
 * (finalising needs every comment disposed of, deciding is for the body the group reports to).
 */
export const documentStatusMachine = defineStateMachine<DocumentStatus>(DocumentStatus.DRAFTING, {
  DRAFTING: [DocumentStatus.IN_COMMENT_ROUND],
  IN_COMMENT_ROUND: [DocumentStatus.REVISING],
  REVISING: [DocumentStatus.IN_COMMENT_ROUND, DocumentStatus.FINAL],
  FINAL: [DocumentStatus.SUBMITTED],
  SUBMITTED: [DocumentStatus.APPROVED, DocumentStatus.REVISING],
  APPROVED: [DocumentStatus.PUBLISHED],
  PUBLISHED: [],
});

/** States in which the co-chairs edit the working version. */
export const editableDocumentStatuses: readonly DocumentStatus[] = [DocumentStatus.DRAFTING, DocumentStatus.REVISING];

export const ParagraphKind = {
  HEADING: 'HEADING',
  TEXT: 'TEXT',
  RECOMMENDATION: 'RECOMMENDATION',
} as const;
export type ParagraphKind = (typeof ParagraphKind)[keyof typeof ParagraphKind];

export const paragraphKindLabels: Record<ParagraphKind, string> = {
  HEADING: 'Heading',
  TEXT: 'Text',
  RECOMMENDATION: 'Recommendation',
};

/** Whom a recommendation is addressed to. A named body also names the organization. */
export const AddresseeKind = {
  POLICY_MAKERS: 'POLICY_MAKERS',
  INSTITUTIONS: 'INSTITUTIONS',
  CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  NAMED_BODY: 'NAMED_BODY',
} as const;
export type AddresseeKind = (typeof AddresseeKind)[keyof typeof AddresseeKind];

export const addresseeKindLabels: Record<AddresseeKind, string> = {
  POLICY_MAKERS: 'Policy makers',
  INSTITUTIONS: 'Institutions',
  CIVIL_SOCIETY: 'Civil society',
  NAMED_BODY: 'A named body',
};

export const AttributionMode = {
  ATTRIBUTED: 'ATTRIBUTED',
  /** Recipients see comments without names; co-chairs and the secretariat always see who wrote them. */
  NON_ATTRIBUTED: 'NON_ATTRIBUTED',
} as const;
export type AttributionMode = (typeof AttributionMode)[keyof typeof AttributionMode];

export const attributionModeLabels: Record<AttributionMode, string> = {
  ATTRIBUTED: 'Attributed',
  NON_ATTRIBUTED: 'Non-attributed',
};

export const RoundStatus = {
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
} as const;
export type RoundStatus = (typeof RoundStatus)[keyof typeof RoundStatus];

export const CommentKind = {
  GENERAL: 'GENERAL',
  EDITORIAL: 'EDITORIAL',
  SUBSTANTIVE: 'SUBSTANTIVE',
  RESERVATION: 'RESERVATION',
  SUGGESTION: 'SUGGESTION',
} as const;
export type CommentKind = (typeof CommentKind)[keyof typeof CommentKind];

export const commentKindLabels: Record<CommentKind, string> = {
  GENERAL: 'General',
  EDITORIAL: 'Editorial',
  SUBSTANTIVE: 'Substantive',
  RESERVATION: 'Reservation',
  SUGGESTION: 'Suggested wording',
};

export const Disposition = {
  ACCEPTED: 'ACCEPTED',
  ACCEPTED_IN_PART: 'ACCEPTED_IN_PART',
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  NOTED: 'NOTED',
} as const;
export type Disposition = (typeof Disposition)[keyof typeof Disposition];

export const dispositionLabels: Record<Disposition, string> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_IN_PART: 'Accepted in part',
  NOT_ACCEPTED: 'Not accepted',
  NOTED: 'Noted',
};

/** A recipient's answer to a round. Every recipient starts at NOT_YET. */
export const RecipientResponse = {
  NOT_YET: 'NOT_YET',
  COMMENTED: 'COMMENTED',
  NO_COMMENTS: 'NO_COMMENTS',
  ENDORSED: 'ENDORSED',
  ENDORSED_WITH_RESERVATION: 'ENDORSED_WITH_RESERVATION',
  CANNOT_ENDORSE: 'CANNOT_ENDORSE',
} as const;
export type RecipientResponse = (typeof RecipientResponse)[keyof typeof RecipientResponse];

export const recipientResponseLabels: Record<RecipientResponse, string> = {
  NOT_YET: 'Not yet',
  COMMENTED: 'Commented',
  NO_COMMENTS: 'No comments',
  ENDORSED: 'Endorsed',
  ENDORSED_WITH_RESERVATION: 'Endorsed with reservation',
  CANNOT_ENDORSE: 'Cannot endorse',
};

export const DocumentDecision = {
  APPROVED: 'APPROVED',
  RETURNED: 'RETURNED',
} as const;
export type DocumentDecision = (typeof DocumentDecision)[keyof typeof DocumentDecision];

export const documentDecisionLabels: Record<DocumentDecision, string> = {
  APPROVED: 'Approved',
  RETURNED: 'Returned with guidance',
};

/**
 * Paragraph numbers as a memorandum prints them: headings are not numbered; text and
 * recommendation paragraphs are numbered 1, 2, 3 …; recommendations also carry their own
 * running number ("Recommendation 7").
 */
export function numberParagraphs<P extends { kind: ParagraphKind }>(
  paragraphs: readonly P[],
): (P & { number: number | null; recommendationNumber: number | null })[] {
  let number = 0;
  let recommendation = 0;
  return paragraphs.map((p) => ({
    ...p,
    number: p.kind === ParagraphKind.HEADING ? null : ++number,
    recommendationNumber: p.kind === ParagraphKind.RECOMMENDATION ? ++recommendation : null,
  }));
}
