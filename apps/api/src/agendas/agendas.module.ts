import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
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
    AgendasRepository,
    AgendasService,
    MeetingAgendaResolver,
    AgendaDaysResolver,
    AgendaItemsResolver,
    AgendaSpeakersResolver,
    AgendaChangesResolver,
  ],
  exports: [AgendasRepository, AgendasService],
})
export class AgendasModule {}
