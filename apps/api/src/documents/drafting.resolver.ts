import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DocumentModel, toDocumentModel } from './document.model';
import { DraftingService } from './drafting.service';
import {
  AddParagraphInput,
  DeleteParagraphInput,
  MergeParagraphsInput,
  MoveParagraphInput,
  SaveParagraphInput,
  SplitParagraphInput,
} from './dto/paragraph.input';
import { ParagraphModel, toParagraphModel } from './paragraph.model';

@Resolver(() => DocumentModel)
export class DraftingResolver {
  constructor(private readonly drafting: DraftingService) {}

  @SignedIn()
  @Mutation(() => DocumentModel)
  async addParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: AddParagraphInput) {
    return toDocumentModel(await this.drafting.addParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => ParagraphModel, {
    description:
      'Saves one paragraph of the working version; VERSION_CONFLICT (with the current text) if it changed since.',
  })
  async saveParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveParagraphInput) {
    return toParagraphModel(input.documentId, await this.drafting.saveParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async splitParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: SplitParagraphInput) {
    return toDocumentModel(await this.drafting.splitParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async mergeParagraphs(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeParagraphsInput) {
    return toDocumentModel(await this.drafting.mergeParagraphs(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async moveParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: MoveParagraphInput) {
    return toDocumentModel(await this.drafting.moveParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async deleteParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteParagraphInput) {
    return toDocumentModel(await this.drafting.deleteParagraph(viewer, input));
  }
}
