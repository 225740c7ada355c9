import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AttributionMode } from '@plenary/shared';
import { organizationModel, organizationModels, peopleModels, personModel } from '../documents/related-models';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../organizations/organization.model';
import { PersonModel } from '../people/person.model';
import {
  AudiencePersonModel,
  AudienceRecipientModel,
  CirculationAudienceModel,
  CirculationDefaultsModel,
  MailPreviewModel,
  type AudienceModel,
} from './circulation.model';
import { CirculationService } from './circulation.service';

@Resolver(() => CirculationAudienceModel)
export class CirculationAudienceResolver {
  constructor(private readonly circulation: CirculationService) {}

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
    return this.circulation.mailPreview(ctx.viewer!, model.audience, { closesAt, attribution, opensAt, instructions });
  }
}

@Resolver(() => AudienceRecipientModel)
export class AudienceRecipientsResolver {
  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The committee or institution named.' })
  organization(recipient: AudienceRecipientModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModel(ctx, recipient.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The expert named in person.' })
  expert(recipient: AudienceRecipientModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, recipient.expertId);
  }
}

@Resolver(() => CirculationDefaultsModel)
export class CirculationDefaultsResolver {
  @ResolveField(() => [OrganizationModel], {
    description: 'Committees and institutions, as the last round named them.',
  })
  organizations(defaults: CirculationDefaultsModel, _args: unknown, ctx: GraphQLContext) {
    return organizationModels(ctx, defaults.organizationIds);
  }

  @ResolveField(() => [PersonModel], { description: 'Experts named in person in the last round.' })
  people(defaults: CirculationDefaultsModel, _args: unknown, ctx: GraphQLContext) {
    return peopleModels(ctx, defaults.personIds);
  }
}

@Resolver(() => AudiencePersonModel)
export class AudiencePeopleResolver {
  @ResolveField(() => PersonModel)
  person(member: AudiencePersonModel, _args: unknown, ctx: GraphQLContext) {
    return personModel(ctx, member.personId);
  }
}
