import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DomainError } from '../common/domain-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { EventsService } from '../realtime/events.service';
import { DocumentComparisonModel } from './document-comparison.model';
import { seesPresence } from './document-visibility';
import { DocumentEventModel, DocumentModel, toDocumentModel } from './document.model';
import { DocumentsService } from './documents.service';
import { CreateDocumentInput, SetDocumentDraftersInput } from './dto/document.input';

@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly events: EventsService,
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
      'Changes to the document (new text, comments, responses, dispositions, round state) and where co-chairs are editing, for as long as the subscriber may see it.',
    resolve: (event: DocumentEventModel) => event,
  })
  async documentEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AsyncGenerator<DocumentEventModel>> {
    await this.service.get(viewer, id);
    return this.follow(viewer, id, ctx);
  }

  private async *follow(viewer: Viewer, id: string, ctx: GraphQLContext): AsyncGenerator<DocumentEventModel> {
    for await (const event of this.events.watch('document', id)) {
      ctx.loaders.clearAll();
      try {
        const { access } = await this.service.get(viewer, id);
        if (event.presence) {
          if (!seesPresence(access, event.presence.personId, viewer.personId)) continue;
          yield { documentId: id, kind: 'PRESENCE', presence: event.presence };
        } else {
          yield { documentId: id, kind: 'CHANGED', presence: null };
        }
      } catch (error) {
        // Access was withdrawn: delivery stops.
        if (error instanceof DomainError) return;
        throw error;
      }
    }
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
