import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NAME_COLLATION } from '../people/people.repository';
import { InvitationLetterEntity } from './invitation-letter.entity';
import { ParticipationEntity } from './participation.entity';
import { groupBy } from '../common/group-by';

@Injectable()
export class ParticipantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Participants of each meeting, ordered by name. */
  async ofMeetings(meetingIds: readonly string[]): Promise<Map<string, ParticipationEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ParticipationEntity)
      .createQueryBuilder('p')
      .innerJoin('p.person', 'person')
      .where('p.meeting_id = ANY(:meetingIds)', { meetingIds })
      .orderBy(`person.sort_name COLLATE ${NAME_COLLATION}`, 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.meetingId);
  }

  find(manager: EntityManager, id: string): Promise<ParticipationEntity | null> {
    return manager.findOne(ParticipationEntity, { where: { id } });
  }

  findOfPerson(manager: EntityManager, meetingId: string, personId: string): Promise<ParticipationEntity | null> {
    return manager.findOne(ParticipationEntity, { where: { meetingId, personId } });
  }

  /** With `lock` (inside a transaction), a link used twice at the same moment counts once. */
  async findByToken(manager: EntityManager, tokenHash: Buffer, lock = false): Promise<ParticipationEntity | null> {
    const query = manager
      .createQueryBuilder(ParticipationEntity, 'p')
      .where('p.rsvp_token_hash = :tokenHash', { tokenHash });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  insert(manager: EntityManager, values: Partial<ParticipationEntity>): Promise<ParticipationEntity> {
    return manager.save(manager.create(ParticipationEntity, values));
  }

  async update(manager: EntityManager, id: string, values: Partial<ParticipationEntity>): Promise<void> {
    await manager.update(ParticipationEntity, { id }, values);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ParticipationEntity, { id });
  }

  /** The addresses of those already on the meeting's list: their accounts', else the directory's. */
  async emailsOf(manager: EntityManager, meetingId: string): Promise<Set<string>> {
    const rows = await manager.query<{ email: string }[]>(
      `SELECT coalesce(u.email, lower(p.email)) AS email FROM participations pa JOIN people p ON p.id = pa.person_id
         LEFT JOIN users u ON u.person_id = p.id WHERE pa.meeting_id = $1`,
      [meetingId],
    );
    return new Set(rows.map((row) => row.email));
  }

  /** The copy shown to organisers: the text as sent is the recipient's, personal links and all. */
  async outboxOf(meetingId: string, limit: number) {
    return this.dataSource.query<
      {
        id: string;
        to: string;
        toName: string | null;
        subject: string;
        body: string;
        kind: string;
        createdAt: Date;
        sentAt: Date | null;
      }[]
    >(
      `SELECT id, to_address AS "to", to_name AS "toName", subject, body_shown AS body, kind, created_at AS "createdAt", sent_at AS "sentAt"
         FROM outbox_messages WHERE object_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [meetingId, limit],
    );
  }

  /** The meeting's participants, locked for the caller's transaction: sending and replying take turns. */
  lockOfMeeting(manager: EntityManager, meetingId: string): Promise<ParticipationEntity[]> {
    return manager
      .createQueryBuilder(ParticipationEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.meeting_id = :meetingId', { meetingId })
      .orderBy('p.created_at')
      .getMany();
  }

  /** Name and address to write to of each person: their account's, else the directory's. */
  contacts(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<{ id: string; name: string; email: string | null }[]> {
    return manager.query(
      `SELECT p.id, p.name, coalesce(u.email, p.email) AS email FROM people p LEFT JOIN users u ON u.person_id = p.id
        WHERE p.id = ANY($1)`,
      [personIds],
    );
  }

  /** Who runs the meeting: they are not asked to reply to their own invitation. */
  async managerIds(manager: EntityManager, meetingId: string): Promise<Set<string>> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT DISTINCT person_id FROM memberships
        WHERE object_type = 'MEETING' AND object_id = $1 AND role IN ('ORGANIZER', 'SECRETARIAT')`,
      [meetingId],
    );
    return new Set(rows.map((row) => row.person_id));
  }

  /** The office that convenes the meeting first, to sign its letters by default. */
  async firstOrganizerName(manager: EntityManager, meetingId: string): Promise<string | null> {
    const [row] = await manager.query<{ name: string }[]>(
      `SELECT o.name FROM meeting_organizers mo JOIN organizations o ON o.id = mo.organization_id
        WHERE mo.meeting_id = $1 ORDER BY mo.position LIMIT 1`,
      [meetingId],
    );
    return row?.name ?? null;
  }

  /** The meeting's latest concept note, to link from its invitations. */
  async conceptNoteOf(manager: EntityManager, meetingId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM documents WHERE meeting_id = $1 AND kind = 'CONCEPT_NOTE' ORDER BY created_at DESC LIMIT 1`,
      [meetingId],
    );
    return row?.id ?? null;
  }

  letterOf(manager: EntityManager, meetingId: string): Promise<InvitationLetterEntity | null> {
    return manager.findOne(InvitationLetterEntity, { where: { meetingId } });
  }

  /** Writes the letter; an edit made from an older version than the stored one writes nothing and answers false. */
  async saveLetter(
    manager: EntityManager,
    meetingId: string,
    values: Omit<InvitationLetterEntity, 'meetingId' | 'meeting' | 'updatedAt' | 'version'>,
    version: number,
  ): Promise<boolean> {
    if (version === 0) {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO invitation_letters (meeting_id, subject, body, logistics, signature, link_agenda, link_concept_note, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1) ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
        [
          meetingId,
          values.subject,
          values.body,
          values.logistics,
          values.signature,
          values.linkAgenda,
          values.linkConceptNote,
        ],
      );
      return inserted.length === 1;
    }
    const result = await manager
      .createQueryBuilder()
      .update(InvitationLetterEntity)
      .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('meeting_id = :meetingId AND version = :version', { meetingId, version })
      .execute();
    return result.affected === 1;
  }
}
