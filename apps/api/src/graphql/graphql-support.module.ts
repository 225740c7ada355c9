import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { LoadersFactory } from './loaders';

/** What the GraphQL context factory needs: identifying the viewer and building the loaders. */
@Module({
  imports: [AuthModule, MeetingsModule, OrganizationsModule, PeopleModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory, AuthModule],
})
export class GraphQLSupportModule {}
