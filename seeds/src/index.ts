import { randomBytes } from 'node:crypto';
import { fromZoned, MeetingKind, MeetingStatus } from '@plenary/shared';
import { conceptNoteSet } from './concept-note';
import { insertRows, type DemoDataSet } from './database';
import {
  agendaDayId,
  agendaItemId,
  agendas,
  guests,
  honorificCorrections,
  incheonDetails,
  incheonInvitationLetter,
  participants,
  vladivostokDetails,
} from './meeting-details';
import { memorandaSet } from './memoranda';
import { meeting, meetingOrganizers, meetingRoles, meetings } from './meetings';
import { organizations } from './organizations';
import { demoPassword, people } from './people';
import { recommendationsSet } from './recommendations';
import {
  actionItems,
  meetingPlans,
  meetingReports,
  reportRevisions,
  studyGroupCommittees,
  studyGroupMeetingOrganizers,
  studyGroupMeetings,
  studyGroupRoles,
  studyGroups,
  subGroupMembers,
  subGroups,
} from './study-groups';

export { conceptNote } from './concept-note';
export type { DemoDataSet, SeedDatabase, SeedTools } from './database';
export { meeting } from './meetings';
export { comment, commentRound, memorandum, memorandumParagraph, memorandumVersion, roundRecipient } from './memoranda';
export { org } from './organizations';
export { demoAccounts, demoPassword, person } from './people';
export {
  publishedMemorandum,
  publishedMemorandumParagraph,
  publishedMemorandumVersion,
  trackedRecommendation,
} from './recommendations';
export {
  actionItem,
  meetingPlan,
  meetingReport,
  reportRevision,
  studyGroup,
  studyGroupMeeting,
  subGroup,
} from './study-groups';

