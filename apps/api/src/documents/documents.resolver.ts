import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AttributionMode, NoticeMail, NotificationDelivery, RoundStatus } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { DomainError, invalid } from '../common/domain-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel, toMeetingModel } from '../meetings/meeting.model';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { EventsService } from '../realtime/events.service';
import { StudyGroupModel, toStudyGroupModel } from '../study-groups/study-group.model';
import { circulationDefaults } from './circulation-defaults';
import {
  AudiencePersonModel,
  AudienceRecipientModel,
  CirculationAudienceModel,
  CirculationDefaultsModel,
  MailPreviewModel,
  RoundNoticeModel,
} from './circulation.model';
import type { DocumentsRepository, NoticeRow } from './documents.repository';
import { type CirculationAudience, DocumentsService, visibleVersions } from './documents.service';
import {
  AddParagraphInput,
  CirculateDocumentInput,
  CreateDocumentInput,
  DecideDocumentInput,
  DeleteParagraphInput,
  DisposeCommentsInput,
  EditCommentInput,
  MergeParagraphsInput,
  MoveParagraphInput,
  PostCommentInput,
  PublishDocumentInput,
  RespondToRoundInput,
  SaveParagraphInput,
  SetDocumentDraftersInput,
  SplitParagraphInput,
} from './dto/document.input';
import {
  AddresseeModel,
  CommentModel,
  CommentRoundModel,
  DocumentComparisonModel,
  DocumentDecisionModel,
  DocumentEventModel,
  DocumentHistoryEntryModel,
  DocumentModel,
  DocumentPresenceModel,
  DocumentVersionModel,
  ParagraphModel,
  RemovedParagraphModel,
  RoundRecipientModel,
  toCommentModel,
  toCommentRoundModel,
  toDocumentDecisionModel,
  toDocumentModel,
  toDocumentVersionModel,
  toParagraphModels,
  toRemovedParagraphModel,
  toRoundRecipientModel,
} from './document.model';
import type { CommentView } from './document-loaders';
import { visibleRecipients } from './document-access';

async function person(ctx: GraphQLContext, id: string | null): Promise<PersonModel | null> {
  if (!id) return null;
  const row = await ctx.loaders.person.load(id);
  return row ? toPersonModel(row) : null;
}

async function organization(ctx: GraphQLContext, id: string | null): Promise<OrganizationModel | null> {
  if (!id) return null;
  const row = await ctx.loaders.organization.load(id);
  return row ? toOrganizationModel(row) : null;
}

