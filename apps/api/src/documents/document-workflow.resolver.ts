import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DocumentWorkflowService } from './document-workflow.service';
import { DocumentModel, toDocumentModel } from './document.model';
import { DecideDocumentInput, PublishDocumentInput } from './dto/decision.input';

@Resolver(() => DocumentModel)
export class DocumentWorkflowResolver {
  constructor(private readonly workflow: DocumentWorkflowService) {}

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Freezes the working version as the final text.' })
  async finaliseDocument(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toDocumentModel(await this.workflow.finalise(viewer, id));
  }

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Submits the final text to the body the study group reports to.' })
  async submitDocument(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toDocumentModel(await this.workflow.submit(viewer, id));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async decideDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideDocumentInput) {
    return toDocumentModel(await this.workflow.decide(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async publishDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishDocumentInput) {
    return toDocumentModel(await this.workflow.publish(viewer, input));
  }
}
