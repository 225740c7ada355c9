import { Args, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { SearchHitKind } from './search-hit';
import { SearchService } from './search.service';

registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType('SearchHit', { description: 'Something found that the viewer may open.' })
export class SearchHitModel {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The words around the first match.' })
  snippet: string;

  @Field(() => String, { nullable: true, description: 'Where it opens; null for directory entries without a page.' })
  path: string | null;

  @Field(() => String, { nullable: true, description: 'What it belongs to, such as the document of a paragraph.' })
  context: string | null;
}

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @SignedIn()
  @Query(() => [SearchHitModel], {
    description:
      'Meetings, agenda items, people, organizations, documents, paragraphs, comments and recommendations matching every word, best first; only what the viewer may open.',
  })
  search(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
  ): Promise<SearchHitModel[]> {
    return this.service.search(viewer, query, limit);
  }
}
