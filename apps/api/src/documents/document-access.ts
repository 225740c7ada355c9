import { DocumentStatus } from '@plenary/shared';
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
  /** Records the decision on the submitted text. */
  decide: boolean;
}

const submittedStatuses: readonly DocumentStatus[] = [
  DocumentStatus.SUBMITTED,
  DocumentStatus.APPROVED,
  DocumentStatus.PUBLISHED,
];

export function documentAccess(status: DocumentStatus, roles: readonly string[]): DocumentAccess {
  const draft = grants('DocumentDraftRead', roles);
  const circulated = status !== DocumentStatus.DRAFTING;
  const body = submittedStatuses.includes(status) && grants('DocumentDecide', roles);
  const read = draft || body || (circulated && grants('DocumentRead', roles));
  const published = status === DocumentStatus.PUBLISHED && grants('DocumentPublishedRead', roles);
  return {
    visible: read || published,
    read,
    draft,
    edit: grants('DocumentEdit', roles),
    publish: grants('DocumentPublish', roles),
    decide: status === DocumentStatus.SUBMITTED && grants('DocumentDecide', roles),
  };
}
