import { DomainError, invalid } from '../common/domain-error';
import type { VersionParagraphEntity } from './paragraph.entity';

export function unknownParagraph(field: string): DomainError {
  return invalid(field, 'That paragraph is not in this version.', 'UNKNOWN_PARAGRAPH');
}

/** A save made from an older revision: refused with the current text, so the drafter can reconcile the two. */
export function paragraphConflict(current: VersionParagraphEntity, updatedByName: string | null = null): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    'Another co-chair saved this paragraph since you opened it. Compare the two texts and save again.',
    {
      currentRevision: current.revision,
      currentHtml: current.html,
      currentText: current.text,
      currentKind: current.kind,
      updatedById: current.updatedById,
      updatedByName,
    },
  );
}
