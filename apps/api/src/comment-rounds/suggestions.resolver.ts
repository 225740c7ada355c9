import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { suggestionApplies } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import type { Viewer } from '../common/viewer';
import { visibleVersions } from '../documents/document-visibility';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CommentModel, SuggestionModel, toCommentModel } from './comment.model';
import { AcceptSuggestionInput } from './dto/accept-suggestion.input';
import { SuggestionsService } from './suggestions.service';

@Resolver(() => CommentModel)
export class SuggestionsResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @ResolveField(() => SuggestionModel, {
    nullable: true,
    description: 'The wording proposed, when the comment is suggested wording.',
  })
  async suggestion(comment: CommentModel, _args: unknown, ctx: GraphQLContext): Promise<SuggestionModel | null> {
    const data = comment.suggestionData;
    if (!data) return null;
    if (data.acceptedAt) return { ...data, applicable: false };
    // Read against the newest text the viewer may open: the working draft for its drafters.
    const [access, versions] = await Promise.all([
      ctx.loaders.documents.access.load(comment.documentId),
      ctx.loaders.documents.versions.load(comment.documentId),
    ]);
    const newest = visibleVersions(access, versions).at(-1);
    const paragraph = newest
      ? (await ctx.loaders.documents.paragraphs.load(newest.id)).find((p) => p.paragraphId === comment.paragraphId)
      : undefined;
    return { ...data, applicable: !!paragraph && suggestionApplies(paragraph.text, data) };
  }

  @SignedIn()
  @Mutation(() => CommentModel, {
    description:
      'Takes suggested wording into the working version’s paragraph (as proposed, or as edited with `text`) and ' +
      'disposes of the suggestion as accepted, with a reply saying what changed; SUGGESTION_NOT_APPLICABLE when ' +
      'its words have changed since and no edited wording is given.',
  })
  async acceptSuggestion(@CurrentViewer() viewer: Viewer, @Args('input') input: AcceptSuggestionInput) {
    return toCommentModel(await this.suggestions.accept(viewer, input), viewer.personId);
  }
}