/** The organizations, people and meetings of the source documents, with an account for each role. */
const foundation: DemoDataSet = {
  name: 'foundation',
  // 2: the CSCAP secretariat account.
  version: 2,
  async apply(db, { hashPassword }) {
    // Parents before members, so the foreign key to the parent is satisfied row by row.
    const ordered = [...organizations].sort((a, b) => Number(!!a.parent_id) - Number(!!b.parent_id));
    await insertRows(db, 'organizations', ordered);
    await insertRows(
      db,
      'people',
      people.map(({ id, name, sort_name, honorific, title, affiliation_id, email }) => ({
        id,
        name,
        sort_name,
        honorific,
        title,
        affiliation_id,
        email,
      })),
    );
    const passwordHash = await hashPassword(demoPassword);
    await insertRows(
      db,
      'users',
      people.map((p) => ({
        person_id: p.id,
        email: p.email,
        password_hash: passwordHash,
        is_platform_admin: p.platformAdmin ?? false,
      })),
      '(email)',
    );
    await insertRows(
      db,
      'memberships',
      people.flatMap((p) =>
        (p.organizationRoles ?? []).map((r) => ({
          person_id: p.id,
          object_type: 'ORGANIZATION',
          object_id: r.organizationId,
          role: r.role,
        })),
      ),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
    // Each meeting's key for its calendar-feed addresses is a secret: made here, never committed.
    await insertRows(
      db,
      'meetings',
      meetings.map((m) => ({ ...m, calendar_token: randomBytes(24).toString('base64url') })),
    );
    await insertRows(db, 'meeting_organizers', meetingOrganizers, '(meeting_id, organization_id)');
    await insertRows(
      db,
      'memberships',
      meetingRoles.map((r) => ({
        person_id: r.personId,
        object_type: 'MEETING',
        object_id: r.meetingId,
        role: r.role,
      })),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
  },
};

/** Both meetings in full: background, objectives, the agenda, and who was invited or came. */
const meetingDetails: DemoDataSet = {
  name: 'meeting-details',
  version: 1,
  async apply(db) {
    for (const [id, details] of [
      [meeting.incheon, incheonDetails],
      [meeting.vladivostok, vladivostokDetails],
    ] as const) {
      await db.query(
        `UPDATE meetings SET background = $2, objectives = $3, participant_categories = $4, confidentiality = $5,
                sequence_number = $6
          WHERE id = $1 AND background IS NULL`,
        [
          id,
          details.background,
          details.objectives,
          details.participantCategories,
          details.confidentiality,
          'sequenceNumber' in details ? details.sequenceNumber : null,
        ],
      );
    }
    await insertRows(db, 'people', guests);
    await insertRows(
      db,
      'participations',
      participants.map((p) => ({
        meeting_id: p.meetingId,
        person_id: p.personId,
        role: p.role,
        representing_id: p.representingId,
        category: p.category,
        state: p.state,
        invited_at: p.state === 'NOT_INVITED' ? null : '2019-10-15T00:00:00Z',
        responded_at: p.state === 'INVITED' || p.state === 'NOT_INVITED' ? null : '2019-10-20T00:00:00Z',
      })),
      '(meeting_id, person_id)',
    );
    await insertRows(
      db,
      'invitation_letters',
      [
        {
          meeting_id: meeting.incheon,
          subject: incheonInvitationLetter.subject,
          body: incheonInvitationLetter.body,
          logistics: incheonInvitationLetter.logistics,
          signature: incheonInvitationLetter.signature,
          version: 1,
        },
      ],
      '(meeting_id)',
    );
    await insertRows(
      db,
      'memberships',
      participants.map((p) => ({
        person_id: p.personId,
        object_type: 'MEETING',
        object_id: p.meetingId,
        role: p.role,
      })),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
    const zones: Record<string, string> = {
      [meeting.incheon]: 'Asia/Seoul',
      [meeting.vladivostok]: 'Asia/Vladivostok',
    };
    for (const [dayIndex, day] of agendas.entries()) {
      const dayId = agendaDayId(dayIndex);
      await insertRows(db, 'agenda_days', [{ id: dayId, meeting_id: day.meetingId, date: day.date }]);
      for (const [position, item] of day.items.entries()) {
        const itemId = agendaItemId(dayIndex, position);
        const at = (time: string) => {
          const result = fromZoned(day.date, time, zones[day.meetingId]!);
          if (!result.ok) throw new Error(`${day.date} ${time}: ${result.reason}`);
          return result.instant;
        };
        await insertRows(db, 'agenda_items', [
          {
            id: itemId,
            meeting_id: day.meetingId,
            day_id: dayId,
            position,
            kind: item.kind,
            title: item.title,
            starts_at: at(item.start),
            ends_at: at(item.end),
            chair_id: item.chairId ?? null,
          },
        ]);
        await insertRows(
          db,
          'agenda_sub_items',
          (item.subItems ?? []).map((text, i) => ({
            id: `${itemId.slice(0, 24)}${String(i + 1).padStart(4, '0')}${itemId.slice(28)}`,
            item_id: itemId,
            position: i,
            text,
          })),
        );
        await insertRows(
          db,
          'agenda_speakers',
          (item.speakers ?? []).map((sp, i) => ({
            item_id: itemId,
            person_id: sp.personId,
            role: sp.role,
            position: i,
          })),
          '(item_id, person_id)',
        );
      }
    }
  },
};

/**
 * The two CSCAP study groups: the 2011 one, whose third and final meeting was Vladivostok, with its published
 * report and next task; and the 2019–2021 one as proposed, its four meetings planned but not yet scheduled.
 */
const studyGroupsSet: DemoDataSet = {
  name: 'study-groups',
  version: 1,
  async apply(db) {
    await insertRows(
      db,
      'study_groups',
      studyGroups.map((g) => ({ ...g, principles: JSON.stringify(g.principles) })),
    );
    await insertRows(db, 'study_group_committees', studyGroupCommittees, '(study_group_id, organization_id)');
    await insertRows(
      db,
      'memberships',
      studyGroupRoles.map((r) => ({
        person_id: r.personId,
        object_type: 'STUDY_GROUP',
        object_id: r.studyGroupId,
        role: r.role,
        representing_id: r.representingId,
      })),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
    await insertRows(
      db,
      'meetings',
      studyGroupMeetings.map((m) => ({ ...m, calendar_token: randomBytes(24).toString('base64url') })),
    );
    await insertRows(db, 'meeting_organizers', studyGroupMeetingOrganizers, '(meeting_id, organization_id)');
    // Vladivostok exists already (foundation): it becomes the third and final meeting of the 2011 group.
    const vladivostokPlan = meetingPlans.find((p) => p.meeting_id === meeting.vladivostok)!;
    await db.query(
      `UPDATE meetings SET study_group_id = $2, sequence_number = $3, kind = $4, status = $5
        WHERE id = $1 AND study_group_id IS NULL`,
      [
        meeting.vladivostok,
        vladivostokPlan.study_group_id,
        vladivostokPlan.sequence,
        MeetingKind.STUDY_GROUP_MEETING,
        MeetingStatus.REPORT_PUBLISHED,
      ],
    );
    await insertRows(db, 'meeting_plans', meetingPlans);
    await insertRows(db, 'sub_groups', subGroups);
    await insertRows(db, 'sub_group_members', subGroupMembers, '(sub_group_id, person_id)');
    await insertRows(db, 'meeting_reports', meetingReports);
    await insertRows(
      db,
      'report_revisions',
      reportRevisions.map((r) => ({ ...r, sections: JSON.stringify(r.sections) })),
    );
    await insertRows(db, 'action_items', actionItems);
  },
};

/**
 * Mends what databases seeded earlier got wrong: the Incheon meeting, held in 2019, still showing a provisional
 * agenda, and guests addressed with another's honorific. Each value is mended only where it is still as it was
 * seeded, so a change someone made since stays; nothing is inserted, so nothing deleted comes back.
 */
const corrections: DemoDataSet = {
  name: 'corrections',
  version: 1,
  async apply(db) {
    await db.query(`UPDATE meetings SET status = $2 WHERE id = $1 AND status = $3 AND version = 1`, [
      meeting.incheon,
      MeetingStatus.HELD,
      MeetingStatus.AGENDA_PROVISIONAL,
    ]);
    for (const { id, from } of honorificCorrections) {
      const guest = guests.find((g) => g.id === id)!;
      await db.query(`UPDATE people SET honorific = $2 WHERE id = $1 AND honorific = $3`, [id, guest.honorific, from]);
    }
  },
};

/** Applied in order on start when demo data is on. */
export const demoDataSets: readonly DemoDataSet[] = [
  foundation,
  meetingDetails,
  studyGroupsSet,
  memorandaSet,
  recommendationsSet,
  conceptNoteSet,
  corrections,
];
