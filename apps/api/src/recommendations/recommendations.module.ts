import { Module } from '@nestjs/common';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsResolver, RecommendationUpdatesResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

export const recommendationResolvers = [RecommendationsResolver, RecommendationUpdatesResolver];

@Module({
  providers: [RecommendationsService, RecommendationsRepository, ...recommendationResolvers],
  exports: [RecommendationsService, RecommendationsRepository],
})
export class RecommendationsModule {}
