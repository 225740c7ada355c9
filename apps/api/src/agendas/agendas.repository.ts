import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgendaSpeakerRole, TimedAgendaItem } from '@plenary/shared';
import { groupBy } from '../common/group-by';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AgendaChangeEntity } from './agenda-change.entity';
import { AgendaDayEntity } from './agenda-day.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaSpeakerEntity } from './agenda-speaker.entity';
import { AgendaSubItemEntity } from './agenda-sub-item.entity';

export interface ItemContents {
  subItems: string[];
  chairId: string | null;
  chairName: string | null;
  /** Each a person from the directory or a name written before anyone is invited. */
  speakers: { personId: string | null; name: string | null; role: AgendaSpeakerRole }[];
  paperIds: string[];
}

@Injectable()
export class AgendasRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads outside any transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async daysOf(
    meetingIds: readonly string[],
    manager = this.dataSource.manager,
  ): Promise<Map<string, AgendaDayEntity[]>> {
    const days = await manager
      .getRepository(AgendaDayEntity)
      .createQueryBuilder('d')
      .where('d.meeting_id = ANY(:meetingIds)', { meetingIds })
      .orderBy('d.date', 'ASC')
      .getMany();
    return groupBy(days, (d) => d.meetingId);
  }

  async itemsOfDays(
    dayIds: readonly string[],
    manager = this.dataSource.manager,
  ): Promise<Map<string, AgendaItemEntity[]>> {
    const items = await manager
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .where('i.day_id = ANY(:dayIds)', { dayIds })
      .orderBy('i.starts_at', 'ASC')
      .addOrderBy('i.position', 'ASC')
      .getMany();
    return groupBy(items, (i) => i.dayId);
  }

  /** Every item of the meetings with the date of its day, for the agenda checks. */
  async itemsOfMeetings(
    manager: EntityManager,
    meetingIds: readonly string[],
  ): Promise<(AgendaItemEntity & { dayDate: string; personIds: string[] })[]> {
    const rows: (AgendaItemEntity & { dayDate: string; personIds: string[] })[] = await manager.query(
      `SELECT i.id, i.meeting_id AS "meetingId", i.day_id AS "dayId", i.position, i.kind, i.title,
              i.starts_at AS "startsAt", i.ends_at AS "endsAt", i.chair_id AS "chairId", i.chair_name AS "chairName",
              to_char(d.date, 'YYYY-MM-DD') AS "dayDate",
              coalesce(array_agg(s.person_id ORDER BY s.position) FILTER (WHERE s.person_id IS NOT NULL), '{}') AS "personIds"
         FROM agenda_items i
         JOIN agenda_days d ON d.id = i.day_id
         LEFT JOIN agenda_speakers s ON s.item_id = i.id
        WHERE i.meeting_id = ANY($1::uuid[])
        GROUP BY i.id, d.date
        ORDER BY d.date, i.starts_at, i.position`,
      [meetingIds],
    );
    return rows;
  }

  async subItemsOf(itemIds: readonly string[]): Promise<Map<string, AgendaSubItemEntity[]>> {
    const rows = await this.dataSource
      .getRepository(AgendaSubItemEntity)
      .createQueryBuilder('s')
      .where('s.item_id = ANY(:itemIds)', { itemIds })
      .orderBy('s.position', 'ASC')
      .getMany();
    return groupBy(rows, (r) => r.itemId);
  }

  async speakersOf(itemIds: readonly string[]): Promise<Map<string, AgendaSpeakerEntity[]>> {
    const rows = await this.dataSource
      .getRepository(AgendaSpeakerEntity)
      .createQueryBuilder('s')
      .where('s.item_id = ANY(:itemIds)', { itemIds })
      .orderBy('s.position', 'ASC')
      .getMany();
    return groupBy(rows, (r) => r.itemId);
  }

  async papersOf(itemIds: readonly string[]): Promise<Map<string, StoredFileEntity[]>> {
    const rows: (StoredFileEntity & { itemId: string })[] = await this.dataSource.query(
      `SELECT p.item_id AS "itemId", f.id, f.meeting_id AS "meetingId", f.filename, f.content_type AS "contentType",
              f.size_bytes AS "sizeBytes", f.sha256, f.created_at AS "createdAt"
         FROM agenda_papers p JOIN files f ON f.id = p.file_id
        WHERE p.item_id = ANY($1::uuid[]) ORDER BY p.position`,
      [itemIds],
    );
    return groupBy(rows, (r) => r.itemId);
  }

  async changesOf(meetingIds: readonly string[]): Promise<Map<string, AgendaChangeEntity[]>> {
    const rows = await this.dataSource
      .getRepository(AgendaChangeEntity)
      .createQueryBuilder('c')
      .where('c.meeting_id = ANY(:meetingIds)', { meetingIds })
      .orderBy('c.at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return groupBy(rows, (r) => r.meetingId);
  }

  findDay(manager: EntityManager, id: string): Promise<AgendaDayEntity | null> {
    return manager.findOne(AgendaDayEntity, { where: { id } });
  }

  findItem(manager: EntityManager, id: string): Promise<AgendaItemEntity | null> {
    return manager.findOne(AgendaItemEntity, { where: { id } });
  }

  /** The meeting's earliest agenda day, if it has one. */
  async firstDayOf(manager: EntityManager, meetingId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM agenda_days WHERE meeting_id = $1 ORDER BY date LIMIT 1`,
      [meetingId],
    );
    return row?.id ?? null;
  }

  /** When the day's last item ends, if it has any. */
  async lastEndOfDay(manager: EntityManager, dayId: string): Promise<Date | null> {
    const [row] = await manager.query<{ endsAt: Date | null }[]>(
      `SELECT max(ends_at) AS "endsAt" FROM agenda_items WHERE day_id = $1`,
      [dayId],
    );
    return row?.endsAt ?? null;
  }

  /** The item of the meeting's agenda that carries the report's action items, if there is one. */
  async itemCarrying(manager: EntityManager, meetingId: string, reportId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM agenda_items WHERE meeting_id = $1 AND carries_report_id = $2`,
      [meetingId, reportId],
    );
    return row?.id ?? null;
  }

  async dayOnDate(manager: EntityManager, meetingId: string, date: string): Promise<AgendaDayEntity | null> {
    return manager.findOne(AgendaDayEntity, { where: { meetingId, date } });
  }

  insertDay(manager: EntityManager, meetingId: string, date: string): Promise<AgendaDayEntity> {
    return manager.save(manager.create(AgendaDayEntity, { meetingId, date }));
  }

  async deleteDay(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AgendaDayEntity, { id });
  }

  async nextPosition(manager: EntityManager, dayId: string): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM agenda_items WHERE day_id = $1`,
      [dayId],
    );
    return row?.next ?? 0;
  }

  async insertItem(
    manager: EntityManager,
    values: Pick<
      AgendaItemEntity,
      'meetingId' | 'dayId' | 'position' | 'kind' | 'title' | 'startsAt' | 'endsAt' | 'chairId' | 'chairName'
    > &
      Partial<Pick<AgendaItemEntity, 'carriesReportId'>>,
  ): Promise<AgendaItemEntity> {
    return manager.save(manager.create(AgendaItemEntity, values));
  }

  async updateItem(manager: EntityManager, id: string, values: Partial<AgendaItemEntity>): Promise<void> {
    await manager.update(AgendaItemEntity, { id }, values);
  }

  async deleteItem(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AgendaItemEntity, { id });
  }

  /** Writes the item's bullets, speakers and papers, replacing what it had. */
  async replaceContents(manager: EntityManager, itemId: string, contents: ItemContents): Promise<void> {
    await this.replaceSubItems(manager, itemId, contents.subItems);
    await manager.query(`DELETE FROM agenda_speakers WHERE item_id = $1`, [itemId]);
    await manager.query(`DELETE FROM agenda_papers WHERE item_id = $1`, [itemId]);
    await manager.query(
      `INSERT INTO agenda_speakers (item_id, person_id, name, role, position)
       SELECT $1, person_id, name, role, ord - 1
         FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS t(person_id, name, role, ord)`,
      [
        itemId,
        contents.speakers.map((s) => s.personId),
        contents.speakers.map((s) => s.name),
        contents.speakers.map((s) => s.role),
      ],
    );
    await manager.query(
      `INSERT INTO agenda_papers (item_id, file_id, position)
       SELECT $1, file_id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(file_id, ord)`,
      [itemId, contents.paperIds],
    );
  }

  /** Writes the item's bullets, replacing what it had. */
  async replaceSubItems(manager: EntityManager, itemId: string, subItems: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM agenda_sub_items WHERE item_id = $1`, [itemId]);
    await manager.query(
      `INSERT INTO agenda_sub_items (item_id, position, text)
       SELECT $1, ord - 1, text FROM unnest($2::text[]) WITH ORDINALITY AS t(text, ord)`,
      [itemId, subItems],
    );
  }

  async contentsOf(manager: EntityManager, itemId: string): Promise<ItemContents> {
    const [row] = await manager.query<ItemContents[]>(
      `SELECT i.chair_id AS "chairId", i.chair_name AS "chairName",
              coalesce((SELECT array_agg(text ORDER BY position) FROM agenda_sub_items WHERE item_id = i.id), '{}') AS "subItems",
              coalesce((SELECT json_agg(json_build_object('personId', person_id, 'name', name, 'role', role) ORDER BY position)
                          FROM agenda_speakers WHERE item_id = i.id), '[]') AS speakers,
              coalesce((SELECT array_agg(file_id ORDER BY position) FROM agenda_papers WHERE item_id = i.id), '{}') AS "paperIds"
         FROM agenda_items i WHERE i.id = $1`,
      [itemId],
    );
    return row!;
  }

  /** Puts the items on the day, numbered 0, 1, 2… in the given order, at the given times, in one statement. */
  async arrange(manager: EntityManager, dayId: string, items: readonly TimedAgendaItem[]): Promise<void> {
    await manager.query(
      `UPDATE agenda_items i SET position = t.ord - 1, day_id = $1, starts_at = t.starts_at, ends_at = t.ends_at
         FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) WITH ORDINALITY AS t(id, starts_at, ends_at, ord)
        WHERE i.id = t.id`,
      [dayId, items.map((i) => i.id), items.map((i) => i.startsAt), items.map((i) => i.endsAt)],
    );
  }

  /** A day's items with their times, in agenda order: by start, then as arranged. */
  async timesOfDay(manager: EntityManager, dayId: string): Promise<(TimedAgendaItem & { title: string })[]> {
    return manager.query(
      `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt" FROM agenda_items
        WHERE day_id = $1 ORDER BY starts_at, position, id`,
      [dayId],
    );
  }

  async recordChange(manager: EntityManager, meetingId: string, actorUserId: string, summary: string): Promise<void> {
    await manager.query(`INSERT INTO agenda_changes (meeting_id, actor_user_id, summary) VALUES ($1, $2, $3)`, [
      meetingId,
      actorUserId,
      summary,
    ]);
  }

  /** Of `personIds`, those in the directory. */
  async knownPeople(manager: EntityManager, personIds: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(`SELECT id FROM people WHERE id = ANY($1::uuid[])`, [personIds]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * For each meeting, the people its agenda names (chairs, speakers) who are neither on its list of
   * participants nor run it, in the order the agenda first names them.
   */
  async namedNotListed(
    meetingIds: readonly string[],
  ): Promise<Map<string, { meetingId: string; personId: string; asChair: boolean }[]>> {
    const rows = await this.dataSource.query<{ meetingId: string; personId: string; asChair: boolean }[]>(
      `SELECT named."meetingId", named."personId", bool_or(named."asChair") AS "asChair"
         FROM (SELECT i.meeting_id AS "meetingId", i.chair_id AS "personId", true AS "asChair", i.starts_at
                 FROM agenda_items i WHERE i.meeting_id = ANY($1::uuid[]) AND i.chair_id IS NOT NULL
               UNION ALL
               SELECT i.meeting_id, s.person_id, false, i.starts_at
                 FROM agenda_speakers s JOIN agenda_items i ON i.id = s.item_id
                WHERE i.meeting_id = ANY($1::uuid[]) AND s.person_id IS NOT NULL) named
        WHERE NOT EXISTS (SELECT 1 FROM participations p WHERE p.meeting_id = named."meetingId" AND p.person_id = named."personId")
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.object_type = 'MEETING' AND m.object_id = named."meetingId"
                             AND m.person_id = named."personId")
        GROUP BY named."meetingId", named."personId"
        ORDER BY min(named.starts_at)`,
      [meetingIds],
    );
    return groupBy(rows, (row) => row.meetingId);
  }

  async fileIdsOfMeeting(manager: EntityManager, meetingId: string, fileIds: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM files WHERE meeting_id = $1 AND id = ANY($2::uuid[])`,
      [meetingId, fileIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Those on the meeting's list who accepted, other than the people who run it. */
  async acceptedParticipants(manager: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT p.person_id FROM participations p
        WHERE p.meeting_id = $1 AND p.state = 'ACCEPTED' AND p.role <> 'SECRETARIAT'
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.object_type = 'MEETING' AND m.object_id = p.meeting_id
                             AND m.person_id = p.person_id AND m.role IN ('ORGANIZER', 'SECRETARIAT'))`,
      [meetingId],
    );
    return rows.map((row) => row.person_id);
  }

  /**
   * Changes to adopted agendas nobody has been told of yet, of meetings whose participants were
   * last told a day ago or more (or never), locked so that one job run alone tells them. Oldest first.
   */
  claimChangesToTell(
    manager: EntityManager,
  ): Promise<{ id: string; meetingId: string; meetingTitle: string; summary: string }[]> {
    return manager.query(
      `SELECT c.id, c.meeting_id AS "meetingId", m.title AS "meetingTitle", c.summary
         FROM agenda_changes c JOIN meetings m ON m.id = c.meeting_id
        WHERE c.notified_at IS NULL AND m.status = 'AGENDA_ADOPTED'
          AND NOT EXISTS (SELECT 1 FROM agenda_changes told WHERE told.meeting_id = c.meeting_id
                             AND told.notified_at > now() - interval '1 day')
        ORDER BY c.at, c.id
        FOR UPDATE OF c SKIP LOCKED`,
    );
  }

  async markChangesTold(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE agenda_changes SET notified_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }
}
