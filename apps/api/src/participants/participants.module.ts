import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { InvitationsResolver, MeetingInvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { ParticipantsLoaders } from './participants.loaders';
import { MeetingParticipantsResolver, ParticipantsResolver } from './participants.resolver';
import { ParticipantsRepository } from './participants.repository';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [AuthModule, MeetingsModule, OrganizationsModule, PeopleModule],
  providers: [
    ParticipantsLoaders,
    ParticipantsRepository,
    ParticipantsService,
    ParticipantsResolver,
    MeetingParticipantsResolver,
    InvitationsService,
    InvitationsResolver,
    MeetingInvitationsResolver,
  ],
  exports: [ParticipantsLoaders, ParticipantsRepository],
})
export class ParticipantsModule {}