async function organizations(ctx: GraphQLContext, ids: string[]): Promise<OrganizationModel[]> {
  const rows = await ctx.loaders.organization.loadMany(ids);
  return rows
    .filter((o): o is OrganizationEntity => !!o && !(o instanceof Error))
    .map(toOrganizationModel)
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function people(ctx: GraphQLContext, ids: string[]): Promise<PersonModel[]> {
  const rows = await ctx.loaders.person.loadMany(ids);
  return rows.filter((p): p is PersonEntity => !!p && !(p instanceof Error)).map(toPersonModel);
}

/** The comments of the round's own version, for the consolidated comment table. */
async function roundComments(ctx: GraphQLContext, round: CommentRoundModel): Promise<CommentView[]> {
  const index = await ctx.loaders.documents.versionComments.load(`${round.documentId}:${round.versionId}`);
  const all = [...index.byParagraph.values(), ...index.removed.map((r) => r.comments)].flat();
  return all.filter((view) => view.round.id === round.id);
}

/** What became of a notice's e-mail: gone, waiting, refused, held for a digest, or never possible. */
function noticeMail(row: NoticeRow): NoticeMail {
  if (row.sentAt) return NoticeMail.SENT;
  if (row.outboxMessageId) return row.failed ? NoticeMail.FAILED : NoticeMail.WAITING;
  if (row.delivery === NotificationDelivery.DAILY_DIGEST && row.hasEmail) return NoticeMail.IN_DIGEST;
  return NoticeMail.NO_ADDRESS;
}

/** The audience by recipient, in the order named: committees and institutions, then experts. */
type AudienceModel = CirculationAudienceModel & { audience: CirculationAudience };
function toAudienceModel(audience: CirculationAudience): AudienceModel {
  const people = (of: (member: CirculationAudience['members'][number]) => boolean): AudiencePersonModel[] =>
    audience.members.filter(of).map((m) => ({ personId: m.personId, hasEmail: m.hasEmail, hasAccount: m.hasAccount }));
  return {
    audience,
    documentId: audience.document.id,
    studyGroupId: audience.studyGroupId,
    recipients: [
      ...audience.organizationIds.map((id) => ({
        organizationId: id,
        expertId: null,
        people: people((m) => m.organizationId === id),
        canNameMember: audience.nameableOrganizationIds.has(id),
      })),
      ...audience.personIds.map((id) => ({
        organizationId: null,
        expertId: id,
        people: people((m) => m.expertId === id),
        canNameMember: false,
      })),
    ],
  };
}

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
    return toAudienceModel(await this.service.circulationAudience(viewer, { documentId, organizationIds, personIds }));
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
          if (!access.draft || event.presence.personId === viewer.personId) continue;
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
  @Mutation(() => DocumentModel)
  async addParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: AddParagraphInput) {
    return toDocumentModel(await this.service.addParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => ParagraphModel, {
    description:
      'Saves one paragraph of the working version; VERSION_CONFLICT (with the current text) if it changed since.',
  })
  async saveParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveParagraphInput) {
    const saved = await this.service.saveParagraph(viewer, input);
    const all = toParagraphModels(input.documentId, await this.service.paragraphsOf(saved.versionId));
    return all.find((p) => p.paragraphId === saved.paragraphId)!;
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async splitParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: SplitParagraphInput) {
    return toDocumentModel(await this.service.splitParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async mergeParagraphs(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeParagraphsInput) {
    return toDocumentModel(await this.service.mergeParagraphs(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async moveParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: MoveParagraphInput) {
    return toDocumentModel(await this.service.moveParagraph(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async deleteParagraph(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteParagraphInput) {
    return toDocumentModel(await this.service.deleteParagraph(viewer, input));
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

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Freezes the working version and opens a comment round for it.' })
  async circulateDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: CirculateDocumentInput) {
    return toDocumentModel(await this.service.circulate(viewer, input));
  }

  @SignedIn()
  @Mutation(() => CommentRoundModel)
  async closeCommentRound(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toCommentRoundModel(await this.service.closeRound(viewer, id));
  }

  @SignedIn()
  @Mutation(() => CommentModel)
  async postComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PostCommentInput,
    @Context() ctx: GraphQLContext,
  ) {
    return this.commentModel(ctx, viewer, (await this.service.postComment(viewer, input)).id);
  }

  @SignedIn()
  @Mutation(() => CommentModel)
  async editComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditCommentInput,
    @Context() ctx: GraphQLContext,
  ) {
    return this.commentModel(ctx, viewer, (await this.service.editComment(viewer, id, input)).id);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Withdraws your comment while the round is open; returns its id.' })
  async withdrawComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return (await this.service.withdrawComment(viewer, id)).id;
  }

  @SignedIn()
  @Mutation(() => RoundRecipientModel)
  async respondToRound(@CurrentViewer() viewer: Viewer, @Args('input') input: RespondToRoundInput) {
    return toRoundRecipientModel(await this.service.respond(viewer, input));
  }

  @SignedIn()
  @Mutation(() => [CommentModel], { description: 'Gives one disposition (and reply) to one or many comments.' })
  async disposeComments(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DisposeCommentsInput,
    @Context() ctx: GraphQLContext,
  ) {
    const comments = await this.service.dispose(viewer, input);
    return Promise.all(comments.map((c) => this.commentModel(ctx, viewer, c.id)));
  }

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Freezes the working version as the final text.' })
  async finaliseDocument(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toDocumentModel(await this.service.finalise(viewer, id));
  }

  @SignedIn()
  @Mutation(() => DocumentModel, { description: 'Submits the final text to the body the study group reports to.' })
  async submitDocument(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return toDocumentModel(await this.service.submit(viewer, id));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async decideDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideDocumentInput) {
    return toDocumentModel(await this.service.decide(viewer, input));
  }

  @SignedIn()
  @Mutation(() => DocumentModel)
  async publishDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishDocumentInput) {
    return toDocumentModel(await this.service.publish(viewer, input));
  }

  /** A comment as the viewer sees it after a change, placed on its round's version. */
  private async commentModel(ctx: GraphQLContext, viewer: Viewer, id: string): Promise<CommentModel> {
    ctx.loaders.clearAll();
    const view = await this.service.commentView(viewer, id, ctx.loaders.documents);
    return toCommentModel(view, viewer.personId);
  }

  // Fields

  @ResolveField(() => StudyGroupModel, { nullable: true })
  async studyGroup(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    if (!doc.studyGroupId) return null;
    const group = await ctx.loaders.studyGroup.load(doc.studyGroupId);
    return group ? toStudyGroupModel(group) : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  async meeting(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    if (!doc.meetingId) return null;
    const meeting = await ctx.loaders.meeting.load(doc.meetingId);
    return meeting ? toMeetingModel(meeting) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The body the final text was submitted to.' })
  submittedTo(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return organization(ctx, doc.submittedToId);
  }

  @ResolveField(() => [DocumentVersionModel], { description: 'The versions you may read, oldest first.' })
  async versions(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const [access, versions] = await Promise.all([
      ctx.loaders.documents.access.load(doc.id),
      ctx.loaders.documents.versions.load(doc.id),
    ]);
    return visibleVersions(access, versions).map(toDocumentVersionModel);
  }

  @ResolveField(() => DocumentVersionModel, {
    nullable: true,
    description: 'One version by number (from 1); the newest you may read when omitted. Null if you may not read it.',
  })
  async version(
    @Parent() doc: DocumentModel,
    @Context() ctx: GraphQLContext,
    @Args('number', { type: () => Int, nullable: true }) number?: number | null,
  ) {
    if (number !== undefined && number !== null && number < 1) {
      throw invalid('number', 'Versions are numbered from 1; leave the number out for the newest.');
    }
    const versions = await this.versions(doc, ctx);
    return (number == null ? versions.at(-1) : versions.find((v) => v.number === number)) ?? null;
  }

  @ResolveField(() => [CommentRoundModel], {
    description: 'Comment rounds, oldest first; empty if you may not see comments.',
  })
  async rounds(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.read) return [];
    return (await ctx.loaders.documents.rounds.load(doc.id)).map(toCommentRoundModel);
  }

  @ResolveField(() => CommentRoundModel, { nullable: true, description: 'The round still open, if any.' })
  async openRound(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return (await this.rounds(doc, ctx)).find((r) => r.status === RoundStatus.OPEN) ?? null;
  }

  @ResolveField(() => [DocumentDecisionModel])
  async decisions(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.read) return [];
    return (await ctx.loaders.documents.decisions.load(doc.id)).map(toDocumentDecisionModel);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Institutions the published text was sent to.' })
  async disseminatedToOrganizations(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const rows = await ctx.loaders.documents.dissemination.load(doc.id);
    return organizations(
      ctx,
      rows.map((r) => r.organizationId).filter((id): id is string => !!id),
    );
  }

  @ResolveField(() => [PersonModel], { description: 'Experts the published text was sent to.' })
  async disseminatedToPeople(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.read) return [];
    const rows = await ctx.loaders.documents.dissemination.load(doc.id);
    return people(
      ctx,
      rows.map((r) => r.personId).filter((id): id is string => !!id),
    );
  }

  @ResolveField(() => [DocumentHistoryEntryModel], {
    description: 'Every workflow step (who, when, from → to); for the co-chairs and the secretariat.',
  })
  async history(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.draft) return [];
    return this.service.history(doc.id);
  }

  @ResolveField(() => CirculationDefaultsModel, {
    nullable: true,
    description:
      'What the next round starts from: the last round’s recipients and attribution, and a deadline as far off as its own; for those who circulate.',
  })
  async circulationDefaults(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.edit) return null;
    const rounds = await ctx.loaders.documents.rounds.load(doc.id);
    const last = rounds.at(-1);
    // A first round of a group's document goes to the group's committees; a meeting's names its own.
    const [recipients, committees] = await Promise.all([
      last ? ctx.loaders.documents.recipients.load(last.id) : [],
      !last && doc.studyGroupId ? ctx.loaders.studyGroupCommittees.load(doc.studyGroupId) : [],
    ]);
    return circulationDefaults(
      last ? { round: last, recipients } : null,
      committees.map((c) => c.organizationId),
      new Date(),
    );
  }

  @ResolveField(() => Boolean, {
    description: 'You may edit the draft, circulate, close rounds, dispose, finalise and submit.',
  })
  async viewerCanEdit(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).edit;
  }

  @ResolveField(() => Boolean, { description: 'You see the working version and who wrote every comment.' })
  async viewerCanSeeDraft(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).draft;
  }

  @ResolveField(() => Boolean)
  async viewerCanPublish(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).publish;
  }

  @ResolveField(() => [PersonModel], {
    description: 'Participants the meeting’s organisers named to draft it; for those who see the draft.',
  })
  async drafters(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(doc.id);
    if (!access.draft) return [];
    return people(ctx, await ctx.loaders.documents.drafters.load(doc.id));
  }

  @ResolveField(() => Boolean, { description: 'You may name the drafters of this meeting document.' })
  async viewerCanNameDrafters(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return !!doc.meetingId && (await ctx.loaders.documents.access.load(doc.id)).nameDrafters;
  }

  @ResolveField(() => Boolean, { description: 'You may record the decision on the submitted text.' })
  async viewerCanDecide(@Parent() doc: DocumentModel, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).decide;
  }

  @ResolveField(() => [OrganizationModel], { description: 'The committees you may speak for in a comment.' })
  async viewerCommittees(@Parent() _doc: DocumentModel, @Context() ctx: GraphQLContext) {
    if (!ctx.viewer) return [];
    return organizations(ctx, [...(await ctx.loaders.documents.viewerCommittees.load(ctx.viewer.personId))]);
  }
}

