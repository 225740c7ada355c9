import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttributionMode, RecipientResponse, RoundStatus } from '@plenary/shared';
import './comment-round-enums';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';

@ObjectType('RoundRecipient')
export class RoundRecipientModel {
  @Field(() => ID)
  id: string;

  roundId: string;
  organizationId: string | null;
  personId: string | null;
  respondedById: string | null;

  @Field(() => RecipientResponse)
  response: RecipientResponse;

  @Field()
  responseNote: string;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}

export function toRoundRecipientModel(entity: RoundRecipientEntity): RoundRecipientModel {
  return {
    id: entity.id,
    roundId: entity.roundId,
    organizationId: entity.organizationId,
    personId: entity.personId,
    respondedById: entity.respondedById,
    response: entity.response,
    responseNote: entity.responseNote,
    respondedAt: entity.respondedAt,
  };
}

@ObjectType('CommentRound')
export class CommentRoundModel {
  @Field(() => ID)
  id: string;

  documentId: string;
  versionId: string;
  closedById: string | null;

  @Field(() => Int)
  number: number;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;

  @Field()
  instructions: string;

  @Field(() => AttributionMode)
  attribution: AttributionMode;

  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field(() => Boolean, { description: 'Accepting comments now: open, and between its opening and closing times.' })
  acceptingComments: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Boolean, { description: 'Closed by itself at the deadline rather than by a co-chair.' })
  closedAtDeadline: boolean;
}

export function toCommentRoundModel(entity: CommentRoundEntity): CommentRoundModel {
  const now = Date.now();
  return {
    id: entity.id,
    documentId: entity.documentId,
    versionId: entity.versionId,
    closedById: entity.closedById,
    number: entity.number,
    opensAt: entity.opensAt,
    closesAt: entity.closesAt,
    instructions: entity.instructions,
    attribution: entity.attribution,
    status: entity.status,
    acceptingComments:
      entity.status === RoundStatus.OPEN && entity.opensAt.getTime() <= now && entity.closesAt.getTime() > now,
    closedAt: entity.closedAt,
    closedAtDeadline: entity.status === RoundStatus.CLOSED && !entity.closedById,
  };
}
