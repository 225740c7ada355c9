import { AttributionMode, DocumentStatus } from '@plenary/shared';
import { grants } from '../access/permissions';

/**
 * Who sees what of a document: which versions, which comments and responses, whose names, what
 * of the drafting. Every reader of documents (the GraphQL fields, the live updates, the exports,
 * the search and the home page) asks these rules, so that no two places answer differently.
 * They are pure: the caller brings the viewer's roles on the document and its state.
 */

/** What a viewer may do with one document, from their roles on it and where it is in the workflow. */
export interface DocumentAccess {
  /** May open the document at all. */
  visible: boolean;
  /** Sees circulated versions and their comments. */
  read: boolean;
  /** Sees the working version, and who wrote every comment. */
  draft: boolean;
  /** Drafts, circulates, closes rounds, disposes of comments, finalises and submits. */
  edit: boolean;
  publish: boolean;
  /** Names the drafters of a meeting's document. */
  nameDrafters: boolean;
  /** Belongs to the body the text was submitted to, which records the decision on it. */
  body: boolean;
  /** May record the decision now: a body member, while the text awaits it. */
  decide: boolean;
}

export function documentAccess(status: DocumentStatus, roles: readonly string[]): DocumentAccess {
  const draft = grants('DocumentDraftRead', roles);
  const circulated = status !== DocumentStatus.DRAFTING;
  const body = grants('DocumentDecide', roles);
  const read = draft || body || (circulated && grants('DocumentRead', roles));
  const published = status === DocumentStatus.PUBLISHED && grants('DocumentPublishedRead', roles);
  return {
    visible: read || published,
    read,
    draft,
    edit: grants('DocumentEdit', roles),
    publish: grants('DocumentPublish', roles),
    nameDrafters: grants('DocumentNameDrafters', roles),
    body,
    decide: status === DocumentStatus.SUBMITTED && body,
  };
}

/** The versions a viewer may open: all for the drafters, circulated ones for readers, the final one for the public. */
export function visibleVersions<V extends { frozenAt: Date | null; isFinal: boolean }>(
  access: DocumentAccess,
  versions: readonly V[],
): V[] {
  if (access.draft) return [...versions];
  if (access.read) return versions.filter((v) => v.frozenAt);
  return versions.filter((v) => v.isFinal).slice(-1);
}

/**
 * Comment rounds, their comments and responses, the decisions on the text and the experts it was
 * sent to: for those who read the circulated text, not for those who may read only the published one.
 */
export function seesCirculation(access: DocumentAccess): boolean {
  return access.read;
}

/**
 * The drafting itself: the history of the workflow, who was told about a round, who drafts, who
 * last saved a paragraph and where the others are editing.
 */
export function seesDrafting(access: DocumentAccess): boolean {
  return access.draft;
}

/** Where another drafter is editing, live: for the drafters, and never one's own position back. */
export function seesPresence(access: DocumentAccess, presencePersonId: string, viewerPersonId: string): boolean {
  return access.draft && presencePersonId !== viewerPersonId;
}

/**
 * Whether the viewer sees who wrote a comment and for whom: the drafters always; everyone in an
 * attributed round; in a non-attributed round, only its author.
 */
export function commentAttributed(
  access: DocumentAccess,
  round: { attribution: AttributionMode },
  comment: { authorId: string },
  viewerPersonId: string | null,
): boolean {
  return roundAttributed(access, round) || comment.authorId === viewerPersonId;
}

/**
 * Whether the viewer sees who wrote every comment of the round; when not, they see it only on
 * their own (`commentAttributed`). Queries that filter or search by name ask this once per round.
 */
export function roundAttributed(access: DocumentAccess, round: { attribution: AttributionMode }): boolean {
  return access.draft || round.attribution === AttributionMode.ATTRIBUTED;
}

/** A viewer as the rules on recipients know them: themselves, and the committees they may speak for. */
export interface RecipientViewer {
  personId: string;
  committees: ReadonlySet<string>;
}

interface Recipient {
  personId: string | null;
  organizationId: string | null;
}

/** The recipients a viewer answers for: themselves in person, and committees they belong to. */
export function recipientsAnsweredBy<R extends Recipient>(
  recipients: readonly R[],
  viewer: RecipientViewer | null,
): R[] {
  if (!viewer) return [];
  return recipients.filter(
    (r) => r.personId === viewer.personId || (r.organizationId !== null && viewer.committees.has(r.organizationId)),
  );
}

/**
 * The responses a viewer may read. In a non-attributed round, who responded what would point at
 * who commented, so readers other than the co-chairs and the secretariat see only the responses
 * they give themselves (for them in person or for a committee they belong to).
 */
export function visibleRecipients<R extends Recipient>(
  recipients: readonly R[],
  round: { attribution: AttributionMode },
  access: DocumentAccess,
  viewer: RecipientViewer | null,
): R[] {
  if (access.draft || round.attribution === AttributionMode.ATTRIBUTED) return [...recipients];
  return recipientsAnsweredBy(recipients, viewer);
}

/**
 * Whether the viewer is asked to respond to a round now: it takes comments and they answer for one
 * of its recipients. The drafters, who run the round, are not asked about their own text.
 */
export function asksForResponse(access: DocumentAccess, acceptingComments: boolean, answersFor: number): boolean {
  return acceptingComments && !access.draft && answersFor > 0;
}

/** What search may show of a document: the document, one of its comments, or a paragraph of a version. */
export type DocumentSearchHit = { kind: 'DOCUMENT' } | { kind: 'COMMENT' } | { kind: 'PARAGRAPH'; working: boolean };

export function foundInSearch(access: DocumentAccess, hit: DocumentSearchHit): boolean {
  switch (hit.kind) {
    case 'DOCUMENT':
      return access.visible;
    case 'COMMENT':
      return seesCirculation(access);
    case 'PARAGRAPH':
      // The working text is the drafters'; readers search the latest circulated (or final) text.
      return hit.working ? access.draft : access.read || access.visible;
  }
}
