import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DocumentModel, toDocumentModel } from '../documents/document.model';
import { CirculationAudienceModel, toAudienceModel } from './circulation.model';
import { CirculationService } from './circulation.service';
import {
  CommentRoundModel,
  RoundRecipientModel,
  toCommentRoundModel,
  toRoundRecipientModel,
} from './comment-round.model';
import { CommentsService } from './comments.service';
import { CirculateDocumentInput } from './dto/circulate-document.input';
import { RespondToRoundInput } from './dto/respond-to-round.input';
import { RoundDeadlinesService } from './round-deadlines.service';

@Resolver(() => CommentRoundModel)
export class CommentRoundsResolver {
  constructor(
    private readonly circulation: CirculationService,
    private readonly deadlines: RoundDeadlinesService,
    private readonly comments: CommentsService,
  ) {}

  @SignedIn()
  @Query(() => CirculationAudienceModel, {
    description:
      'Whom circulating to these committees, institutions and experts would tell, and how each can be reached; for those who circulate the document.',
  })
  async circulationAudience(
    @CurrentViewer() viewer: Viewer,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('organizationIds', { type: () => [ID] }) organizationIds: string[],
    @Args('personIds', { type: () => [ID] }) personIds: string[],
  ): Promise<CirculationAudienceModel> {
    return toAudienceModel(await this.circulation.audience(viewer, { documentId, organizationIds, personIds }));
  }

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Freezes the working version and opens a comment round for it.' })
  async circulateDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: CirculateDocumentInput) {
    return toDocumentModel(await this.circulation.circulate(viewer, input));
  }

  @SignedIn()
  @Mutation(() => CommentRoundModel)
  async closeCommentRound(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toCommentRoundModel(await this.deadlines.closeRound(viewer, id));
  }

  @SignedIn()
  @Mutation(() => RoundRecipientModel)
  async respondToRound(@CurrentViewer() viewer: Viewer, @Args('input') input: RespondToRoundInput) {
    return toRoundRecipientModel(await this.comments.respond(viewer, input));
  }
}
