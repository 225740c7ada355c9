import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RoundStatus } from '@plenary/shared';
import { seesCirculation } from '../documents/document-visibility';
import { DocumentModel, DocumentVersionModel } from '../documents/document.model';
import { ParagraphModel } from '../documents/paragraph.model';
import { organizationModels } from '../documents/related-models';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organizations/organization.model';
import { circulationDefaults } from './circulation-defaults';
import { CirculationDefaultsModel } from './circulation.model';
import { CommentRoundModel, toCommentRoundModel } from './comment-round.model';
import {
  CommentModel,
  CommentTablePageModel,
  ParagraphCommentsModel,
  RemovedParagraphModel,
  toCommentModel,
  toRemovedParagraphModel,
} from './comment.model';
import { CommentReadsService } from './comment-reads.service';
import { CommentTableFilterInput } from './dto/comment-table-filter.input';

/** What the comment rounds add to a document, its versions and paragraphs. */
@Resolver(() => DocumentModel)
export class DocumentRoundsResolver {
  @ResolveField(() => [CommentRoundModel], {
    description: 'Comment rounds, oldest first; empty if you may not see comments.',
  })
  async rounds(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesCirculation(await ctx.loaders.documents.access.load(doc.id))) return [];
    return (await ctx.loaders.commentRounds.rounds.load(doc.id)).map(toCommentRoundModel);
  }

  @ResolveField(() => CommentRoundModel, { nullable: true, description: 'The round still open, if any.' })
  async openRound(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return (await this.rounds(doc, {}, ctx)).find((r) => r.status === RoundStatus.OPEN) ?? null;
  }

  @ResolveField(() => CirculationDefaultsModel, {
    nullable: true,
    description:
      'What the next round starts from: the last round’s recipients and attribution, and a deadline as far off as its own; for those who circulate.',
  })
  async circulationDefaults(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.edit) return null;
    const rounds = await ctx.loaders.commentRounds.rounds.load(doc.id);
    const last = rounds.at(-1);
    // A first round of a group's document goes to the group's committees; a meeting's names its own.
    const [recipients, committees] = await Promise.all([
      last ? ctx.loaders.commentRounds.recipients.load(last.id) : [],
      !last && doc.studyGroupId ? ctx.loaders.studyGroupCommittees.load(doc.studyGroupId) : [],
    ]);
    return circulationDefaults(
      last ? { round: last, recipients } : null,
      committees.map((c) => c.organizationId),
      new Date(),
    );
  }

  @ResolveField(() => [OrganizationModel], { description: 'The committees you may speak for in a comment.' })
  async viewerCommittees(_doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!ctx.viewer) return [];
    return organizationModels(ctx, [...(await ctx.loaders.commentRounds.viewerCommittees.load(ctx.viewer.personId))]);
  }
}

@Resolver(() => DocumentVersionModel)
export class VersionRoundsResolver {
  constructor(private readonly reads: CommentReadsService) {}

  @ResolveField(() => CommentRoundModel, { nullable: true, description: 'The round this version was circulated in.' })
  async round(version: DocumentVersionModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesCirculation(await ctx.loaders.documents.access.load(version.documentId))) return null;
    const rounds = await ctx.loaders.commentRounds.rounds.load(version.documentId);
    const round = rounds.find((r) => r.versionId === version.id);
    return round ? toCommentRoundModel(round) : null;
  }

  @ResolveField(() => [RemovedParagraphModel], {
    description:
      'Text commented on in this or an earlier round that is no longer in this version, with its comment count.',
  })
  async removedParagraphs(version: DocumentVersionModel, _args: unknown, ctx: GraphQLContext) {
    const counted = await ctx.loaders.commentRounds.commentCounts.load(`${version.documentId}:${version.id}`);
    return counted.removed.map((r) => toRemovedParagraphModel(version.documentId, version.id, r));
  }

  @ResolveField(() => [ParagraphCommentsModel], {
    description:
      'The comments on these paragraphs (ids of paragraphs of this version or of removed text), as Paragraph.comments ' +
      `gives them; at most ${CommentReadsService.MAX_PARAGRAPHS} paragraphs at once, each asked for once.`,
  })
  async paragraphComments(
    @Parent() version: DocumentVersionModel,
    @Context() ctx: GraphQLContext,
    @Args('paragraphIds', { type: () => [ID] }) paragraphIds: string[],
  ): Promise<ParagraphCommentsModel[]> {
    const [access, rounds] = await Promise.all([
      ctx.loaders.documents.access.load(version.documentId),
      ctx.loaders.commentRounds.rounds.load(version.documentId),
    ]);
    return this.reads.paragraphComments(access, ctx.viewer, rounds, version.id, paragraphIds);
  }
}

