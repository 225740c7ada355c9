import { Injectable } from '@nestjs/common';
import { type AgendaCheckItem, checkAgenda } from '@plenary/shared';
import { DataSource, type EntityMetadata, type EntityTarget } from 'typeorm';
import { rolesSqlFor } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import { AgendaDayEntity } from '../agendas/agenda-day.entity';
import { AgendaItemEntity } from '../agendas/agenda-item.entity';
import { AgendaSpeakerEntity } from '../agendas/agenda-speaker.entity';
import { AgendaSubItemEntity } from '../agendas/agenda-sub-item.entity';
import { groupBy } from '../common/group-by';
import { StoredFileEntity } from '../files/stored-file.entity';
import type { Loaders } from '../graphql/graphql-context';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ParticipationEntity } from '../participants/participation.entity';
import { PersonEntity } from '../people/person.entity';
import { NAME_COLLATION } from '../people/people.repository';
import { MeetingEntity } from './meeting.entity';

/** Everything the meeting page lists, as the features' own loaders would have read it. */
export interface MeetingContents {
  meeting: MeetingEntity;
  organizerIds: string[];
  days: AgendaDayEntity[];
  /** In the agenda's order: day, start, position. */
  items: AgendaItemEntity[];
  subItems: AgendaSubItemEntity[];
  speakers: AgendaSpeakerEntity[];
  papers: (Omit<StoredFileEntity, 'data'> & { itemId: string })[];
  /** By name, as the list of participants is shown. */
  participants: ParticipationEntity[];
  people: PersonEntity[];
  organizations: OrganizationEntity[];
}

/**
 * The columns TypeORM reads for an entity, each under its property name (`p.meeting_id AS "meetingId"`),
 * for a `LATERAL (SELECT …) r` whose `to_json` is then the entity once its dates are read (`readDates`):
 * PostgreSQL writes it as fast as the table's own row, and no second object is made per row.
 */
function entityColumns(metadata: EntityMetadata, alias: string): string {
  return metadata.columns
    .filter((column) => column.isSelect)
    .map((column) => `${alias}.${column.databaseName} AS "${column.propertyName}"`)
    .join(', ');
}

/** The properties to turn from JSON text into what TypeORM reads: timestamps into dates, bytes into buffers. */
function readDates(metadata: EntityMetadata): (row: JsonRow) => void {
  const dates: string[] = [];
  const bytes: string[] = [];
  for (const column of metadata.columns) {
    if (!column.isSelect) continue;
    const type = typeof column.type === 'string' ? column.type : '';
    if (column.type === Date || type.startsWith('timestamp')) dates.push(column.propertyName);
    else if (type === 'bytea') bytes.push(column.propertyName);
  }
  return (row) => {
    for (const key of dates) if (row[key] != null) row[key] = new Date(row[key] as string);
    for (const key of bytes) if (row[key] != null) row[key] = Buffer.from((row[key] as string).slice(2), 'hex');
  };
}

type JsonRow = Record<string, unknown>;

/**
 * The viewer's roles on the meeting ($1 the meeting, $2 the viewer's person), and, when one of
 * them lets the viewer see it ($3), the meeting and everything its page lists, each kind of row
 * in its features' order, each row written under its entity's property names (`entityColumns`):
 * one statement.
 */
function contentsSql(columns: (entity: EntityTarget<unknown>, alias: string) => string): string {
  return `
WITH held AS (
  SELECT coalesce(array_agg(DISTINCT role ORDER BY role), '{}') AS roles
    FROM (${rolesSqlFor(MembershipObjectType.MEETING, '$2::uuid', 'ARRAY[$1::uuid]')}) r
),
m AS (SELECT * FROM meetings WHERE id = $1 AND (SELECT roles FROM held) && $3::text[]),
days AS (SELECT * FROM agenda_days WHERE meeting_id = (SELECT id FROM m)),
items AS (SELECT i.* FROM agenda_items i WHERE i.meeting_id = (SELECT id FROM m)),
speakers AS (SELECT s.* FROM agenda_speakers s WHERE s.item_id IN (SELECT id FROM items)),
parts AS (SELECT * FROM participations WHERE meeting_id = (SELECT id FROM m)),
organizers AS (SELECT organization_id, position FROM meeting_organizers WHERE meeting_id = (SELECT id FROM m)),
ppl AS (
  SELECT * FROM people WHERE id IN (
    SELECT person_id FROM parts UNION SELECT chair_id FROM items UNION SELECT person_id FROM speakers)
)
SELECT
  (SELECT roles FROM held) AS roles,
  (SELECT to_json(r) FROM m, LATERAL (SELECT ${columns(MeetingEntity, 'm')}) r) AS meeting,
  (SELECT coalesce(json_agg(organization_id ORDER BY position), '[]') FROM organizers) AS organizer_ids,
  (SELECT coalesce(json_agg(r ORDER BY d.date), '[]')
     FROM days d, LATERAL (SELECT ${columns(AgendaDayEntity, 'd')}) r) AS days,
  (SELECT coalesce(json_agg(r ORDER BY d.date, i.starts_at, i.position), '[]')
     FROM items i JOIN days d ON d.id = i.day_id, LATERAL (SELECT ${columns(AgendaItemEntity, 'i')}) r) AS items,
  (SELECT coalesce(json_agg(r ORDER BY s.position), '[]')
     FROM agenda_sub_items s, LATERAL (SELECT ${columns(AgendaSubItemEntity, 's')}) r
    WHERE s.item_id IN (SELECT id FROM items)) AS sub_items,
  (SELECT coalesce(json_agg(r ORDER BY s.position), '[]')
     FROM speakers s, LATERAL (SELECT ${columns(AgendaSpeakerEntity, 's')}) r) AS speakers,
  (SELECT coalesce(json_agg(r ORDER BY ap.position), '[]')
     FROM agenda_papers ap JOIN files f ON f.id = ap.file_id,
          LATERAL (SELECT ${columns(StoredFileEntity, 'f')}, ap.item_id AS "itemId") r
    WHERE ap.item_id IN (SELECT id FROM items)) AS papers,
  (SELECT coalesce(json_agg(r ORDER BY pe.sort_name COLLATE ${NAME_COLLATION}), '[]')
     FROM parts p JOIN people pe ON pe.id = p.person_id, LATERAL (SELECT ${columns(ParticipationEntity, 'p')}) r) AS participants,
  (SELECT coalesce(json_agg(r), '[]') FROM ppl p, LATERAL (SELECT ${columns(PersonEntity, 'p')}) r) AS people,
  (SELECT coalesce(json_agg(r), '[]')
     FROM organizations o, LATERAL (SELECT ${columns(OrganizationEntity, 'o')}) r
    WHERE o.id IN (
     SELECT organization_id FROM organizers UNION SELECT host_id FROM m
     UNION SELECT affiliation_id FROM ppl UNION SELECT representing_id FROM parts)) AS organizations`;
}