@Resolver(() => DocumentVersionModel)
export class DocumentVersionsResolver {
  @ResolveField(() => [ParagraphModel])
  async paragraphs(@Parent() version: DocumentVersionModel, @Context() ctx: GraphQLContext) {
    return toParagraphModels(version.documentId, await ctx.loaders.documents.paragraphs.load(version.id));
  }

  @ResolveField(() => CommentRoundModel, { nullable: true, description: 'The round this version was circulated in.' })
  async round(@Parent() version: DocumentVersionModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(version.documentId);
    if (!access.read) return null;
    const rounds = await ctx.loaders.documents.rounds.load(version.documentId);
    const round = rounds.find((r) => r.versionId === version.id);
    return round ? toCommentRoundModel(round) : null;
  }

  @ResolveField(() => [RemovedParagraphModel], {
    description: 'Text commented on in this or an earlier round that is no longer in this version, with its comments.',
  })
  async removedParagraphs(@Parent() version: DocumentVersionModel, @Context() ctx: GraphQLContext) {
    const index = await ctx.loaders.documents.versionComments.load(`${version.documentId}:${version.id}`);
    return index.removed.map((r) => toRemovedParagraphModel(r, ctx.viewer?.personId ?? null));
  }
}

@Resolver(() => ParagraphModel)
export class ParagraphsResolver {
  @ResolveField(() => [CommentModel], {
    description: 'Comments on this paragraph from this version’s round and earlier ones, following the paragraph.',
  })
  async comments(@Parent() paragraph: ParagraphModel, @Context() ctx: GraphQLContext) {
    const index = await ctx.loaders.documents.versionComments.load(`${paragraph.documentId}:${paragraph.versionId}`);
    return (index.byParagraph.get(paragraph.paragraphId) ?? []).map((view) =>
      toCommentModel(view, ctx.viewer?.personId ?? null),
    );
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who last saved it.' })
  async updatedBy(@Parent() paragraph: ParagraphModel, @Context() ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(paragraph.documentId);
    return access.draft ? person(ctx, paragraph.updatedById) : null;
  }
}

@Resolver(() => AddresseeModel)
export class AddresseesResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The body addressed, for a named body.' })
  organization(@Parent() addressee: AddresseeModel, @Context() ctx: GraphQLContext) {
    return organization(ctx, addressee.organizationId);
  }
}

