import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendaNoticesService } from './agenda-notices.service';
import { AgendasLoaders } from './agendas.loaders';
import {
  AgendaChangesResolver,
  AgendaDaysResolver,
  AgendaItemsResolver,
  AgendaNamedPeopleResolver,
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
    AgendaNoticesService,
    MeetingAgendaResolver,
    AgendaDaysResolver,
    AgendaItemsResolver,
    AgendaSpeakersResolver,
    AgendaNamedPeopleResolver,
    AgendaChangesResolver,
  ],
  exports: [AgendasLoaders, AgendasRepository, AgendasService],
})
export class AgendasModule {}
