import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { invalid } from '../common/domain-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel, toMeetingModel } from '../meetings/meeting.model';
import { OrganizationModel } from '../organizations/organization.model';
import { PersonModel } from '../people/person.model';
import { StudyGroupModel, toStudyGroupModel } from '../study-groups/study-group.model';
import { DocumentHistoryEntryModel } from './document-history.model';
import { seesCirculation, seesDrafting, visibleVersions } from './document-visibility';
import {
  DocumentDecisionModel,
  DocumentModel,
  DocumentPresenceModel,
  DocumentVersionModel,
  toDocumentDecisionModel,
  toDocumentModel,
  toDocumentVersionModel,
} from './document.model';
import type { DocumentEntity } from './document.entity';
import { DocumentsService } from './documents.service';
import { AddresseeModel, ParagraphModel, toParagraphModels } from './paragraph.model';
import { organizationModel, organizationModels, peopleModels, personModel } from './related-models';

/*
 * Field resolvers take (parent, args, context) without parameter decorators, so that Nest binds
 * them directly; those with arguments of their own keep their decorators.
 */

@Resolver(() => DocumentModel)
export class DocumentFieldsResolver {
  constructor(private readonly service: DocumentsService) {}

  @ResolveField(() => StudyGroupModel, { nullable: true })
  async studyGroup(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!doc.studyGroupId) return null;
    const group = await ctx.loaders.studyGroup.load(doc.studyGroupId);
    return group ? toStudyGroupModel(group) : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true })
  async meeting(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!doc.meetingId) return null;
    const meeting = await ctx.loaders.meeting.load(doc.meetingId);
    return meeting ? toMeetingModel(meeting) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The body the final text was submitted to.' })
  submittedTo(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModel(ctx, doc.submittedToId);
  }

  @ResolveField(() => [DocumentVersionModel], { description: 'The versions you may read, oldest first.' })
  async versions(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
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
    const versions = await this.versions(doc, {}, ctx);
    return (number == null ? versions.at(-1) : versions.find((v) => v.number === number)) ?? null;
  }

  @ResolveField(() => [DocumentDecisionModel])
  async decisions(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesCirculation(await ctx.loaders.documents.access.load(doc.id))) return [];
    return (await ctx.loaders.documents.decisions.load(doc.id)).map(toDocumentDecisionModel);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Institutions the published text was sent to.' })
  async disseminatedToOrganizations(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    const rows = await ctx.loaders.documents.dissemination.load(doc.id);
    return organizationModels(
      ctx,
      rows.flatMap((r) => r.organizationId ?? []),
    );
  }

  @ResolveField(() => [PersonModel], { description: 'Experts the published text was sent to.' })
  async disseminatedToPeople(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesCirculation(await ctx.loaders.documents.access.load(doc.id))) return [];
    const rows = await ctx.loaders.documents.dissemination.load(doc.id);
    return peopleModels(
      ctx,
      rows.flatMap((r) => r.personId ?? []),
    );
  }

  @ResolveField(() => [DocumentHistoryEntryModel], {
    description: 'Every workflow step (who, when, from → to); for the co-chairs and the secretariat.',
  })
  async history(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return this.service.history(await ctx.loaders.documents.access.load(doc.id), doc.id);
  }

  @ResolveField(() => Boolean, {
    description: 'You may edit the draft, circulate, close rounds, dispose, finalise and submit.',
  })
  async viewerCanEdit(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).edit;
  }

  @ResolveField(() => Boolean, { description: 'You see the working version and who wrote every comment.' })
  async viewerCanSeeDraft(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return seesDrafting(await ctx.loaders.documents.access.load(doc.id));
  }

  @ResolveField(() => Boolean)
  async viewerCanPublish(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).publish;
  }

  @ResolveField(() => [PersonModel], {
    description: 'Participants the meeting’s organisers named to draft it; for those who see the draft.',
  })
  async drafters(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    if (!seesDrafting(await ctx.loaders.documents.access.load(doc.id))) return [];
    return peopleModels(ctx, await ctx.loaders.documents.drafters.load(doc.id));
  }

  @ResolveField(() => Boolean, { description: 'You may name the drafters of this meeting document.' })
  async viewerCanNameDrafters(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return !!doc.meetingId && (await ctx.loaders.documents.access.load(doc.id)).nameDrafters;
  }

  @ResolveField(() => Boolean, { description: 'You may record the decision on the submitted text.' })
  async viewerCanDecide(doc: DocumentModel, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.documents.access.load(doc.id)).decide;
  }
}

@Resolver(() => DocumentVersionModel)
export class DocumentVersionsResolver {
  @ResolveField(() => [ParagraphModel])
  async paragraphs(version: DocumentVersionModel, _args: unknown, ctx: GraphQLContext) {
    return toParagraphModels(version.documentId, await ctx.loaders.documents.paragraphs.load(version.id));
  }
}

@Resolver(() => ParagraphModel)
export class ParagraphsResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Who last saved it.' })
  async updatedBy(paragraph: ParagraphModel, _args: unknown, ctx: GraphQLContext) {
    const access = await ctx.loaders.documents.access.load(paragraph.documentId);
    return seesDrafting(access) ? personModel(ctx, paragraph.updatedById) : null;
  }
}

@Resolver(() => AddresseeModel)
export class AddresseesResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The body addressed, for a named body.' })
  organization(addressee: AddresseeModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModel(ctx, addressee.organizationId);
  }
}

@Resolver(() => DocumentDecisionModel)
export class DocumentDecisionsResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Who recorded the decision, for the body.' })
  recordedBy(decision: DocumentDecisionModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, decision.decidedById);
  }
}

@Resolver(() => DocumentHistoryEntryModel)
export class DocumentHistoryResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Null for steps taken by the system (a deadline).' })
  actor(entry: DocumentHistoryEntryModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, entry.actorPersonId);
  }
}

@Resolver(() => DocumentPresenceModel)
export class DocumentPresenceResolver {
  @ResolveField(() => PersonModel)
  person(presence: DocumentPresenceModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, presence.personId);
  }
}

/** The documents of a study group and of a meeting, those the viewer may open. */
@Resolver(() => StudyGroupModel)
export class StudyGroupDocumentsResolver {
  @ResolveField(() => [DocumentModel])
  async documents(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext) {
    return openable(ctx, await ctx.loaders.documents.ofStudyGroups.load(group.id));
  }
}

@Resolver(() => MeetingModel)
export class MeetingDocumentsResolver {
  @ResolveField(() => [DocumentModel])
  async documents(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext) {
    return openable(ctx, await ctx.loaders.documents.ofMeetings.load(meeting.id));
  }
}

async function openable(ctx: GraphQLContext, docs: DocumentEntity[]): Promise<DocumentModel[]> {
  const access = await ctx.loaders.documents.access.loadMany(docs.map((d) => d.id));
  return docs.filter((_, i) => !(access[i] instanceof Error) && access[i]!.visible).map(toDocumentModel);
}
