import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  type AgendaCheckItem,
  AgendaItemKind,
  AgendaSpeakerRole,
  type AgendaWarning,
  checkAgenda,
  daysInclusive,
  formatDateRange,
  fromZoned,
  isLocalDate,
  limits,
  MeetingStatus,
  moveInTimeOrder,
  type TimedAgendaItem,
  toZoned,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { OnDomainEvent } from '../domain-events/domain-event-handler.decorator';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MEETING_DATES_SET, MeetingsService } from '../meetings/meetings.service';
import { EventsService } from '../realtime/events.service';
import type { AgendaDayEntity } from './agenda-day.entity';
import type { AgendaItemEntity } from './agenda-item.entity';
import { AgendasRepository, type ItemContents } from './agendas.repository';
import type { AddAgendaDayInput, AgendaItemInput, CopyAgendaInput, MoveAgendaItemInput } from './dto/agenda.input';

/** Agendas that may still take an item without it counting as a change to an adopted agenda. */
const openStatuses: readonly MeetingStatus[] = [MeetingStatus.PLANNED, MeetingStatus.AGENDA_PROVISIONAL];
/** Statuses in which the agenda is adopted: every change is recorded for participants to see. */
const adopted: readonly MeetingStatus[] = [MeetingStatus.AGENDA_ADOPTED];
/** The most days a meeting's dates give its agenda by themselves; longer ones add their days by hand. */
const MAX_DAYS_FROM_DATES = 31;
/** Statuses after which the agenda is history and can no longer change. */
const closed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

interface EditContext {
  manager: EntityManager;
  meeting: MeetingEntity;
  /** Notes what changed; kept only once the agenda has been adopted. */
  record: (summary: string) => void;
}

