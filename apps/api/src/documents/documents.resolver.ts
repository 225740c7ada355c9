import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { DocumentComparisonModel } from './document-comparison.model';
import { mapIterator } from '../realtime/map-iterator';
import { DocumentLive } from './document-live.service';
import { DocumentEventModel, DocumentModel, toDocumentModel } from './document.model';
import { DocumentsService } from './documents.service';
import { CreateDocumentInput, SetDocumentDraftersInput } from './dto/document.input';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly live: DocumentLive,
  ) {}

  @SignedIn()
  @Query(() => DocumentModel)
  async document(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<DocumentModel> {
    const { document, access } = await this.service.get(viewer, id);
    // The fields below ask the loaders for what was just read.
    ctx.loaders.documents.document.prime(id, document);
    ctx.loaders.documents.access.prime(id, access);
    return toDocumentModel(document);
  }

  @SignedIn()
  @Query(() => DocumentComparisonModel, { description: 'What changed between two versions, word by word.' })
  async documentComparison(
    @CurrentViewer() viewer: Viewer,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<DocumentComparisonModel> {
    return this.service.compare(viewer, documentId, from, to);
  }

  @SignedIn()
  @Subscription(() => DocumentEventModel, {
    description:
      'Changes to the document, each naming what changed (paragraphs, a comment, a round, a version), and where co-chairs are editing, for as long as the subscriber may see it.',
    resolve: (event: DocumentEventModel) => event,
  })
  async documentEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AsyncIterableIterator<DocumentEventModel>> {
    await this.service.get(viewer, id);
    return mapIterator(this.live.follow(viewer, id), ({ event, person }) => {
      // The person a presence names was read once for every reader.
      if (person) ctx.loaders.person.clear(person.id).prime(person.id, person);
      return event;
    });
  }

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Starts a document with an empty working version 1.' })
  async createDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateDocumentInput) {
    return toDocumentModel(await this.service.create(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel, {
    description: 'Names who drafts a meeting’s document besides its organisers and secretariat (its participants).',
  })
  async setDocumentDrafters(@CurrentViewer() viewer: Viewer, @Args('input') input: SetDocumentDraftersInput) {
    return toDocumentModel(await this.service.setDrafters(viewer, input));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Tells the other co-chairs which paragraph you are editing (null: none).' })
  async setDocumentPresence(
    @CurrentViewer() viewer: Viewer,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('paragraphId', { type: () => ID, nullable: true }) paragraphId: string | null,
  ) {
    return this.service.setPresence(viewer, documentId, paragraphId ?? null);
  }
}
