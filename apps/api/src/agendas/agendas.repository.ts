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
  speakers: { personId: string; role: AgendaSpeakerRole }[];
  paperIds: string[];
}

@Injectable()
export class AgendasRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads outside any transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async daysOf(meetingIds: readonly string[]): Promise<Map<string, AgendaDayEntity[]>> {
    const days = await this.dataSource
      .getRepository(AgendaDayEntity)
      .createQueryBuilder('d')
      .where('d.meeting_id = ANY(:meetingIds)', { meetingIds })
      .orderBy('d.date', 'ASC')
      .getMany();
    return groupBy(days, (d) => d.meetingId);
  }

  async itemsOfDays(dayIds: readonly string[]): Promise<Map<string, AgendaItemEntity[]>> {
    const items = await this.dataSource
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
              i.starts_at AS "startsAt", i.ends_at AS "endsAt", i.chair_id AS "chairId",
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
      'meetingId' | 'dayId' | 'position' | 'kind' | 'title' | 'startsAt' | 'endsAt' | 'chairId'
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
      `INSERT INTO agenda_speakers (item_id, person_id, role, position)
       SELECT $1, person_id, role, ord - 1 FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS t(person_id, role, ord)`,
      [itemId, contents.speakers.map((s) => s.personId), contents.speakers.map((s) => s.role)],
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

  async contentsOf(manager: EntityManager, itemId: string): Promise<ItemContents & { chairId: string | null }> {
    const [row] = await manager.query<(ItemContents & { chairId: string | null })[]>(
      `SELECT i.chair_id AS "chairId",
              coalesce((SELECT array_agg(text ORDER BY position) FROM agenda_sub_items WHERE item_id = i.id), '{}') AS "subItems",
              coalesce((SELECT json_agg(json_build_object('personId', person_id, 'role', role) ORDER BY position)
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

  /** Of `personIds`, those taking part in the meeting (any role). */
  async participantIds(manager: EntityManager, meetingId: string, personIds: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT person_id FROM participations WHERE meeting_id = $1 AND person_id = ANY($2::uuid[])
       UNION SELECT person_id FROM memberships WHERE object_type = 'MEETING' AND object_id = $1 AND person_id = ANY($2::uuid[])`,
      [meetingId, personIds],
    );
    return new Set(rows.map((r) => r.person_id));
  }

  async fileIdsOfMeeting(manager: EntityManager, meetingId: string, fileIds: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM files WHERE meeting_id = $1 AND id = ANY($2::uuid[])`,
      [meetingId, fileIds],
    );
    return new Set(rows.map((r) => r.id));
  }
}
