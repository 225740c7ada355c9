import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendasLoaders } from './agendas.loaders';
import {
  AgendaChangesResolver,
  AgendaDaysResolver,
  AgendaItemsResolver,
  AgendaSpeakersResolver,
  MeetingAgendaResolver,
} from './agendas.resolver';
import { AgendasRepository } from './agendas.repository';
import { AgendasService } from './agendas.service';

@Module({
  imports: [MeetingsModule],
  providers: [
    AgendasLoaders,
    AgendasRepository,
    AgendasService,
    MeetingAgendaResolver,
    AgendaDaysResolver,
    AgendaItemsResolver,
    AgendaSpeakersResolver,
    AgendaChangesResolver,
  ],
  exports: [AgendasLoaders, AgendasRepository, AgendasService],
})
export class AgendasModule {}
