import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessionsService } from './live-sessions.service';
import { UsersLoaders } from './users.loaders';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [PeopleModule],
  providers: [UsersLoaders, AuthRepository, AuthService, LiveSessionsService, AuthResolver, UsersResolver],
  exports: [UsersLoaders, AuthService, AuthRepository, LiveSessionsService],
})
export class AuthModule {}
