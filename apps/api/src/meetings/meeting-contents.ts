import { Injectable } from '@nestjs/common';
import { type AgendaCheckItem, checkAgenda } from '@plenary/shared';
import { DataSource, type EntityMetadata, type EntityTarget } from 'typeorm';
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
 * The meeting and everything its page lists, each kind of row in its features' order, in one
 * statement: rows come as `to_json` of the table's own rows, so they carry every column the
 * entities map, and are read back into entities through TypeORM's metadata.
 */
const contentsSql = `
WITH m AS (SELECT * FROM meetings WHERE id = $1),
days AS (SELECT * FROM agenda_days WHERE meeting_id = $1),
items AS (SELECT i.* FROM agenda_items i WHERE i.meeting_id = $1),
speakers AS (SELECT s.* FROM agenda_speakers s WHERE s.item_id IN (SELECT id FROM items)),
parts AS (SELECT * FROM participations WHERE meeting_id = $1),
organizers AS (SELECT organization_id, position FROM meeting_organizers WHERE meeting_id = $1),
ppl AS (
  SELECT * FROM people WHERE id IN (
    SELECT person_id FROM parts UNION SELECT chair_id FROM items UNION SELECT person_id FROM speakers)
)
SELECT
  (SELECT to_json(m) FROM m) AS meeting,
  (SELECT coalesce(json_agg(organization_id ORDER BY position), '[]') FROM organizers) AS organizer_ids,
  (SELECT coalesce(json_agg(d ORDER BY d.date), '[]') FROM days d) AS days,
  (SELECT coalesce(json_agg(i ORDER BY d.date, i.starts_at, i.position), '[]') FROM items i JOIN days d ON d.id = i.day_id) AS items,
  (SELECT coalesce(json_agg(s ORDER BY s.position), '[]') FROM agenda_sub_items s WHERE s.item_id IN (SELECT id FROM items)) AS sub_items,
  (SELECT coalesce(json_agg(s ORDER BY s.position), '[]') FROM speakers s) AS speakers,
  (SELECT coalesce(json_agg((to_jsonb(f) - 'data') || jsonb_build_object('item_id', ap.item_id) ORDER BY ap.position), '[]')
     FROM agenda_papers ap JOIN files f ON f.id = ap.file_id WHERE ap.item_id IN (SELECT id FROM items)) AS papers,
  (SELECT coalesce(json_agg(p ORDER BY pe.sort_name COLLATE ${NAME_COLLATION}), '[]')
     FROM parts p JOIN people pe ON pe.id = p.person_id) AS participants,
  (SELECT coalesce(json_agg(p), '[]') FROM ppl p) AS people,
  (SELECT coalesce(json_agg(o), '[]') FROM organizations o WHERE o.id IN (
     SELECT organization_id FROM organizers UNION SELECT host_id FROM m
     UNION SELECT affiliation_id FROM ppl UNION SELECT representing_id FROM parts)) AS organizations`;

type JsonRow = Record<string, unknown>;

/** Reads a row as `to_json` wrote it into the entity TypeORM would have made of it. */
function entityReader<T>(metadata: EntityMetadata, extra: Record<string, string> = {}): (row: JsonRow) => T {
  const columns = metadata.columns
    .filter((column) => column.isSelect)
    .map((column) => {
      const type = typeof column.type === 'string' ? column.type : '';
      const read =
        column.type === Date || type.startsWith('timestamp')
          ? (value: unknown) => (value == null ? null : new Date(value as string))
          : type === 'bytea'
            ? (value: unknown) => (value == null ? null : Buffer.from((value as string).slice(2), 'hex'))
            : (value: unknown) => value;
      return { from: column.databaseName, to: column.propertyName, read };
    });
  const extras = Object.entries(extra);
  return (row) => {
    const entity: JsonRow = {};
    for (const column of columns) entity[column.to] = column.read(row[column.from]);
    for (const [from, to] of extras) entity[to] = row[from];
    return entity as T;
  };
}

/** A reader for each kind of row, made once TypeORM's metadata is there. */
function readersFor(dataSource: DataSource) {
  const reader = <T>(entity: EntityTarget<T>, extra?: Record<string, string>) =>
    entityReader<T>(dataSource.getMetadata(entity), extra);
  return {
    meeting: reader(MeetingEntity),
    days: reader(AgendaDayEntity),
    items: reader(AgendaItemEntity),
    subItems: reader(AgendaSubItemEntity),
    speakers: reader(AgendaSpeakerEntity),
    papers: reader<StoredFileEntity & { itemId: string }>(StoredFileEntity, { item_id: 'itemId' }),
    participants: reader(ParticipationEntity),
    people: reader(PersonEntity),
    organizations: reader(OrganizationEntity),
  };
}

@Injectable()
export class MeetingContentsRepository {
  private readers?: ReturnType<typeof readersFor>;

  constructor(private readonly dataSource: DataSource) {}

  /** The meeting's contents, or null when there is no such meeting. */
  async load(meetingId: string): Promise<MeetingContents | null> {
    const [row]: JsonRow[] = await this.dataSource.query(contentsSql, [meetingId]);
    if (!row?.meeting) return null;
    const read = (this.readers ??= readersFor(this.dataSource));
    const rows = (key: string) => row[key] as JsonRow[];
    return {
      meeting: read.meeting(row.meeting as JsonRow),
      organizerIds: row.organizer_ids as string[],
      days: rows('days').map(read.days),
      items: rows('items').map(read.items),
      subItems: rows('sub_items').map(read.subItems),
      speakers: rows('speakers').map(read.speakers),
      papers: rows('papers').map(read.papers),
      participants: rows('participants').map(read.participants),
      people: rows('people').map(read.people),
      organizations: rows('organizations').map(read.organizations),
    };
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
