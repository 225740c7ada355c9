import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CommentModel, toCommentModel } from './comment.model';
import { CommentsService } from './comments.service';
import { DispositionsService } from './dispositions.service';
import { EditCommentInput, PostCommentInput } from './dto/comment.input';
import { DisposeCommentsInput } from './dto/dispose-comments.input';

/** Each change to comments answers with the comments as the viewer now sees them on their round's version. */
@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly dispositions: DispositionsService,
  ) {}

  @SignedIn()
  @Mutation(() => CommentModel)
  async postComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PostCommentInput,
    @Context() ctx: GraphQLContext,
  ) {
    return toCommentModel(await this.comments.postComment(viewer, input, ctx.loaders), viewer.personId);
  }

  @SignedIn()
  @Mutation(() => CommentModel)
  async editComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditCommentInput,
  ) {
    return toCommentModel(await this.comments.editComment(viewer, id, input), viewer.personId);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Withdraws your comment while the round is open; returns its id.' })
  async withdrawComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return (await this.comments.withdrawComment(viewer, id)).id;
  }

  @SignedIn()
  @Mutation(() => [CommentModel], { description: 'Gives one disposition (and reply) to one or many comments.' })
  async disposeComments(@CurrentViewer() viewer: Viewer, @Args('input') input: DisposeCommentsInput) {
    return (await this.dispositions.dispose(viewer, input)).map((view) => toCommentModel(view, viewer.personId));
  }
}
