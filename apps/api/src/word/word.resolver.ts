import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CommentModel, toCommentModel } from '../comment-rounds/comment.model';
import type { Viewer } from '../common/viewer';
import { DocumentModel, toDocumentModel } from '../documents/document.model';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import { ImportWordDraftInput, PostReturnedCommentsInput } from './dto/word.input';
import { WordService } from './word.service';

/** What follows a Word file's preview (see WordController): importing the draft, posting the comments. */
@Resolver()
export class WordResolver {
  constructor(private readonly word: WordService) {}

  @SignedIn()
  @Mutation(() => DocumentModel, {
    description: 'Adds the confirmed paragraphs of a Word draft to the working version.',
  })
  async importWordDraft(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportWordDraftInput) {
    return toDocumentModel(await this.word.importDraft(viewer, input.documentId, input.paragraphs));
  }

  @SignedIn()
  @Mutation(() => [CommentModel], {
    description: 'Posts the reviewed comments of a returned Word file together: all of them, or none.',
  })
  async postReturnedComments(@CurrentViewer() viewer: Viewer, @Args('input') input: PostReturnedCommentsInput) {
    return (await this.word.postReturned(viewer, input)).map((view) => toCommentModel(view, viewer.personId));
  }
}
