import { AttributionMode, DocumentStatus } from '@plenary/shared';
import { grants } from '../access/permissions';

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

/**
 * The responses a viewer may read. In a non-attributed round, who responded what would point at
 * who commented, so readers other than the co-chairs and the secretariat see only the responses
 * they give themselves (for them in person or for a committee they belong to).
 */
export function visibleRecipients<R extends { personId: string | null; organizationId: string | null }>(
  recipients: readonly R[],
  round: { attribution: AttributionMode },
  access: DocumentAccess,
  viewer: { personId: string; committees: ReadonlySet<string> } | null,
): R[] {
  if (access.draft || round.attribution === AttributionMode.ATTRIBUTED) return [...recipients];
  if (!viewer) return [];
  return recipients.filter(
    (r) => r.personId === viewer.personId || (r.organizationId !== null && viewer.committees.has(r.organizationId)),
  );
}
