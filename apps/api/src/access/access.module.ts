import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

@Global()
@Module({
  providers: [AccessRepository, AccessService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessService, AccessRepository],
})
export class AccessModule {}
