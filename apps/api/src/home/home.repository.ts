import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type DocumentDecision,
  type DocumentKind,
  type DocumentStatus,
  type InvitationState,
  type MeetingKind,
  type MeetingRole,
  type MeetingStatus,
  type RecipientResponse,
  type RecommendationStatus,
  type ReportStatus,
  type RoundStatus,
  meetingManagerRoles,
  openRecommendationStatuses,
  StudyGroupRole,
  studyGroupMemberRoles,
} from '@plenary/shared';
import { committeesOfSql } from '../access/access.repository';

export interface HomeDocumentRow {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  ownerTitle: string;
  submittedAt: Date | null;
  submittedTo: string | null;
  decision: DocumentDecision | null;
  guidance: string | null;
  decidedAt: Date | null;
}

export interface HomeRecipientRow {
  id: string;
  name: string;
  response: RecipientResponse;
  respondedAt: string | null;
  /** The round was sent to the person themselves. */
  self: boolean;
  /** The person may answer for it: it is them, or a committee they belong to. */
  mine: boolean;
}

export interface HomeRoundRow {
  id: string;
  documentId: string;
  number: number;
  versionNumber: number;
  opensAt: Date;
  closesAt: Date;
  recipients: HomeRecipientRow[];
  ownCommentCount: number;
}

export interface HomeUndisposedRow {
  roundId: string;
  documentId: string;
  number: number;
  status: RoundStatus;
  undisposedCount: number;
  commentCount: number;
  waitingSince: Date;
}

export interface HomeFollowUpRow {
  id: string;
  number: number | null;
  text: string;
  sourceTitle: string;
  status: RecommendationStatus;
  nextFollowUpOn: string;
}

export interface HomeMeetingRow {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startDate: string;
  endDate: string;
  venue: string;
  city: string | null;
  country: string | null;
  /** The first day's midnight on the venue's clock. */
  startsAt: Date;
  viewerRole: MeetingRole | null;
  viewerInvitation: InvitationState | null;
  invitedCount: number;
  noReplyCount: number;
  reportStatus: ReportStatus | null;
  /** The meeting belongs to a study group that has concluded. */
  groupConcluded: boolean;
}

/** How many past meetings the page recalls. */
export const PAST_MEETINGS = 5;

/**
 * Documents the person may have something to do with: those they draft or keep the secretariat of
 * (through the study group, the meeting or a naming), those with an open round sent to them or to a
 * committee they belong to, and those submitted to a body they belong to. Candidates only: the
 * service keeps those the access rules let them open. $1 is the person.
 */
const candidateDocumentsSql = `
  SELECT d.id FROM documents d
    LEFT JOIN meetings m ON m.id = d.meeting_id
    JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.person_id = $1
     AND g.object_id = COALESCE(d.study_group_id, m.study_group_id)
     AND g.role IN ('${StudyGroupRole.CO_CHAIR}', '${StudyGroupRole.SECRETARIAT}')
  UNION SELECT d.id FROM documents d
    JOIN memberships mm ON mm.object_type = 'MEETING' AND mm.object_id = d.meeting_id AND mm.person_id = $1
     AND mm.role IN (${meetingManagerRoles.map((role) => `'${role}'`).join(', ')})
  UNION SELECT object_id FROM memberships WHERE person_id = $1 AND object_type = 'DOCUMENT'
  UNION SELECT r.document_id FROM comment_rounds r
    JOIN round_recipients rr ON rr.round_id = r.id
   WHERE r.status = 'OPEN' AND (rr.person_id = $1 OR rr.organization_id IN (${committeesOfSql('$1')}))
  UNION SELECT d.id FROM documents d
    JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = d.submitted_to_id AND b.person_id = $1`;

/**
 * Meetings the person may open (the MeetingView rule: a role on the meeting, or membership of its
 * study group). $1 is the person.
 */
const visibleMeetingsSql = `
  SELECT m.id, m.end_date, m.status, m.title FROM meetings m
   WHERE m.id IN (SELECT object_id FROM memberships WHERE person_id = $1 AND object_type = 'MEETING')
      OR m.study_group_id IN (SELECT object_id FROM memberships WHERE person_id = $1 AND object_type = 'STUDY_GROUP'
                                 AND role IN (${studyGroupMemberRoles.map((role) => `'${role}'`).join(', ')}))`;

/**
 * The home page's reads. Each is one statement however many items it returns; the service runs a
 * fixed number of them per page.
 */
