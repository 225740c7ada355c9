import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { groupsOf } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import { ParticipantsRepository } from './participants.repository';
import type { ParticipationEntity } from './participation.entity';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    /** The participant list of each meeting. */
    participants: Loader<string, ParticipationEntity[]>;
  }
}

@Injectable()
export class ParticipantsLoaders {
  constructor(private readonly participants: ParticipantsRepository) {}

  create(): Pick<FeatureLoaders, 'participants'> {
    return {
      participants: new Loader(async (ids) => groupsOf(ids, await this.participants.ofMeetings(ids))),
    };
  }
}
