import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DocumentKind,
  DocumentStatus,
  InvitationState,
  MeetingKind,
  MeetingRole,
  MeetingStatus,
  RecipientResponse,
  RecommendationStatus,
  ReportStatus,
} from '@plenary/shared';
import '../comment-rounds/comment-round-enums';
import { LocalDateScalar } from '../graphql/scalars';
import '../meetings/meeting.model';
import '../participants/participation.model';
import '../recommendations/recommendation.model';
import '../reports/report.model';

/*
 * Every item on the home page says where to act (`path`, an address in the web app the viewer may
 * open) and, when there is one, the moment to act by (`deadline`), by which the page orders them.
 */

@ObjectType('HomeDocument', { description: 'A document as the home page names it.' })
export class HomeDocumentModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field(() => DocumentStatus)
  status: DocumentStatus;

  @Field({ description: 'The study group or meeting it belongs to.' })
  ownerTitle: string;
}

@ObjectType('HomeRecipient', { description: 'A recipient of a comment round and where its response stands.' })
export class HomeRecipientModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The committee’s acronym (or name), or the expert’s name.' })
  name: string;

  @Field(() => RecipientResponse)
  response: RecipientResponse;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field({ description: 'The round was sent to the viewer in person.' })
  isViewer: boolean;
}

@ObjectType('HomeRoundToAnswer', {
  description: 'A comment round open for the viewer, or for a committee they may answer for.',
})
export class HomeRoundToAnswerModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => HomeDocumentModel)
  document: HomeDocumentModel;

  @Field(() => Date)
  closesAt: Date;

  @Field(() => [HomeRecipientModel], { description: 'Those the viewer answers for: themselves, their committees.' })
  recipients: HomeRecipientModel[];

  @Field(() => Int, { description: 'Comments the viewer made in this round and has not withdrawn.' })
  ownCommentCount: number;

  @Field({ description: 'One of those the viewer answers for has not responded yet.' })
  awaitingResponse: boolean;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeRoundInProgress', {
  description: 'An open round of a document the viewer drafts, or keeps the secretariat of: who has not responded.',
})
export class HomeRoundInProgressModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => Int)
  versionNumber: number;

  @Field(() => HomeDocumentModel)
  document: HomeDocumentModel;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;

  @Field(() => Int)
  recipientCount: number;

  @Field(() => [HomeRecipientModel])
  notResponded: HomeRecipientModel[];

  @Field({ description: 'May close the round: one of its drafters.' })
  viewerCanClose: boolean;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeCommentsToDispose', {
  description: 'Comments of one round still without the co-chairs’ disposition.',
})
export class HomeCommentsToDisposeModel {
  @Field(() => ID, { description: 'The round’s id.' })
  id: string;

  @Field(() => HomeDocumentModel)
  document: HomeDocumentModel;

  @Field(() => Int)
  roundNumber: number;

  @Field({ description: 'The round still takes comments.' })
  roundOpen: boolean;

  @Field(() => Int)
  undisposedCount: number;

  @Field(() => Int, { description: 'Comments of the round, withdrawn ones aside.' })
  commentCount: number;

  @Field(() => Date, { description: 'When the oldest comment still without a disposition was made.' })
  waitingSince: Date;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeReturnedDocument', {
  description: 'A document the body it was submitted to returned with guidance, to revise and submit again.',
})
export class HomeReturnedDocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => HomeDocumentModel)
  document: HomeDocumentModel;

  @Field(() => Date)
  returnedAt: Date;

  @Field(() => String, { nullable: true, description: 'The body that returned it.' })
  body: string | null;

  @Field()
  guidance: string;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeDocumentToDecide', {
  description: 'A document awaiting the decision of a body the viewer belongs to.',
})
export class HomeDocumentToDecideModel {
  @Field(() => ID)
  id: string;

