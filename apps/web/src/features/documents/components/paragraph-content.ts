import { AddresseeKind, ParagraphKind, type IssueArea } from '@plenary/shared';
import type { DocumentParagraph_ParagraphFragment, ParagraphContentInput } from '../../../__generated__/graphql';
import { errorExtensions } from '../../../lib/api-error';
import type { ParagraphConflict } from './conflict-panel';
import { addresseeKey, type AddresseeDraft } from './recommendation-fields';

/** Everything of a paragraph but its text, as the co-chair is editing it. */
export interface ParagraphMeta {
  kind: ParagraphKind;
  addressees: AddresseeDraft[];
  issueAreas: IssueArea[];
}

export function metaOf(paragraph: DocumentParagraph_ParagraphFragment): ParagraphMeta {
  return {
    kind: paragraph.kind,
    addressees: paragraph.addressees.map((addressee) => ({
      key: addresseeKey(),
      kind: addressee.kind,
      organizationId: addressee.organization?.id ?? null,
    })),
    issueAreas: [...paragraph.issueAreas],
  };
}

/** What a save sends. A named body not chosen yet is left out until it is. */
export function contentOf(meta: ParagraphMeta, html: string): ParagraphContentInput {
  const recommendation = meta.kind === ParagraphKind.RECOMMENDATION;
  return {
    kind: meta.kind,
    html,
    addressees: recommendation
      ? meta.addressees
          .filter((addressee) => addressee.kind !== AddresseeKind.NAMED_BODY || addressee.organizationId !== null)
          .map((addressee) => ({
            kind: addressee.kind,
            organizationId: addressee.kind === AddresseeKind.NAMED_BODY ? addressee.organizationId : null,
          }))
      : [],
    issueAreas: recommendation ? meta.issueAreas : [],
  };
}

/** The current text from a VERSION_CONFLICT refusal; undefined for any other failure. */
export function conflictOf(error: unknown): ParagraphConflict | undefined {
  const details = errorExtensions(error, 'VERSION_CONFLICT');
  const revision = details?.['currentRevision'];
  if (!details || typeof revision !== 'number') return undefined;
  const html = details['currentHtml'];
  const text = details['currentText'];
  const by = details['updatedByName'];
  return {
    revision,
    html: typeof html === 'string' ? html : '',
    text: typeof text === 'string' ? text : '',
    by: typeof by === 'string' ? by : null,
  };
}
