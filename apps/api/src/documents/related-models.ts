import type { GraphQLContext } from '../graphql/graphql-context';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { type OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import type { PersonEntity } from '../people/person.entity';
import { type PersonModel, toPersonModel } from '../people/person.model';

/** The people and organizations a document's fields name, through the request's loaders. */

export async function personModel(ctx: GraphQLContext, id: string | null): Promise<PersonModel | null> {
  if (!id) return null;
  const row = await ctx.loaders.person.load(id);
  return row ? toPersonModel(row) : null;
}

export async function peopleModels(ctx: GraphQLContext, ids: string[]): Promise<PersonModel[]> {
  const rows = await ctx.loaders.person.loadMany(ids);
  return rows.filter((p): p is PersonEntity => !!p && !(p instanceof Error)).map(toPersonModel);
}

export async function organizationModel(ctx: GraphQLContext, id: string | null): Promise<OrganizationModel | null> {
  if (!id) return null;
  const row = await ctx.loaders.organization.load(id);
  return row ? toOrganizationModel(row) : null;
}

/** Organizations by name, as lists show them. */
export async function organizationModels(ctx: GraphQLContext, ids: string[]): Promise<OrganizationModel[]> {
  const rows = await ctx.loaders.organization.loadMany(ids);
  return rows
    .filter((o): o is OrganizationEntity => !!o && !(o instanceof Error))
    .map(toOrganizationModel)
    .sort((a, b) => a.name.localeCompare(b.name));
}
