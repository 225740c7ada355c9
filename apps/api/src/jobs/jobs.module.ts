import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobRegistry } from './job-registry';
import { JobsService } from './jobs.service';

@Global()
@Module({ imports: [DiscoveryModule], providers: [JobRegistry, JobsService], exports: [JobsService] })
export class JobsModule {}
