import { numberParagraphs } from '@plenary/shared';
import { commentAttributed, type DocumentAccess } from '../documents/document-visibility';
import type { VersionParagraphEntity } from '../documents/paragraph.entity';
import type { CommentRoundEntity } from './comment-round.entity';
import type { CommentEntity } from './comment.entity';

/** A comment as one viewer may see it, placed on a version of the text. */
export interface CommentView {
  comment: CommentEntity;
  round: CommentRoundEntity;
  /** Whether the viewer sees who wrote it and for whom. */
  attributed: boolean;
  /** The paragraph as it read in the round's version. */
  paragraphThen: { number: number | null; text: string };
  /** Whether the paragraph's text differs in the version being read from the one commented on. */
  changedSince: boolean;
}

/** A paragraph that is no longer in a version but was commented on: the "removed text" place. */
export interface RemovedParagraph {
  paragraphId: string;
  number: number | null;
  text: string;
  comments: CommentView[];
}

export interface VersionComments {
  byParagraph: Map<string, CommentView[]>;
  removed: RemovedParagraph[];
}

/**
 * A comment read on its own round's version, where its paragraph reads as it did when commented
 * on: what a change to one comment answers with, without placing all the others.
 */
export function commentOnItsVersion(
  access: DocumentAccess,
  viewerPersonId: string | null,
  comment: CommentEntity,
  round: CommentRoundEntity,
  paragraph: { number: number | null; text: string } | undefined,
): CommentView {
  return {
    comment,
    round,
    attributed: commentAttributed(access, round, comment, viewerPersonId),
    paragraphThen: { number: paragraph?.number ?? null, text: paragraph?.text ?? '' },
    changedSince: false,
  };
}

/**
 * Places each comment on the paragraph it belongs to in the version being read: by paragraph
 * identity, following merges, and marking those whose paragraph changed since. Comments on
 * paragraphs that are gone are gathered under the removed text.
 */
export function placeComments(input: {
  access: DocumentAccess;
  viewerPersonId: string | null;
  current: VersionParagraphEntity[];
  rounds: { round: CommentRoundEntity; comments: CommentEntity[]; text: VersionParagraphEntity[] }[];
  merged: Map<string, string>;
}): VersionComments {
  const currentText = new Map(input.current.map((p) => [p.paragraphId, p.text]));
  const anchor = (id: string): string => {
    let at = id;
    for (let hops = 0; !currentText.has(at) && input.merged.has(at) && hops < 1_000; hops++) at = input.merged.get(at)!;
    return at;
  };
  const byParagraph = new Map<string, CommentView[]>();
  const removed = new Map<string, RemovedParagraph>();
  for (const { round, comments, text } of input.rounds) {
    const then = new Map(numberParagraphs(text).map((p) => [p.paragraphId, p]));
    for (const comment of comments) {
      const original = then.get(comment.paragraphId);
      const paragraphThen = { number: original?.number ?? null, text: original?.text ?? '' };
      const target = anchor(comment.paragraphId);
      const view: CommentView = {
        comment,
        round,
        attributed: commentAttributed(input.access, round, comment, input.viewerPersonId),
        paragraphThen,
        changedSince: currentText.has(target) && currentText.get(target) !== paragraphThen.text,
      };
      if (currentText.has(target)) {
        const list = byParagraph.get(target) ?? [];
        list.push(view);
        byParagraph.set(target, list);
      } else {
        const place = removed.get(comment.paragraphId) ?? {
          paragraphId: comment.paragraphId,
          number: paragraphThen.number,
          text: paragraphThen.text,
          comments: [],
        };
        place.comments.push(view);
        removed.set(comment.paragraphId, place);
      }
    }
  }
  return { byParagraph, removed: [...removed.values()] };
}

/** Every comment placed on a version, wherever it landed. */
export function allPlaced(index: VersionComments): CommentView[] {
  return [...index.byParagraph.values(), ...index.removed.map((r) => r.comments)].flat();
}