  @Field(() => HomeDocumentModel)
  document: HomeDocumentModel;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeFollowUp', {
  description: 'A recommendation whose follow-up date is past or within a week, for the secretariat responsible.',
})
export class HomeFollowUpModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;

  @Field()
  sourceTitle: string;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => LocalDateScalar)
  nextFollowUpOn: string;

  @Field()
  overdue: boolean;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeMeeting', { description: 'A meeting as the home page lists it.' })
export class HomeMeetingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => MeetingRole, { nullable: true, description: 'The viewer’s part in it, when invited to it.' })
  viewerRole: MeetingRole | null;

  @Field(() => InvitationState, { nullable: true })
  viewerInvitation: InvitationState | null;

  @Field()
  path: string;
}

@ObjectType('HomeInvitation', { description: 'A meeting the viewer is invited to and has not replied to.' })
export class HomeInvitationModel {
  @Field(() => ID, { description: 'The meeting’s id.' })
  id: string;

  @Field(() => HomeMeetingModel)
  meeting: HomeMeetingModel;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeUnansweredInvitations', {
  description: 'A coming meeting the viewer runs, with invitations nobody has answered yet.',
})
export class HomeUnansweredInvitationsModel {
  @Field(() => ID, { description: 'The meeting’s id.' })
  id: string;

  @Field(() => HomeMeetingModel)
  meeting: HomeMeetingModel;

  @Field(() => Int)
  noReplyCount: number;

  @Field(() => Int)
  invitedCount: number;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeAgendaToAdopt', {
  description: 'A meeting the viewer runs, starting within three weeks, whose agenda is not yet adopted.',
})
export class HomeAgendaToAdoptModel {
  @Field(() => ID, { description: 'The meeting’s id.' })
  id: string;

  @Field(() => HomeMeetingModel)
  meeting: HomeMeetingModel;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('HomeReportToPublish', {
  description:
    'A meeting that has taken place, run by the viewer or with them as rapporteur, whose report is not yet published.',
})
export class HomeReportToPublishModel {
  @Field(() => ID, { description: 'The meeting’s id.' })
  id: string;

  @Field(() => HomeMeetingModel)
  meeting: HomeMeetingModel;

  @Field(() => ReportStatus, { nullable: true, description: 'Null until someone starts the report.' })
  reportStatus: ReportStatus | null;

  @Field()
  path: string;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType('Home', { description: 'What needs the viewer, each with where to act and by when, and what is coming.' })
export class HomeModel {
  @Field(() => LocalDateScalar, { description: 'The day (UTC) the page was made for.' })
  today: string;

  @Field(() => [HomeRoundToAnswerModel])
  roundsToAnswer: HomeRoundToAnswerModel[];

  @Field(() => [HomeRoundInProgressModel])
  roundsInProgress: HomeRoundInProgressModel[];

  @Field(() => [HomeCommentsToDisposeModel])
  commentsToDispose: HomeCommentsToDisposeModel[];

  @Field(() => [HomeReturnedDocumentModel])
  returnedDocuments: HomeReturnedDocumentModel[];

  @Field(() => [HomeDocumentToDecideModel])
  documentsToDecide: HomeDocumentToDecideModel[];

  @Field(() => [HomeFollowUpModel])
  followUps: HomeFollowUpModel[];

  @Field(() => [HomeInvitationModel])
  invitations: HomeInvitationModel[];

  @Field(() => [HomeUnansweredInvitationsModel])
  unansweredInvitations: HomeUnansweredInvitationsModel[];

  @Field(() => [HomeAgendaToAdoptModel])
  agendasToAdopt: HomeAgendaToAdoptModel[];

  @Field(() => [HomeReportToPublishModel])
  reportsToPublish: HomeReportToPublishModel[];

  @Field(() => [HomeMeetingModel], { description: 'Meetings not yet over, soonest first.' })
  upcomingMeetings: HomeMeetingModel[];

  @Field(() => [HomeMeetingModel], { description: 'The latest meetings that are over, most recent first.' })
  pastMeetings: HomeMeetingModel[];
}

@ObjectType('HomeEvent', { description: 'Something on the viewer’s home page may have changed: ask for it again.' })
export class HomeEventModel {
  @Field(() => Date)
  at: Date;
}