@Injectable()
export class AgendasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AgendasRepository,
    private readonly meetings: MeetingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /** Warnings for each meeting's agenda, for many meetings in one statement. */
  async warningsFor(meetings: readonly MeetingEntity[]): Promise<Map<string, AgendaWarning[]>> {
    const items = await this.repository.itemsOfMeetings(
      this.dataSource.manager,
      meetings.map((m) => m.id),
    );
    const result = new Map<string, AgendaWarning[]>();
    for (const meeting of meetings) {
      const own: AgendaCheckItem[] = items
        .filter((i) => i.meetingId === meeting.id)
        .map((i) => ({ ...i, startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) }));
      result.set(meeting.id, checkAgenda(meeting, own));
    }
    return result;
  }

  async addDay(viewer: Viewer, input: AddAgendaDayInput): Promise<AgendaDayEntity> {
    return this.edit(viewer, input.meetingId, 'agenda.day_added', async ({ manager, meeting, record }) => {
      if (!isLocalDate(input.date)) throw invalid('date', 'Write the date as YYYY-MM-DD.', 'INVALID_DATE');
      if (await this.repository.dayOnDate(manager, meeting.id, input.date)) {
        throw new DomainError('DAY_EXISTS', `The agenda already has ${formatDateRange(input.date, input.date)}.`, {
          field: 'date',
        });
      }
      record(`Added the day ${formatDateRange(input.date, input.date)}`);
      return this.repository.insertDay(manager, meeting.id, input.date);
    });
  }

  /**
   * The agenda has a day for each date of the meeting from the start: created with the meeting,
   * added when its dates grow. A day outside new dates goes if nothing is planned on it; one with
   * items stays for the organiser to move or remove (the checks point it out). Days stay editable.
   */
  @OnDomainEvent(MEETING_DATES_SET)
  async followMeetingDates(
    event: { meeting: MeetingEntity; previous: { startDate: string; endDate: string } | null },
    manager: EntityManager,
  ): Promise<void> {
    const { meeting } = event;
    const count = Math.min(daysInclusive(meeting.startDate, meeting.endDate), MAX_DAYS_FROM_DATES);
    const days = (await this.repository.daysOf([meeting.id], manager)).get(meeting.id) ?? [];
    const have = new Set(days.map((d) => d.date));
    for (let i = 0; i < count; i++) {
      const date = addDays(meeting.startDate, i);
      if (!have.has(date)) await this.repository.insertDay(manager, meeting.id, date);
    }
    if (!event.previous) return;
    const outside = days.filter((d) => d.date < meeting.startDate || d.date > meeting.endDate);
    const withItems = await this.repository.itemsOfDays(
      outside.map((d) => d.id),
      manager,
    );
    for (const day of outside) if (!withItems.get(day.id)?.length) await this.repository.deleteDay(manager, day.id);
  }

  /**
   * Fills an empty agenda with a copy of another meeting's of the same study group: its days in
   * order from this meeting's first date, items at the same clock times at this venue, chairs,
   * speakers and points; papers stay with the meeting they were given to.
   */
  async copyFrom(viewer: Viewer, input: CopyAgendaInput): Promise<AgendaDayEntity[]> {
    const source = await this.meetings.get(viewer, input.fromMeetingId);
    return this.edit(viewer, input.meetingId, 'agenda.copied', async ({ manager, meeting, record }) => {
      if (!meeting.studyGroupId || meeting.studyGroupId !== source.studyGroupId || source.id === meeting.id) {
        throw invalid('fromMeetingId', 'Copy the agenda of another meeting of the same study group.', 'NOT_IN_SERIES');
      }
      if ((await this.repository.itemsOfMeetings(manager, [meeting.id])).length > 0) {
        throw new DomainError('AGENDA_NOT_EMPTY', 'This agenda already has items; copy into an empty agenda.');
      }
      const sourceDays = (await this.repository.daysOf([source.id], manager)).get(source.id) ?? [];
      const items = await this.repository.itemsOfDays(
        sourceDays.map((d) => d.id),
        manager,
      );
      const days: AgendaDayEntity[] = [];
      for (const [index, sourceDay] of sourceDays.entries()) {
        const date = addDays(meeting.startDate, index);
        const day =
          (await this.repository.dayOnDate(manager, meeting.id, date)) ??
          (await this.repository.insertDay(manager, meeting.id, date));
        days.push(day);
        for (const [position, item] of (items.get(sourceDay.id) ?? []).entries()) {
          const startsAt = venueTime(date, toZoned(item.startsAt, source.timeZone).time, meeting.timeZone, 'startTime');
          const copy = await this.repository.insertItem(manager, {
            meetingId: meeting.id,
            dayId: day.id,
            position,
            kind: item.kind,
            title: item.title,
            startsAt,
            endsAt: new Date(startsAt.getTime() + (item.endsAt.getTime() - item.startsAt.getTime())),
            chairId: item.chairId,
            chairName: item.chairName,
          });
          const contents = await this.repository.contentsOf(manager, item.id);
          await this.repository.replaceContents(manager, copy.id, { ...contents, paperIds: [] });
        }
        await this.keepInTimeOrder(manager, day.id);
      }
      record(`Copied the agenda of "${source.title}"`);
      return days;
    });
  }

  async removeDay(viewer: Viewer, dayId: string): Promise<void> {
    const day = await this.dayOrNotFound(viewer, dayId);
    await this.edit(viewer, day.meetingId, 'agenda.day_removed', async ({ manager, record }) => {
      record(`Removed the day ${formatDateRange(day.date, day.date)} and its items`);
      await this.repository.deleteDay(manager, dayId);
    });
  }

  /** Copies a day, items, bullets, chairs, speakers and papers, to another date at the same clock times. */
  async duplicateDay(viewer: Viewer, dayId: string, date: string): Promise<AgendaDayEntity> {
    const source = await this.dayOrNotFound(viewer, dayId);
    return this.edit(viewer, source.meetingId, 'agenda.day_duplicated', async ({ manager, meeting, record }) => {
      if (!isLocalDate(date)) throw invalid('date', 'Write the date as YYYY-MM-DD.', 'INVALID_DATE');
      if (await this.repository.dayOnDate(manager, meeting.id, date)) {
        throw new DomainError('DAY_EXISTS', `The agenda already has ${formatDateRange(date, date)}.`, {
          field: 'date',
        });
      }
      const day = await this.repository.insertDay(manager, meeting.id, date);
      const items = (await this.repository.itemsOfDays([source.id])).get(source.id) ?? [];
      for (const item of items) {
        const startsAt = shiftDate(item.startsAt, date, meeting.timeZone, 'startTime');
        const endsAt = shiftDate(item.endsAt, date, meeting.timeZone, 'endTime');
        const copy = await this.repository.insertItem(manager, {
          meetingId: meeting.id,
          dayId: day.id,
          position: item.position,
          kind: item.kind,
          title: item.title,
          startsAt,
          endsAt,
          chairId: item.chairId,
          chairName: item.chairName,
        });
        await this.repository.replaceContents(manager, copy.id, await this.repository.contentsOf(manager, item.id));
      }
      record(`Copied ${formatDateRange(source.date, source.date)} to ${formatDateRange(date, date)}`);
      return day;
    });
  }

  async addItem(viewer: Viewer, dayId: string, input: AgendaItemInput): Promise<AgendaItemEntity> {
    const day = await this.dayOrNotFound(viewer, dayId);
    return this.edit(viewer, day.meetingId, 'agenda.item_added', async ({ manager, meeting, record }) => {
      const checked = await this.checkItem(manager, meeting, day, input);
      const item = await this.repository.insertItem(manager, {
        meetingId: meeting.id,
        dayId: day.id,
        position: await this.repository.nextPosition(manager, day.id),
        kind: checked.kind,
        title: checked.title,
        startsAt: checked.startsAt,
        endsAt: checked.endsAt,
        chairId: checked.contents.chairId,
        chairName: checked.contents.chairName,
      });
      await this.repository.replaceContents(manager, item.id, checked.contents);
      await this.keepInTimeOrder(manager, day.id);
      record(`Added "${checked.title}" (${input.startTime}–${input.endTime}, ${formatDateRange(day.date, day.date)})`);
      return (await this.repository.findItem(manager, item.id))!;
    });
  }

  async updateItem(viewer: Viewer, itemId: string, input: AgendaItemInput): Promise<AgendaItemEntity> {
    const { item, day } = await this.itemOrNotFound(viewer, itemId);
    return this.edit(viewer, item.meetingId, 'agenda.item_updated', async ({ manager, meeting, record }) => {
      const checked = await this.checkItem(manager, meeting, day, input);
      const before = await this.repository.contentsOf(manager, item.id);
      await this.repository.updateItem(manager, item.id, {
        kind: checked.kind,
        title: checked.title,
        startsAt: checked.startsAt,
        endsAt: checked.endsAt,
        chairId: checked.contents.chairId,
        chairName: checked.contents.chairName,
      });
      await this.repository.replaceContents(manager, item.id, checked.contents);
      await this.keepInTimeOrder(manager, day.id);
      const changes: string[] = [];
      if (item.title !== checked.title) changes.push(`renamed from "${item.title}"`);
      if (
        item.startsAt.getTime() !== checked.startsAt.getTime() ||
        item.endsAt.getTime() !== checked.endsAt.getTime()
      ) {
        changes.push(`now ${input.startTime}–${input.endTime}`);
      }
      if (before.chairId !== checked.contents.chairId || before.chairName !== checked.contents.chairName) {
        changes.push('chair changed');
      }
      if (JSON.stringify(before.speakers) !== JSON.stringify(checked.contents.speakers))
        changes.push('speakers changed');
      if (JSON.stringify(before.subItems) !== JSON.stringify(checked.contents.subItems)) changes.push('points changed');
      if (JSON.stringify(before.paperIds) !== JSON.stringify(checked.contents.paperIds)) changes.push('papers changed');
      if (item.kind !== checked.kind) changes.push('kind changed');
      if (changes.length) record(`"${checked.title}": ${changes.join('; ')}`);
      return (await this.repository.findItem(manager, item.id))!;
    });
  }

  async removeItem(viewer: Viewer, itemId: string): Promise<void> {
    const { item } = await this.itemOrNotFound(viewer, itemId);
    await this.edit(viewer, item.meetingId, 'agenda.item_removed', async ({ manager, record }) => {
      await this.repository.deleteItem(manager, item.id);
      await this.keepInTimeOrder(manager, item.dayId);
      record(`Removed "${item.title}"`);
    });
  }

  /**
   * Moves an item within its day, re-timing it and the items it passes so that the day stays in
   * time order (see moveInTimeOrder), or to another day, where it keeps its clock times and takes
   * its place by them. Answers with the day the item is now on.
   */
  async moveItem(viewer: Viewer, itemId: string, input: MoveAgendaItemInput): Promise<AgendaDayEntity> {
    const { item, day } = await this.itemOrNotFound(viewer, itemId);
    return this.edit(viewer, item.meetingId, 'agenda.item_moved', async ({ manager, meeting, record }) => {
      const target = input.dayId === day.id ? day : await this.repository.findDay(manager, input.dayId);
      if (!target || target.meetingId !== meeting.id)
        throw invalid('dayId', 'That day is not on this agenda.', 'UNKNOWN_DAY');
      const position = input.position ?? null;
      if (target.id !== day.id) {
        if (position !== null) {
          throw invalid(
            'position',
            'An item moved to another day keeps its times and takes its place there by them: leave out the position.',
          );
        }
        await this.repository.updateItem(manager, item.id, {
          dayId: target.id,
          startsAt: shiftDate(item.startsAt, target.date, meeting.timeZone, 'startTime'),
          endsAt: shiftDate(item.endsAt, target.date, meeting.timeZone, 'endTime'),
        });
        await this.keepInTimeOrder(manager, day.id);
        await this.keepInTimeOrder(manager, target.id);
        record(`Moved "${item.title}" to ${formatDateRange(target.date, target.date)}`);
        return target;
      }
      const items = await this.repository.timesOfDay(manager, day.id);
      if (position === null || !Number.isInteger(position) || position < 0 || position >= items.length) {
        throw invalid('position', `Choose a place from 0 to ${items.length - 1}.`);
      }
      const arranged = moveInTimeOrder(items, item.id, position);
      await this.repository.arrange(manager, day.id, arranged);
      const before = new Map(items.map((i) => [i.id, i]));
      const retimed = arranged.filter((i) => i !== before.get(i.id));
      const clock = (i: TimedAgendaItem) =>
        `${toZoned(i.startsAt, meeting.timeZone).time}–${toZoned(i.endsAt, meeting.timeZone).time}`;
      const moved = arranged.find((i) => i.id === item.id)!;
      const others = retimed.filter((i) => i.id !== item.id).map((i) => `"${i.title}" now ${clock(i)}`);
      record([`Moved "${item.title}" to ${clock(moved)}`, ...others].join('; '));
      return day;
    });
  }

  /**
   * Puts a report's open action items on the meeting's agenda as one item whose bullets they are,
   * or refreshes the bullets of the item that already carries that report: a chair, speakers or
   * papers the organisers added stay. An adopted agenda is left as it is. Runs in the caller's
   * transaction, with the meeting locked.
   */
  async carryActionItems(
    manager: EntityManager,
    actorUserId: string,
    meeting: MeetingEntity,
    carried: { reportId: string; title: string; bullets: readonly string[] },
  ): Promise<boolean> {
    if (!openStatuses.includes(meeting.status)) return false;
    const existing = await this.repository.itemCarrying(manager, meeting.id, carried.reportId);
    if (carried.bullets.length === 0 && !existing) return false;
    const itemId = existing ?? (await this.addCarryingItem(manager, meeting, carried));
    await this.repository.replaceSubItems(manager, itemId, carried.bullets);
    await this.audit.record(manager, {
      actorUserId,
      objectType: 'MEETING',
      objectId: meeting.id,
      action: 'agenda.action_items_carried',
      data: { reportId: carried.reportId, count: carried.bullets.length },
    });
    return true;
  }

  /** A 30-minute item after the last one of the first day (09:30 at the venue on an empty agenda). */
  private async addCarryingItem(
    manager: EntityManager,
    meeting: MeetingEntity,
    carried: { reportId: string; title: string },
  ): Promise<string> {
    const dayId =
      (await this.repository.firstDayOf(manager, meeting.id)) ??
      (await this.repository.insertDay(manager, meeting.id, meeting.startDate)).id;
    const dayStart = fromZoned(meeting.startDate, '09:30', meeting.timeZone);
    const startsAt =
      (await this.repository.lastEndOfDay(manager, dayId)) ??
      (dayStart.ok ? dayStart.instant : new Date(`${meeting.startDate}T09:30:00Z`));
    const item = await this.repository.insertItem(manager, {
      meetingId: meeting.id,
      dayId,
      position: await this.repository.nextPosition(manager, dayId),
      kind: AgendaItemKind.SESSION,
      title: carried.title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      chairId: null,
      chairName: null,
      carriesReportId: carried.reportId,
    });
    return item.id;
  }

  /**
   * Every agenda edit: the caller must run the meeting; the meeting row is locked so edits and
   * adoption take turns; after adoption each change is kept as history; watchers are told.
   */
  private async edit<T>(
    viewer: Viewer,
    meetingId: string,
    action: string,
    work: (ctx: EditContext) => Promise<T>,
  ): Promise<T> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const result = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lock(manager, meetingId);
      if (!meeting) throw notFound('meeting');
      if (closed.includes(meeting.status)) {
        throw new DomainError('AGENDA_CLOSED', 'The meeting has been held; its agenda can no longer change.');
      }
      const summaries: string[] = [];
      const value = await work({ manager, meeting, record: (summary) => summaries.push(summary) });
      if (adopted.includes(meeting.status)) {
        for (const summary of summaries)
          await this.repository.recordChange(manager, meeting.id, viewer.userId, summary);
      }
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: meeting.id,
        action,
        data: { summary: summaries.join('; ') },
      });
      return value;
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return result;
  }

  /** Numbers a day's items in time order, after an item was added, re-timed or taken away. */
  private async keepInTimeOrder(manager: EntityManager, dayId: string): Promise<void> {
    await this.repository.arrange(manager, dayId, await this.repository.timesOfDay(manager, dayId));
  }

  private async dayOrNotFound(viewer: Viewer, dayId: string): Promise<AgendaDayEntity> {
    const day = await this.repository.findDay(this.dataSource.manager, dayId);
    if (!day) throw notFound('agenda day');
    await this.access.require(viewer, 'MeetingView', [day.meetingId]);
    return day;
  }

  private async itemOrNotFound(
    viewer: Viewer,
    itemId: string,
  ): Promise<{ item: AgendaItemEntity; day: AgendaDayEntity }> {
    const item = await this.repository.findItem(this.dataSource.manager, itemId);
    if (!item) throw notFound('agenda item');
    await this.access.require(viewer, 'MeetingView', [item.meetingId]);
    const day = await this.repository.findDay(this.dataSource.manager, item.dayId);
    if (!day) throw notFound('agenda item');
    return { item, day };
  }

  /** The hard rules of an item: times that exist at the venue and end after they start, known people and papers. */
  private async checkItem(
    manager: EntityManager,
    meeting: MeetingEntity,
    day: AgendaDayEntity,
    input: AgendaItemInput,
  ) {
    if (!Object.values(AgendaItemKind).includes(input.kind)) throw invalid('kind', 'Unknown kind of agenda item.');
    const title = requiredText('title', input.title, limits.title);
    const startsAt = venueTime(day.date, input.startTime, meeting.timeZone, 'startTime');
    const endsAt = venueTime(day.date, input.endTime, meeting.timeZone, 'endTime');
    if (endsAt <= startsAt) throw invalid('endTime', 'The item must end after it starts.', 'END_BEFORE_START');
    const subItems = input.subItems
      .map((text, i) => optionalText(`subItems[${i}]`, text, 1_000))
      .filter((t): t is string => !!t);
    if (subItems.length > 30) throw invalid('subItems', 'At most 30 points under one item.');
    const chairId = input.chairId ?? null;
    const chairName = optionalText('chairName', input.chairName, limits.shortText);
    if (chairId && chairName) {
      throw invalid('chairName', 'Name the chair from the directory or by a name, not both.');
    }
    const speakers = input.speakers.map((s, i) => {
      const name = optionalText(`speakers[${i}].name`, s.name, limits.shortText);
      const personId = s.personId ?? null;
      if (!personId === !name) {
        throw invalid(
          `speakers[${i}]`,
          'Name each speaker from the directory or by a name (such as "TBC"), one or the other.',
        );
      }
      return { personId, name: personId ? null : name, role: s.role };
    });
    const listed = speakers.filter((s, i) => !s.personId || speakers.findIndex((o) => o.personId === s.personId) === i);
    if (listed.some((s) => !Object.values(AgendaSpeakerRole).includes(s.role)))
      throw invalid('speakers', 'Unknown speaker role.');
    if (listed.length > 40) throw invalid('speakers', 'At most 40 speakers on one item.');
    // Anyone in the directory may be named before being invited; they join the list when invited.
    const people = [...(chairId ? [chairId] : []), ...listed.flatMap((s) => (s.personId ? [s.personId] : []))];
    if (people.length) {
      const known = await this.repository.knownPeople(manager, people);
      const stranger = people.find((p) => !known.has(p));
      if (stranger) {
        throw invalid(
          stranger === chairId ? 'chairId' : 'speakers',
          'That person is not in the directory.',
          'UNKNOWN_PERSON',
        );
      }
    }
    const paperIds = [...new Set(input.paperIds)];
    if (paperIds.length) {
      const files = await this.repository.fileIdsOfMeeting(manager, meeting.id, paperIds);
      if (paperIds.some((id) => !files.has(id)))
        throw invalid('paperIds', 'Papers must be uploaded to this meeting first.', 'UNKNOWN_FILE');
    }
    const contents: ItemContents = { subItems, chairId, chairName, speakers: listed, paperIds };
    return { kind: input.kind, title, startsAt, endsAt, contents };
  }
}

function venueTime(date: string, time: string, zone: string, field: string): Date {
  const result = fromZoned(date, time, zone);
  if (result.ok) return result.instant;
  if (result.reason === 'NONEXISTENT_TIME') {
    throw invalid(
      field,
      `${time} does not exist on ${formatDateRange(date, date)} in ${zone}: the clocks skip it.`,
      'NONEXISTENT_TIME',
    );
  }
  throw invalid(field, 'Write the time as HH:MM, e.g. 09:30.', 'INVALID_TIME');
}

/** The same clock time on another date at the venue. */
function shiftDate(instant: Date, to: string, zone: string, field: string): Date {
  return venueTime(to, toZoned(instant, zone).time, zone, field);
}
