import { ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel } from '../meetings/meeting.model';
import { AgendaExportService } from './agenda-export.service';
import { agendaLayout } from './agenda-layout';
import { AgendaLayoutModel } from './agenda-layout.model';

@Resolver(() => MeetingModel)
export class AgendaLayoutResolver {
  constructor(private readonly exports: AgendaExportService) {}

  @ResolveField(() => AgendaLayoutModel, {
    description:
      'The agenda as participants read and print it: symbol, numbered items, names as the meeting writes them.',
  })
  async agendaLayout(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<AgendaLayoutModel> {
    if (!ctx.viewer) throw new DomainError('SIGN_IN_REQUIRED', 'Sign in to read the agenda.');
    return agendaLayout(await this.exports.agenda(ctx.viewer, meeting.id));
  }
}
