import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { PeopleModule } from '../people/people.module';
import { MeetingParticipantsResolver, ParticipantsResolver } from './participants.resolver';
import { ParticipantsRepository } from './participants.repository';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [AuthModule, MeetingsModule, PeopleModule],
  providers: [ParticipantsRepository, ParticipantsService, ParticipantsResolver, MeetingParticipantsResolver],
  exports: [ParticipantsRepository],
})
export class ParticipantsModule {}
