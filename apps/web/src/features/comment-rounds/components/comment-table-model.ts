import { Disposition, dispositionLabels } from '@plenary/shared';
import type { CommentTablePageQuery, CommentTableQuery } from '../../../__generated__/graphql';
import { displayName } from '../../../lib/names';

export type CommentDocument = CommentTableQuery['document'];
export type Round = CommentDocument['rounds'][number];
export type CommentRow = CommentTablePageQuery['document']['commentTable']['comments'][number];
export type CommentCommittee = CommentTablePageQuery['document']['commentTable']['committees'][number];
export type WorkingParagraph = NonNullable<CommentDocument['version']>['paragraphs'][number];

export function isDisposition(value: string | null): value is Disposition {
  return Object.values(Disposition).some((disposition) => disposition === value);
}

export const dispositionOptions = Object.values(Disposition).map((value) => ({
  value,
  label: dispositionLabels[value],
}));

/** "paragraph 3", or "a heading" for the unnumbered ones. */
function paragraphName(then: CommentRow['paragraphThen']): string {
  return then.number === null ? 'a heading' : `paragraph ${then.number}`;
}

/** Who wrote the comment, as the row says it; names are never shown for a non-attributed comment. */
function authorName(comment: CommentRow): string {
  if (!comment.attributed || !comment.author) return 'Non-attributed';
  const committee = comment.speaksFor
    ? (comment.speaksFor.acronym ?? comment.speaksFor.name)
    : comment.personalCapacity
      ? 'personal capacity'
      : null;
  return committee ? `${displayName(comment.author)}, ${committee}` : displayName(comment.author);
}

/** A name for each row's controls, unique within the table: "comment on paragraph 3 by Dr 김민준, CSCAP-Korea". */
export function rowNames(comments: readonly CommentRow[]): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const comment of comments) {
    const base = `comment on ${paragraphName(comment.paragraphThen)} by ${authorName(comment)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    names.set(comment.id, count === 1 ? base : `${base} (${count})`);
  }
  return names;
}

export function shorten(text: string, length = 70): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function paragraphOptions(paragraphs: readonly WorkingParagraph[]) {
  return paragraphs.map((paragraph) => ({
    value: paragraph.paragraphId,
    label:
      paragraph.number === null
        ? `Heading: ${shorten(paragraph.text)}`
        : `Paragraph ${paragraph.number}: ${shorten(paragraph.text)}`,
  }));
}
