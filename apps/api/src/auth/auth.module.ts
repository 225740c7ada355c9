import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessionsService } from './live-sessions.service';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [PeopleModule],
  providers: [AuthRepository, AuthService, LiveSessionsService, AuthResolver, UsersResolver],
  exports: [AuthService, AuthRepository, LiveSessionsService],
})
export class AuthModule {}
