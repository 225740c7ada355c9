import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { NoticeMail, NotificationDelivery } from '@plenary/shared';
import {
  asksForResponse,
  recipientsAnsweredBy,
  type RecipientViewer,
  seesCirculation,
  seesDrafting,
  visibleRecipients,
} from '../documents/document-visibility';
import { organizationModel, personModel } from '../documents/related-models';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organizations/organization.model';
import { PersonModel } from '../people/person.model';
import { allPlaced, type CommentView } from './comment-placement';
import { RoundNoticeModel } from './circulation.model';
import { CommentRoundModel, RoundRecipientModel, toRoundRecipientModel } from './comment-round.model';
import type { NoticeRow } from './comment-rounds.repository';
import { CommentModel, toCommentModel } from './comment.model';

/** The viewer as the rules on recipients know them, or null when signed out. */
async function recipientViewer(ctx: GraphQLContext): Promise<RecipientViewer | null> {
  if (!ctx.viewer) return null;
  const committees = await ctx.loaders.commentRounds.viewerCommittees.load(ctx.viewer.personId);
  return { personId: ctx.viewer.personId, committees };
}

/** The comments of the round's own version, for the consolidated comment table. */
async function roundComments(ctx: GraphQLContext, round: CommentRoundModel): Promise<CommentView[]> {
  const index = await ctx.loaders.commentRounds.versionComments.load(`${round.documentId}:${round.versionId}`);
  return allPlaced(index).filter((view) => view.round.id === round.id);
}

/** The round's comment counts, for those who see the circulated text's comments. */
async function roundFacts(
  ctx: GraphQLContext,
  round: CommentRoundModel,
): Promise<{ total: number; undisposed: number }> {
  if (!seesCirculation(await ctx.loaders.documents.access.load(round.documentId))) return { total: 0, undisposed: 0 };
  return ctx.loaders.commentRounds.roundFacts.load(round.id);
}

/** What became of a notice's e-mail: gone, waiting, refused, held for a digest, or never possible. */
function noticeMail(row: NoticeRow): NoticeMail {
  if (row.sentAt) return NoticeMail.SENT;
  if (row.outboxMessageId) return row.failed ? NoticeMail.FAILED : NoticeMail.WAITING;
  if (row.delivery === NotificationDelivery.DAILY_DIGEST && row.hasEmail) return NoticeMail.IN_DIGEST;
  return NoticeMail.NO_ADDRESS;
}

@Resolver(() => CommentRoundModel)
export class CommentRoundFieldsResolver {
  @ResolveField(() => Int, { description: 'The number of the version circulated.' })
  async versionNumber(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    const versions = await ctx.loaders.documents.versions.load(round.documentId);
    return versions.find((v) => v.id === round.versionId)?.number ?? 0;
  }

  @ResolveField(() => [RoundRecipientModel], {
    description:
      'Recipients and their responses. In a non-attributed round, readers other than the co-chairs and the secretariat see only their own.',
  })
  async recipients(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    const [recipients, access, viewer] = await Promise.all([
      ctx.loaders.commentRounds.recipients.load(round.id),
      ctx.loaders.documents.access.load(round.documentId),
      recipientViewer(ctx),
    ]);
    return visibleRecipients(recipients, round, access, viewer).map(toRoundRecipientModel);
  }

  @ResolveField(() => [RoundRecipientModel], {
    description: 'The recipients you answer for: yourself, your committees.',
  })
  async viewerRecipients(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    const [recipients, viewer] = await Promise.all([
      ctx.loaders.commentRounds.recipients.load(round.id),
      recipientViewer(ctx),
    ]);
    return recipientsAnsweredBy(recipients, viewer).map(toRoundRecipientModel);
  }

  @ResolveField(() => Boolean, {
    description:
      'You are asked for a response now: the round takes comments and you answer for one of its recipients. ' +
      'The co-chairs and the secretariat, who run the round, are not asked about their own text.',
  })
  async viewerCanRespond(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    if (!round.acceptingComments) return false;
    const [access, recipients, viewer] = await Promise.all([
      ctx.loaders.documents.access.load(round.documentId),
      ctx.loaders.commentRounds.recipients.load(round.id),
      recipientViewer(ctx),
    ]);
    return asksForResponse(access, round.acceptingComments, recipientsAnsweredBy(recipients, viewer).length);
  }

  @ResolveField(() => [CommentModel], {
    description: 'Every comment of the round in paragraph order: the compilation of comments and responses.',
  })
  async comments(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    const views = await roundComments(ctx, round);
    return views
      .sort((a, b) => (a.paragraphThen.number ?? 0) - (b.paragraphThen.number ?? 0))
      .map((view) => toCommentModel(view, ctx.viewer?.personId ?? null));
  }

  @ResolveField(() => Int, { description: 'Comments still without a disposition.' })
  async undisposedCount(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    return (await roundFacts(ctx, round)).undisposed;
  }

  @ResolveField(() => Int, { description: 'The comments of the round (withdrawn ones left out).' })
  async commentCount(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    return (await roundFacts(ctx, round)).total;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  closedBy(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, round.closedById);
  }

  @ResolveField(() => [RoundNoticeModel], {
    description:
      'Who was told about the round (its opening and reminders), when, and whether the e-mail went; for the drafters and the secretariat.',
  })
  async notices(round: CommentRoundModel, _args: unknown, ctx: GraphQLContext): Promise<RoundNoticeModel[]> {
    if (!seesDrafting(await ctx.loaders.documents.access.load(round.documentId))) return [];
    return (await ctx.loaders.commentRounds.notices.load(round.id)).map((row) => ({
      id: row.id,
      personId: row.personId,
      kind: row.kind,
      at: row.createdAt,
      mail: noticeMail(row),
      mailSentAt: row.sentAt,
    }));
  }
}

@Resolver(() => RoundNoticeModel)
export class RoundNoticesResolver {
  @ResolveField(() => PersonModel)
  person(notice: RoundNoticeModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, notice.personId);
  }
}

@Resolver(() => RoundRecipientModel)
export class RoundRecipientsResolver {
  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(recipient: RoundRecipientModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModel(ctx, recipient.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  person(recipient: RoundRecipientModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, recipient.personId);
  }
}

@Resolver(() => CommentModel)
export class CommentFieldsResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when the round is non-attributed for you.' })
  author(comment: CommentModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, comment.authorId);
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The committee it speaks for; null in personal capacity or when not attributed.',
  })
  speaksFor(comment: CommentModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModel(ctx, comment.speaksForId);
  }
}
