import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NAME_COLLATION } from '../people/people.repository';
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
}