/** The statement, and for each kind of row the dates to read, made once TypeORM's metadata is there. */
function statementFor(dataSource: DataSource) {
  const columns = (entity: EntityTarget<unknown>, alias: string) =>
    entityColumns(dataSource.getMetadata(entity), alias);
  const reader = (entity: EntityTarget<unknown>) => readDates(dataSource.getMetadata(entity));
  return {
    sql: contentsSql(columns),
    read: {
      meeting: reader(MeetingEntity),
      days: reader(AgendaDayEntity),
      items: reader(AgendaItemEntity),
      subItems: reader(AgendaSubItemEntity),
      speakers: reader(AgendaSpeakerEntity),
      papers: reader(StoredFileEntity),
      participants: reader(ParticipationEntity),
      people: reader(PersonEntity),
      organizations: reader(OrganizationEntity),
    },
  };
}

@Injectable()
export class MeetingContentsRepository {
  private statement?: ReturnType<typeof statementFor>;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The viewer's roles on the meeting, and its contents when one of `viewRoles` is among them
   * (null when it is not, or there is no such meeting).
   */
  async load(
    meetingId: string,
    personId: string,
    viewRoles: readonly string[],
  ): Promise<{ roles: string[]; contents: MeetingContents | null }> {
    const { sql, read } = (this.statement ??= statementFor(this.dataSource));
    const [row]: JsonRow[] = await this.dataSource.query(sql, [meetingId, personId, viewRoles]);
    const roles = (row?.roles ?? []) as string[];
    if (!row?.meeting) return { roles, contents: null };
    const rows = <T>(key: string, readRow: (row: JsonRow) => void): T[] => {
      const list = row[key] as JsonRow[];
      for (const entry of list) readRow(entry);
      return list as T[];
    };
    read.meeting(row.meeting as JsonRow);
    const contents: MeetingContents = {
      meeting: row.meeting as MeetingEntity,
      organizerIds: row.organizer_ids as string[],
      days: rows('days', read.days),
      items: rows('items', read.items),
      subItems: rows('sub_items', read.subItems),
      speakers: rows('speakers', read.speakers),
      papers: rows('papers', read.papers),
      participants: rows('participants', read.participants),
      people: rows('people', read.people),
      organizations: rows('organizations', read.organizations),
    };
    return { roles, contents };
  }
}

/**
 * Hands the contents to the request's loaders, so that the page's fields resolve through their
 * usual resolvers and rules without another statement. Each loader gets what its own query would
 * have answered, in the same order; the agenda checks run on the same rows.
 */
export function primeMeetingContents(loaders: Loaders, contents: MeetingContents): void {
  const { meeting } = contents;
  loaders.meeting.prime(meeting.id, meeting);
  for (const person of contents.people) loaders.person.prime(person.id, person);
  const organizations = new Map(contents.organizations.map((o) => [o.id, o]));
  for (const organization of contents.organizations) loaders.organization.prime(organization.id, organization);
  loaders.meetingOrganizers.prime(
    meeting.id,
    contents.organizerIds.flatMap((id) => organizations.get(id) ?? []),
  );
  loaders.agendaDays.prime(meeting.id, contents.days);
  const itemsByDay = groupBy(contents.items, (item) => item.dayId);
  for (const day of contents.days) loaders.agendaItems.prime(day.id, itemsByDay.get(day.id) ?? []);
  const subItems = groupBy(contents.subItems, (s) => s.itemId);
  const speakers = groupBy(contents.speakers, (s) => s.itemId);
  const papers = groupBy(contents.papers, (p) => p.itemId);
  for (const item of contents.items) {
    loaders.agendaSubItems.prime(item.id, subItems.get(item.id) ?? []);
    loaders.agendaSpeakers.prime(item.id, speakers.get(item.id) ?? []);
    loaders.agendaPapers.prime(item.id, papers.get(item.id) ?? []);
  }
  loaders.agendaItemsOfMeeting.prime(
    meeting.id,
    contents.items.map((item) => ({ id: item.id, title: item.title })),
  );
  const dates = new Map(contents.days.map((day) => [day.id, day.date]));
  const checked: AgendaCheckItem[] = contents.items.map((item) => ({
    ...item,
    dayDate: dates.get(item.dayId) ?? '',
    personIds: (speakers.get(item.id) ?? []).flatMap((s) => (s.personId ? [s.personId] : [])),
  }));
  loaders.agendaWarnings.prime(meeting.id, checkAgenda(meeting, checked));
  loaders.participants.prime(meeting.id, contents.participants);
}
