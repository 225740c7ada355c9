import DataLoader from 'dataloader';
import { AttributionMode, NotificationKind, numberParagraphs } from '@plenary/shared';
import type { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../auth/viewer';
import { groupBy } from '../common/group-by';
import type { CommentEntity } from './comment.entity';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { documentAccess, type DocumentAccess } from './document-access';
import type { DocumentDecisionEntity, DocumentDisseminationEntity } from './document-decision.entity';
import type { DocumentEntity } from './document.entity';
import type { DocumentVersionEntity } from './document-version.entity';
import type { DocumentsRepository, NoticeRow } from './documents.repository';
import type { VersionParagraphEntity } from './paragraph.entity';

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

export interface DocumentLoaders {
  document: DataLoader<string, DocumentEntity | null>;
  access: DataLoader<string, DocumentAccess>;
  versions: DataLoader<string, DocumentVersionEntity[]>;
  paragraphs: DataLoader<string, VersionParagraphEntity[]>;
  rounds: DataLoader<string, CommentRoundEntity[]>;
  recipients: DataLoader<string, RoundRecipientEntity[]>;
  /** Comments of each round, withdrawn ones left out. */
  comments: DataLoader<string, CommentEntity[]>;
  /** Keyed `documentId:versionId`: the comments of that version and earlier ones, on their paragraphs. */
  versionComments: DataLoader<string, VersionComments>;
  /** The organizations the viewer may speak for (one key: the viewer's person id). */
  viewerCommittees: DataLoader<string, Set<string>>;
  decisions: DataLoader<string, DocumentDecisionEntity[]>;
  dissemination: DataLoader<string, DocumentDisseminationEntity[]>;
  /** Person ids of the drafters named on each document. */
  drafters: DataLoader<string, string[]>;
  /** Who was told about each round (its opening notice and reminders), and what became of the e-mails. */
  notices: DataLoader<string, NoticeRow[]>;
  ofStudyGroups: DataLoader<string, DocumentEntity[]>;
  ofMeetings: DataLoader<string, DocumentEntity[]>;
  clearAll(): void;
}

export function createDocumentLoaders(
  repository: DocumentsRepository,
  accessRepository: AccessRepository,
  viewer: Viewer | null,
): DocumentLoaders {
  const document = new DataLoader<string, DocumentEntity | null>(async (ids) => {
    const rows = new Map((await repository.findByIds(ids)).map((d) => [d.id, d]));
    return ids.map((id) => rows.get(id) ?? null);
  });
  const access = new DataLoader<string, DocumentAccess>(async (ids) => {
    const [docs, roles] = await Promise.all([
      document.loadMany(ids),
      viewer
        ? accessRepository.rolesOn(viewer.personId, MembershipObjectType.DOCUMENT, ids)
        : Promise.resolve(new Map<string, string[]>()),
    ]);
    return ids.map((id, i) => {
      const doc = docs[i];
      if (!doc || doc instanceof Error) return documentAccess('DRAFTING', []);
      return documentAccess(doc.status, roles.get(id) ?? []);
    });
  });
  const versions = new DataLoader(async (ids: readonly string[]) => {
    const map = groupBy(await repository.versionsOf(ids), (v) => v.documentId);
    return ids.map((id) => map.get(id) ?? []);
  });
  const paragraphs = new DataLoader(async (ids: readonly string[]) => {
    const map = groupBy(await repository.paragraphsOf(ids), (p) => p.versionId);
    return ids.map((id) => map.get(id) ?? []);
  });
  const rounds = new DataLoader(async (ids: readonly string[]) => {
    const map = groupBy(await repository.roundsOf(ids), (r) => r.documentId);
    return ids.map((id) => map.get(id) ?? []);
  });
  const comments = new DataLoader(async (ids: readonly string[]) => {
    const map = groupBy(
      (await repository.commentsOfRounds(ids)).filter((c) => !c.withdrawnAt),
      (c) => c.roundId,
    );
    return ids.map((id) => map.get(id) ?? []);
  });
  const merges = new DataLoader(async (ids: readonly string[]) => {
    const map = groupBy(await repository.mergedInto(ids), (m) => m.documentId);
    return ids.map((id) => new Map((map.get(id) ?? []).map((m) => [m.id, m.into])));
  });
  const versionComments = new DataLoader<string, VersionComments>(async (keys) =>
    Promise.all(
      keys.map(async (key) => {
        const [documentId, versionId] = key.split(':') as [string, string];
        const [docAccess, allVersions, docRounds, merged] = await Promise.all([
          access.load(documentId),
          versions.load(documentId),
          rounds.load(documentId),
          merges.load(documentId),
        ]);
        const version = allVersions.find((v) => v.id === versionId);
        if (!docAccess.read || !version) return { byParagraph: new Map(), removed: [] };
        const numberOf = new Map(allVersions.map((v) => [v.id, v.number]));
        const earlier = docRounds.filter((r) => (numberOf.get(r.versionId) ?? Infinity) <= version.number);
        const [current, roundComments, roundTexts] = await Promise.all([
          paragraphs.load(version.id),
          comments.loadMany(earlier.map((r) => r.id)),
          paragraphs.loadMany(earlier.map((r) => r.versionId)),
        ]);
        return placeComments({
          viewerPersonId: viewer?.personId ?? null,
          canSeeNames: docAccess.draft,
          current,
          rounds: earlier.map((round, i) => ({
            round,
            comments: asArray(roundComments[i]!),
            text: asArray(roundTexts[i]!),
          })),
          merged,
        });
      }),
    ),
  );
  const loaders = {
    document,
    access,
    versions,
    paragraphs,
    rounds,
    recipients: new DataLoader(async (ids: readonly string[]) => {
      const map = groupBy(await repository.recipientsOf(ids), (r) => r.roundId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    comments,
    merges,
    versionComments,
    viewerCommittees: new DataLoader(async (ids: readonly string[]) =>
      Promise.all(ids.map((id) => repository.committeesOf(repository.manager, id))),
    ),
    decisions: new DataLoader(async (ids: readonly string[]) => {
      const map = groupBy(await repository.decisionsOf(ids), (d) => d.documentId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    dissemination: new DataLoader(async (ids: readonly string[]) => {
      const map = groupBy(await repository.disseminationOf(ids), (d) => d.documentId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    drafters: new DataLoader(async (ids: readonly string[]) => {
      const map = await repository.namedDrafters(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    notices: new DataLoader(async (ids: readonly string[]) => {
      const rows = await repository.noticesAbout(ids, [NotificationKind.ROUND_OPENED, NotificationKind.ROUND_CLOSING]);
      const map = groupBy(rows, (row) => row.objectId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    ofStudyGroups: new DataLoader(async (ids: readonly string[]) => {
      const map = groupBy(await repository.byOwners('study_group_id', ids), (d) => d.studyGroupId);
      return ids.map((id) => map.get(id) ?? []);
    }),
    ofMeetings: new DataLoader(async (ids: readonly string[]) => {
      const map = groupBy(await repository.byOwners('meeting_id', ids), (d) => d.meetingId);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
  return {
    ...loaders,
    clearAll: () => {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}

function asArray<T>(value: T[] | Error): T[] {
  if (value instanceof Error) throw value;
  return value;
}

/**
 * Places each comment on the paragraph it belongs to in the version being read: by paragraph
 * identity, following merges, and marking those whose paragraph changed since. Comments on
 * paragraphs that are gone are gathered under the removed text.
 */
export function placeComments(input: {
  viewerPersonId: string | null;
  canSeeNames: boolean;
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
        attributed:
          input.canSeeNames ||
          round.attribution === AttributionMode.ATTRIBUTED ||
          comment.authorId === input.viewerPersonId,
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
