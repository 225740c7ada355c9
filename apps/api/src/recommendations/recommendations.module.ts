import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DocumentAdoptionListener } from './document-adoption.listener';
import { RecommendationsLoaders } from './recommendations.loaders';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsResolver, RecommendationUpdatesResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

export const recommendationResolvers = [RecommendationsResolver, RecommendationUpdatesResolver];

@Module({
  imports: [OrganizationsModule],
  providers: [
    DocumentAdoptionListener,
    RecommendationsLoaders,
    RecommendationsService,
    RecommendationsRepository,
    ...recommendationResolvers,
  ],
  exports: [RecommendationsLoaders, RecommendationsService, RecommendationsRepository],
})
export class RecommendationsModule {}