@Injectable()
export class HomeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Candidate documents at a step that asks something of someone, with their latest decision. */
  documents(personId: string): Promise<HomeDocumentRow[]> {
    return this.dataSource.query(
      `SELECT d.id, d.title, d.kind, d.status, COALESCE(sg.title, m.title) AS "ownerTitle",
              d.submitted_at AS "submittedAt", body.name AS "submittedTo",
              dec.decision, dec.guidance, dec.decided_at AS "decidedAt"
         FROM (${candidateDocumentsSql}) c
         JOIN documents d ON d.id = c.id
         LEFT JOIN study_groups sg ON sg.id = d.study_group_id
         LEFT JOIN meetings m ON m.id = d.meeting_id
         LEFT JOIN organizations body ON body.id = d.submitted_to_id
         LEFT JOIN LATERAL (
           SELECT decision, guidance, decided_at FROM document_decisions
            WHERE document_id = d.id ORDER BY decided_at DESC LIMIT 1
         ) dec ON true
        WHERE d.status IN ('IN_COMMENT_ROUND', 'REVISING', 'SUBMITTED')`,
      [personId],
    );
  }

  /** The open rounds of the documents, each with every recipient's response and the person's own comments. */
  openRounds(personId: string, documentIds: readonly string[]): Promise<HomeRoundRow[]> {
    return this.dataSource.query(
      `WITH committees AS (${committeesOfSql('$1')})
       SELECT r.id, r.document_id AS "documentId", r.number, v.number AS "versionNumber",
              r.opens_at AS "opensAt", r.closes_at AS "closesAt",
              COALESCE(rec.recipients, '[]') AS recipients,
              (SELECT count(*)::int FROM comments c
                WHERE c.round_id = r.id AND c.author_id = $1 AND c.withdrawn_at IS NULL) AS "ownCommentCount"
         FROM comment_rounds r
         JOIN document_versions v ON v.id = r.version_id
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object(
                    'id', rr.id,
                    'name', COALESCE(o.acronym, o.name, p.name),
                    'response', rr.response,
                    'respondedAt', rr.responded_at,
                    'self', rr.person_id IS NOT DISTINCT FROM $1::uuid,
                    'mine', COALESCE(rr.person_id = $1 OR rr.organization_id IN (SELECT object_id FROM committees), false))
                  ORDER BY COALESCE(o.acronym, o.name, p.sort_name), rr.id) AS recipients
             FROM round_recipients rr
             LEFT JOIN organizations o ON o.id = rr.organization_id
             LEFT JOIN people p ON p.id = rr.person_id
            WHERE rr.round_id = r.id
         ) rec ON true
        WHERE r.document_id = ANY($2::uuid[]) AND r.status = 'OPEN'`,
      [personId, documentIds],
    );
  }

  /** Per round of the documents, the comments still without a disposition (withdrawn ones need none). */
  undisposedComments(documentIds: readonly string[]): Promise<HomeUndisposedRow[]> {
    return this.dataSource.query(
      `SELECT r.id AS "roundId", r.document_id AS "documentId", r.number, r.status,
              (count(*) FILTER (WHERE c.disposition IS NULL))::int AS "undisposedCount",
              count(*)::int AS "commentCount",
              min(c.created_at) FILTER (WHERE c.disposition IS NULL) AS "waitingSince"
         FROM comment_rounds r
         JOIN comments c ON c.round_id = r.id AND c.withdrawn_at IS NULL
        WHERE r.document_id = ANY($1::uuid[])
        GROUP BY r.id
       HAVING count(*) FILTER (WHERE c.disposition IS NULL) > 0`,
      [documentIds],
    );
  }

  /**
   * Recommendations still followed up, with a follow-up date on or before `until`, of the
   * secretariats the person is staff of.
   */
  followUps(personId: string, until: string): Promise<HomeFollowUpRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.number, r.text, r.source_title AS "sourceTitle", r.status,
              to_char(r.next_follow_up_on, 'YYYY-MM-DD') AS "nextFollowUpOn"
         FROM recommendations r
        WHERE r.responsible_id IN (SELECT object_id FROM memberships
                                    WHERE person_id = $1 AND object_type = 'ORGANIZATION' AND role = 'SECRETARIAT')
          AND r.next_follow_up_on <= $2::date AND r.status = ANY($3::text[])`,
      [personId, until, openRecommendationStatuses],
    );
  }

  /**
   * The person's meetings that are not over, or whose report is not yet published, and the latest
   * few that are over; with their own invitation, the replies still missing and the report's state.
   */
  meetings(personId: string, today: string): Promise<HomeMeetingRow[]> {
    return this.dataSource.query(
      `WITH visible AS (${visibleMeetingsSql}),
       chosen AS (
         SELECT id FROM visible WHERE end_date >= $2::date OR status <> 'REPORT_PUBLISHED'
         UNION (SELECT id FROM visible WHERE end_date < $2::date ORDER BY end_date DESC, title LIMIT ${PAST_MEETINGS})
       )
       SELECT m.id, m.title, m.kind, m.status, to_char(m.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(m.end_date, 'YYYY-MM-DD') AS "endDate", m.venue, m.city, m.country,
              m.start_date::timestamp AT TIME ZONE m.time_zone AS "startsAt",
              own.role AS "viewerRole", own.state AS "viewerInvitation",
              replies.invited AS "invitedCount", replies.no_reply AS "noReplyCount",
              report.status AS "reportStatus", COALESCE(sg.status = 'CONCLUDED', false) AS "groupConcluded"
         FROM chosen
         JOIN meetings m ON m.id = chosen.id
         LEFT JOIN study_groups sg ON sg.id = m.study_group_id
         LEFT JOIN participations own ON own.meeting_id = m.id AND own.person_id = $1
         LEFT JOIN LATERAL (
           SELECT (count(*) FILTER (WHERE p.state <> 'NOT_INVITED'))::int AS invited,
                  (count(*) FILTER (WHERE p.state = 'INVITED'))::int AS no_reply
             FROM participations p WHERE p.meeting_id = m.id
         ) replies ON true
         LEFT JOIN meeting_reports report ON report.meeting_id = m.id
        ORDER BY m.start_date, m.title`,
      [personId, today],
    );
  }

  /**
   * What the person's home page is made of, to know which changes concern it: the documents they
   * may act on in any step, and their meetings that are not over or not yet reported.
   */
  async watched(personId: string, today: string): Promise<{ documents: Set<string>; meetings: Set<string> }> {
    const rows: { topic: 'document' | 'meeting'; id: string }[] = await this.dataSource.query(
      `SELECT 'document' AS topic, id FROM (${candidateDocumentsSql}) d
       UNION ALL
       SELECT 'meeting', id FROM (${visibleMeetingsSql}) m WHERE end_date >= $2::date OR status <> 'REPORT_PUBLISHED'`,
      [personId, today],
    );
    const watched = { documents: new Set<string>(), meetings: new Set<string>() };
    for (const row of rows) (row.topic === 'document' ? watched.documents : watched.meetings).add(row.id);
    return watched;
  }
}
