import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { HomeEventModel, HomeModel } from './home.model';
import { HomeService } from './home.service';

@Resolver(() => HomeModel)
export class HomeResolver {
  constructor(private readonly service: HomeService) {}

  @SignedIn()
  @Query(() => HomeModel, {
    description: 'What needs the viewer (only what they may open), each with where to act and by when; what is coming.',
  })
  home(@CurrentViewer() viewer: Viewer): Promise<HomeModel> {
    return this.service.home(viewer);
  }

  @SignedIn()
  @Subscription(() => HomeEventModel, {
    description: 'Tells, once per burst of changes, that the viewer’s home page may have changed.',
    resolve: (): HomeEventModel => ({ at: new Date() }),
  })
  homeEvents(@CurrentViewer() viewer: Viewer): Promise<AsyncIterableIterator<unknown>> {
    return this.service.changes(viewer);
  }
}
