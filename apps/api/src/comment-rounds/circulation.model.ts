import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttributionMode, NoticeMail, NotificationKind } from '@plenary/shared';
import '../notifications/notification.model';
import type { CirculationAudience } from './circulation.service';
import './comment-round-enums';

registerEnumType(NoticeMail, { name: 'NoticeMail', description: 'What became of the e-mail that carried a notice.' });

@ObjectType('AudiencePerson', { description: 'Someone a round would tell, and how they can be reached.' })
export class AudiencePersonModel {
  personId: string;

  @Field(() => Boolean, { description: 'Has an e-mail address, so gets the e-mail.' })
  hasEmail: boolean;

  @Field(() => Boolean, { description: 'Has an account, so can sign in to comment and respond.' })
  hasAccount: boolean;
}

@ObjectType('AudienceRecipient', {
  description: 'One committee, institution or named expert of a round, and the people it reaches.',
})
export class AudienceRecipientModel {
  organizationId: string | null;
  expertId: string | null;

  @Field(() => [AudiencePersonModel], { description: 'Everyone who may comment and respond for it.' })
  people: AudiencePersonModel[];

  @Field(() => Boolean, {
    description: 'A committee of the study group to which you may name someone (as a member speaking for it).',
  })
  canNameMember: boolean;
}

@ObjectType('MailPreview', { description: 'An e-mail as one of its recipients will read it.' })
export class MailPreviewModel {
  @Field({ description: 'Whom this copy is addressed to.' })
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;
}

@ObjectType('CirculationAudience', {
  description: 'Whom a round with these recipients would tell, before circulating.',
})
export class CirculationAudienceModel {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The study group to which you may name members; null if you may not.',
  })
  studyGroupId: string | null;

  @Field(() => [AudienceRecipientModel], { description: 'Committees and institutions, then experts, as named.' })
  recipients: AudienceRecipientModel[];
}

@ObjectType('CirculationDefaults', { description: 'What the next round starts from.' })
export class CirculationDefaultsModel {
  organizationIds: string[];
  personIds: string[];

  @Field(() => AttributionMode)
  attribution: AttributionMode;

  @Field(() => Date, {
    nullable: true,
    description: 'A deadline as far from now as the last round’s was from its opening; null for a first round.',
  })
  closesAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The round these follow; null for a first round.' })
  followsRound: number | null;
}

@ObjectType('RoundNotice', { description: 'Someone told about a round, when, and what became of the e-mail.' })
export class RoundNoticeModel {
  @Field(() => ID)
  id: string;

  personId: string;

  @Field(() => NotificationKind, { description: 'The opening notice, or a reminder.' })
  kind: NotificationKind;

  @Field(() => Date)
  at: Date;

  @Field(() => NoticeMail)
  mail: NoticeMail;

  @Field(() => Date, { nullable: true, description: 'When the e-mail was handed to the mail server.' })
  mailSentAt: Date | null;
}

/** The audience by recipient, in the order named: committees and institutions, then experts. */
export type AudienceModel = CirculationAudienceModel & { audience: CirculationAudience };

export function toAudienceModel(audience: CirculationAudience): AudienceModel {
  const people = (of: (member: CirculationAudience['members'][number]) => boolean): AudiencePersonModel[] =>
    audience.members.filter(of).map((m) => ({ personId: m.personId, hasEmail: m.hasEmail, hasAccount: m.hasAccount }));
  return {
    audience,
    documentId: audience.document.id,
    studyGroupId: audience.studyGroupId,
    recipients: [
      ...audience.organizationIds.map((id) => ({
        organizationId: id,
        expertId: null,
        people: people((m) => m.organizationId === id),
        canNameMember: audience.nameableOrganizationIds.has(id),
      })),
      ...audience.personIds.map((id) => ({
        organizationId: null,
        expertId: id,
        people: people((m) => m.expertId === id),
        canNameMember: false,
      })),
    ],
  };
}
