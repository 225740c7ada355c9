import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ViewerMiddleware } from '../auth/viewer.middleware';
import { CommentRoundsModule } from '../comment-rounds/comment-rounds.module';
import { DocumentsModule } from '../documents/documents.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WordController } from './word.controller';
import { WordResolver } from './word.resolver';
import { WordService } from './word.service';

/** Word in and out: drafts imported from Word, marked-up copies of a circulated version read back as comments. */
@Module({
  imports: [AuthModule, DocumentsModule, CommentRoundsModule, OrganizationsModule],
  providers: [WordService, WordResolver],
  controllers: [WordController],
})
export class WordModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes(WordController);
  }
}