@Resolver(() => CommentModel)
export class CommentsResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when the round is non-attributed for you.' })
  author(@Parent() comment: CommentModel, @Context() ctx: GraphQLContext) {
    return person(ctx, comment.authorId);
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The committee it speaks for; null in personal capacity or when not attributed.',
  })
  speaksFor(@Parent() comment: CommentModel, @Context() ctx: GraphQLContext) {
    return organization(ctx, comment.speaksForId);
  }
}

/** The recipients of a round the viewer answers for: themselves in person, or a committee they belong to. */
async function recipientsOfViewer(round: CommentRoundModel, ctx: GraphQLContext) {
  const viewer = ctx.viewer;
  if (!viewer) return [];
  const [recipients, committees] = await Promise.all([
    ctx.loaders.documents.recipients.load(round.id),
    ctx.loaders.documents.viewerCommittees.load(viewer.personId),
  ]);
  return recipients.filter(
    (r) => r.personId === viewer.personId || (r.organizationId !== null && committees.has(r.organizationId)),
  );
}

@Resolver(() => CommentRoundModel)
export class CommentRoundsResolver {
  @ResolveField(() => Int, { description: 'The number of the version circulated.' })
  async versionNumber(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    const versions = await ctx.loaders.documents.versions.load(round.documentId);
    return versions.find((v) => v.id === round.versionId)?.number ?? 0;
  }

