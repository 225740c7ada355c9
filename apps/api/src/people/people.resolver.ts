import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import type { GraphQLContext } from '../graphql/graphql-context';
import { mapResolved, type Resolved } from '../graphql/loader';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import { PersonModel, toPersonModel } from './person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly peopleService: PeopleService) {}

  @SignedIn()
  @Query(() => [PersonModel], { description: 'People in the directory, ordered by name.' })
  async people(@Args('search', { type: () => String, nullable: true }) search?: string | null): Promise<PersonModel[]> {
    return (await this.peopleService.search(search)).map(toPersonModel);
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  affiliation(person: PersonModel, _args: unknown, ctx: GraphQLContext): Resolved<OrganizationModel | null> {
    if (!person.affiliationId) return null;
    return mapResolved(ctx.loaders.organization.get(person.affiliationId), (organization) =>
      organization ? toOrganizationModel(organization) : null,
    );
  }
}
