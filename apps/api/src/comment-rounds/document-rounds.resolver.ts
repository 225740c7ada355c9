import { ResolveField, Resolver } from '@nestjs/graphql';
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
import { CommentModel, RemovedParagraphModel, toCommentModel, toRemovedParagraphModel } from './comment.model';

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
  @ResolveField(() => CommentRoundModel, { nullable: true, description: 'The round this version was circulated in.' })
  async round(version: DocumentVersionModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesCirculation(await ctx.loaders.documents.access.load(version.documentId))) return null;
    const rounds = await ctx.loaders.commentRounds.rounds.load(version.documentId);
    const round = rounds.find((r) => r.versionId === version.id);
    return round ? toCommentRoundModel(round) : null;
  }

  @ResolveField(() => [RemovedParagraphModel], {
    description: 'Text commented on in this or an earlier round that is no longer in this version, with its comments.',
  })
  async removedParagraphs(version: DocumentVersionModel, _args: unknown, ctx: GraphQLContext) {
    const index = await ctx.loaders.commentRounds.versionComments.load(`${version.documentId}:${version.id}`);
    return index.removed.map((r) => toRemovedParagraphModel(r, ctx.viewer?.personId ?? null));
  }
}

@Resolver(() => ParagraphModel)
export class ParagraphCommentsResolver {
  @ResolveField(() => [CommentModel], {
    description: 'Comments on this paragraph from this version’s round and earlier ones, following the paragraph.',
  })
  async comments(paragraph: ParagraphModel, _args: unknown, ctx: GraphQLContext) {
    const index = await ctx.loaders.commentRounds.versionComments.load(
      `${paragraph.documentId}:${paragraph.versionId}`,
    );
    return (index.byParagraph.get(paragraph.paragraphId) ?? []).map((view) =>
      toCommentModel(view, ctx.viewer?.personId ?? null),
    );
  }
}