  @ResolveField(() => [RoundRecipientModel], {
    description:
      'Recipients and their responses. In a non-attributed round, readers other than the co-chairs and the secretariat see only their own.',
  })
  async recipients(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    const [recipients, access, committees] = await Promise.all([
      ctx.loaders.documents.recipients.load(round.id),
      ctx.loaders.documents.access.load(round.documentId),
      ctx.viewer ? ctx.loaders.documents.viewerCommittees.load(ctx.viewer.personId) : new Set<string>(),
    ]);
    const viewer = ctx.viewer ? { personId: ctx.viewer.personId, committees } : null;
    return visibleRecipients(recipients, round, access, viewer).map(toRoundRecipientModel);
  }

  @ResolveField(() => [RoundRecipientModel], {
    description: 'The recipients you answer for: yourself, your committees.',
  })
  async viewerRecipients(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    return (await recipientsOfViewer(round, ctx)).map(toRoundRecipientModel);
  }

  @ResolveField(() => Boolean, {
    description:
      'You are asked for a response now: the round takes comments and you answer for one of its recipients. ' +
      'The co-chairs and the secretariat, who run the round, are not asked about their own text.',
  })
  async viewerCanRespond(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    if (!round.acceptingComments) return false;
    const [access, mine] = await Promise.all([
      ctx.loaders.documents.access.load(round.documentId),
      recipientsOfViewer(round, ctx),
    ]);
    return !access.draft && mine.length > 0;
  }

  @ResolveField(() => [CommentModel], {
    description: 'Every comment of the round in paragraph order: the compilation of comments and responses.',
  })
  async comments(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    const views = await roundComments(ctx, round);
    return views
      .sort((a, b) => (a.paragraphThen.number ?? 0) - (b.paragraphThen.number ?? 0))
      .map((view) => toCommentModel(view, ctx.viewer?.personId ?? null));
  }