@Resolver(() => DocumentModel)
export class DocumentCommentTableResolver {
  constructor(private readonly reads: CommentReadsService) {}

  @ResolveField(() => CommentTablePageModel, {
    description:
      'The compilation of comments, a page at a time: one round’s comments in paragraph order, filtered. ' +
      `The latest round when no number is given; at most ${CommentReadsService.MAX_PAGE} comments a page.`,
  })
  async commentTable(
    @Parent() doc: DocumentModel,
    @Context() ctx: GraphQLContext,
    @Args('roundNumber', { type: () => Int, nullable: true }) roundNumber: number | null | undefined,
    @Args('filter', { type: () => CommentTableFilterInput, nullable: true })
    filter: CommentTableFilterInput | null | undefined,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<CommentTablePageModel> {
    const [access, rounds] = await Promise.all([
      ctx.loaders.documents.access.load(doc.id),
      ctx.loaders.commentRounds.rounds.load(doc.id),
    ]);
    return this.reads.commentTable(access, ctx.viewer, rounds, { roundNumber, filter: filter ?? {}, offset, limit });
  }
}

@Resolver(() => CommentTablePageModel)
export class CommentTablePageResolver {
  @ResolveField(() => [OrganizationModel], {
    description: 'The committees named on the round’s comments (whatever the filter), for choosing one.',
  })
  committees(page: CommentTablePageModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModels(ctx, page.committeeIds);
  }
}

@Resolver(() => RemovedParagraphModel)
export class RemovedParagraphCommentsResolver {
  @ResolveField(() => [CommentModel], {
    description: 'Its comments; DocumentVersion.paragraphComments loads those of a few paragraphs at a time.',
  })
  async comments(removed: RemovedParagraphModel, _args: unknown, ctx: GraphQLContext) {
    const index = await ctx.loaders.commentRounds.versionComments.load(`${removed.documentId}:${removed.versionId}`);
    const place = index.removed.find((r) => r.paragraphId === removed.paragraphId);
    return (place?.comments ?? []).map((view) => toCommentModel(view, ctx.viewer?.personId ?? null));
  }
}

@Resolver(() => ParagraphModel)
export class ParagraphCommentsResolver {
  @ResolveField(() => [CommentModel], {
    description:
      'Comments on this paragraph from this version’s round and earlier ones, following the paragraph. ' +
      'Loads every comment of the version; DocumentVersion.paragraphComments loads those of a few paragraphs.',
  })
  async comments(paragraph: ParagraphModel, _args: unknown, ctx: GraphQLContext) {
    const index = await ctx.loaders.commentRounds.versionComments.load(
      `${paragraph.documentId}:${paragraph.versionId}`,
    );
    return (index.byParagraph.get(paragraph.paragraphId) ?? []).map((view) =>
      toCommentModel(view, ctx.viewer?.personId ?? null),
    );
  }

  @ResolveField(() => Int, {
    description: 'How many comments you may see on this paragraph in this version (those Paragraph.comments gives).',
  })
  async commentCount(paragraph: ParagraphModel, _args: unknown, ctx: GraphQLContext) {
    const counted = await ctx.loaders.commentRounds.commentCounts.load(
      `${paragraph.documentId}:${paragraph.versionId}`,
    );
    return counted.counts.get(paragraph.paragraphId) ?? 0;
  }
}
