import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { NotificationKind } from '@plenary/shared';
import type { Viewer } from '../common/viewer';
import { groupBy, groupsOf } from '../common/group-by';
import { seesCirculation } from '../documents/document-visibility';
import type { DocumentLoaders } from '../documents/documents.loaders';
import { placeComments, type VersionComments } from './comment-placement';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { CommentRoundsRepository, type NoticeRow } from './comment-rounds.repository';
import type { CommentEntity } from './comment.entity';
import { CommentReadsRepository, type RoundCommentFacts, type VersionCommentCounts } from './comment-reads.repository';
import { CommentsRepository } from './comments.repository';

export interface CommentRoundLoaders {
  /** The rounds of each document, oldest first. */
  rounds: Loader<string, CommentRoundEntity[]>;
  recipients: Loader<string, RoundRecipientEntity[]>;
  /** Comments of each round, withdrawn ones left out. */
  comments: Loader<string, CommentEntity[]>;
  /** Keyed `documentId:versionId`: the comments of that version and earlier ones, on their paragraphs. */
  versionComments: Loader<string, VersionComments>;
  /**
   * Keyed `documentId:versionId`: how many comments each paragraph of the version carries and the
   * removed text commented on, counted in the database without loading the comments.
   */
  commentCounts: Loader<string, VersionCommentCounts>;
  /** Each round's comment count and those still without a disposition. */
  roundFacts: Loader<string, RoundCommentFacts>;
  /** The organizations the viewer may speak for (one key: the viewer's person id). */
  viewerCommittees: Loader<string, Set<string>>;
  /** Who was told about each round (its opening notice and reminders), and what became of the e-mails. */
  notices: Loader<string, NoticeRow[]>;
  clearAll(): void;
}

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    commentRounds: CommentRoundLoaders;
  }
}

@Injectable()
export class CommentRoundsLoaders {
  constructor(
    private readonly repository: CommentRoundsRepository,
    private readonly commentsRepository: CommentsRepository,
    private readonly reads: CommentReadsRepository,
  ) {}

  /** The rounds' loaders; comments are placed on versions with the documents' own loaders. */
  create(viewer: Viewer | null, documents: DocumentLoaders): CommentRoundLoaders {
    const rounds = new Loader(async (ids: readonly string[]) =>
      groupsOf(
        ids,
        groupBy(await this.repository.roundsOf(ids), (r) => r.documentId),
      ),
    );
    const comments = new Loader(async (ids: readonly string[]) =>
      groupsOf(
        ids,
        groupBy(
          (await this.commentsRepository.commentsOfRounds(ids)).filter((c) => !c.withdrawnAt),
          (c) => c.roundId,
        ),
      ),
    );
    const versionComments = new Loader<string, VersionComments>(async (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [documentId, versionId] = key.split(':') as [string, string];
          const [access, allVersions, docRounds, merged] = await Promise.all([
            documents.access.load(documentId),
            documents.versions.load(documentId),
            rounds.load(documentId),
            documents.merges.load(documentId),
          ]);
          const version = allVersions.find((v) => v.id === versionId);
          if (!seesCirculation(access) || !version) return { byParagraph: new Map(), removed: [] };
          const numberOf = new Map(allVersions.map((v) => [v.id, v.number]));
          const earlier = docRounds.filter((r) => (numberOf.get(r.versionId) ?? Infinity) <= version.number);
          const [current, roundComments, roundTexts] = await Promise.all([
            documents.paragraphs.load(version.id),
            comments.loadMany(earlier.map((r) => r.id)),
            documents.paragraphs.loadMany(earlier.map((r) => r.versionId)),
          ]);
          return placeComments({
            access,
            viewerPersonId: viewer?.personId ?? null,
            current,
            rounds: earlier.map((round, i) => ({
              round,
              comments: loaded(roundComments[i]!),
              text: loaded(roundTexts[i]!),
            })),
            merged,
          });
        }),
      ),
    );
    const commentCounts = new Loader<string, VersionCommentCounts>(async (keys) => {
      const asked = keys.map((key) => key.split(':') as [string, string]);
      const access = await documents.access.loadMany(asked.map(([documentId]) => documentId));
      const readable = asked.filter((_, i) => {
        const a = access[i]!;
        if (a instanceof Error) throw a;
        return seesCirculation(a);
      });
      const counted = new Map(
        (readable.length ? await this.reads.countsOf(readable.map(([, versionId]) => versionId)) : []).map((c) => [
          c.versionId,
          c,
        ]),
      );
      return asked.map(([, versionId]) => counted.get(versionId) ?? { versionId, counts: new Map(), removed: [] });
    });
    const loaders = {
      rounds,
      commentCounts,
      roundFacts: new Loader<string, RoundCommentFacts>(async (ids) => {
        const facts = new Map((await this.reads.factsOf(ids)).map((f) => [f.roundId, f]));
        return ids.map((roundId) => facts.get(roundId) ?? { roundId, total: 0, undisposed: 0 });
      }),
      recipients: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.recipientsOf(ids), (r) => r.roundId),
        ),
      ),
      comments,
      versionComments,
      viewerCommittees: new Loader(async (ids: readonly string[]) =>
        Promise.all(ids.map((id) => this.repository.committeesOf(this.repository.manager, id))),
      ),
      notices: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(
            await this.repository.noticesAbout(ids, [NotificationKind.ROUND_OPENED, NotificationKind.ROUND_CLOSING]),
            (row) => row.objectId,
          ),
        ),
      ),
    };
    return {
      ...loaders,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
      },
    };
  }
}

function loaded<T>(value: T[] | Error): T[] {
  if (value instanceof Error) throw value;
  return value;
}