  @ResolveField(() => Int, { description: 'Comments still without a disposition.' })
  async undisposedCount(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    return (await roundComments(ctx, round)).filter((view) => !view.comment.disposition).length;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async closedBy(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext) {
    return person(ctx, round.closedById);
  }

  @ResolveField(() => [RoundNoticeModel], {
    description:
      'Who was told about the round (its opening and reminders), when, and whether the e-mail went; for the drafters and the secretariat.',
  })
  async notices(@Parent() round: CommentRoundModel, @Context() ctx: GraphQLContext): Promise<RoundNoticeModel[]> {
    const access = await ctx.loaders.documents.access.load(round.documentId);
    if (!access.draft) return [];
    return (await ctx.loaders.documents.notices.load(round.id)).map((row) => ({
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
  async person(@Parent() notice: RoundNoticeModel, @Context() ctx: GraphQLContext) {
    return person(ctx, notice.personId);
  }
}

@Resolver(() => CirculationAudienceModel)
export class CirculationAudienceResolver {
  constructor(private readonly service: DocumentsService) {}

  @ResolveField(() => MailPreviewModel, {
    nullable: true,
    description:
      'The e-mail the round would send, as the first person told who has an address would read it; null when nobody has one.',
  })
  async mailPreview(
    @Parent() model: AudienceModel,
    @Context() ctx: GraphQLContext,
    @Args('closesAt', { type: () => Date }) closesAt: Date,
    @Args('attribution', { type: () => AttributionMode }) attribution: AttributionMode,
    @Args('opensAt', { type: () => Date, nullable: true }) opensAt?: Date | null,
    @Args('instructions', { type: () => String, nullable: true }) instructions?: string | null,
  ): Promise<MailPreviewModel | null> {
    // The audience was asked for by this viewer, as one who circulates the document.
    return this.service.roundMailPreview(ctx.viewer!, model.audience, { closesAt, attribution, opensAt, instructions });
  }
}

@Resolver(() => AudienceRecipientModel)
export class AudienceRecipientsResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The committee or institution named.' })
  organization(@Parent() recipient: AudienceRecipientModel, @Context() ctx: GraphQLContext) {
    return organization(ctx, recipient.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The expert named in person.' })
  expert(@Parent() recipient: AudienceRecipientModel, @Context() ctx: GraphQLContext) {
    return person(ctx, recipient.expertId);
  }
}

@Resolver(() => CirculationDefaultsModel)
export class CirculationDefaultsResolver {
  @ResolveField(() => [OrganizationModel], {
    description: 'Committees and institutions, as the last round named them.',
  })
  organizations(@Parent() defaults: CirculationDefaultsModel, @Context() ctx: GraphQLContext) {
    return organizations(ctx, defaults.organizationIds);
  }

  @ResolveField(() => [PersonModel], { description: 'Experts named in person in the last round.' })
  people(@Parent() defaults: CirculationDefaultsModel, @Context() ctx: GraphQLContext) {
    return people(ctx, defaults.personIds);
  }
}

@Resolver(() => AudiencePersonModel)
export class AudiencePeopleResolver {
  @ResolveField(() => PersonModel)
  person(@Parent() member: AudiencePersonModel, @Context() ctx: GraphQLContext) {
    return person(ctx, member.personId);
  }
}

@Resolver(() => RoundRecipientModel)
export class RoundRecipientsResolver {
  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() recipient: RoundRecipientModel, @Context() ctx: GraphQLContext) {
    return organization(ctx, recipient.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  person(@Parent() recipient: RoundRecipientModel, @Context() ctx: GraphQLContext) {
    return person(ctx, recipient.personId);
  }
}

@Resolver(() => DocumentDecisionModel)
export class DocumentDecisionsResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Who recorded the decision, for the body.' })
  recordedBy(@Parent() decision: DocumentDecisionModel, @Context() ctx: GraphQLContext) {
    return person(ctx, decision.decidedById);
  }
}

@Resolver(() => DocumentHistoryEntryModel)
export class DocumentHistoryResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Null for steps taken by the system (a deadline).' })
  actor(@Parent() entry: DocumentHistoryEntryModel, @Context() ctx: GraphQLContext) {
    return person(ctx, entry.actorPersonId);
  }
}

@Resolver(() => DocumentPresenceModel)
export class DocumentPresenceResolver {
  @ResolveField(() => PersonModel)
  async person(@Parent() presence: DocumentPresenceModel, @Context() ctx: GraphQLContext) {
    return person(ctx, presence.personId);
  }
}

/** The documents of a study group and of a meeting, those the viewer may open. */
@Resolver(() => StudyGroupModel)
export class StudyGroupDocumentsResolver {
  @ResolveField(() => [DocumentModel])
  async documents(@Parent() group: StudyGroupModel, @Context() ctx: GraphQLContext) {
    return visibleDocuments(ctx, await ctx.loaders.documents.ofStudyGroups.load(group.id));
  }
}

@Resolver(() => MeetingModel)
export class MeetingDocumentsResolver {
  @ResolveField(() => [DocumentModel])
  async documents(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext) {
    return visibleDocuments(ctx, await ctx.loaders.documents.ofMeetings.load(meeting.id));
  }
}

async function visibleDocuments(
  ctx: GraphQLContext,
  docs: Awaited<ReturnType<DocumentsRepository['byOwners']>>,
): Promise<DocumentModel[]> {
  const access = await ctx.loaders.documents.access.loadMany(docs.map((d) => d.id));
  return docs
    .filter((_, i) => !(access[i] instanceof Error) && (access[i] as { visible: boolean }).visible)
    .map(toDocumentModel);
}
