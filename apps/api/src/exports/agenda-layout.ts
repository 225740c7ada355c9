import { type AgendaItemKind, agendaSpeakerRoleLabels, formatDateRange } from '@plenary/shared';
import { type AgendaExport, placeOf } from './agenda-export.service';
import { dayHeading, zoneNote } from './agenda-text';

/** One line under an item: "Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy". */
export interface AgendaLayoutPerson {
  role: string;
  name: string;
  affiliation: string | null;
}

export interface AgendaLayoutItem {
  id: string;
  kind: AgendaItemKind;
  number: number | null;
  /** "09:00–09:30", on the venue's clock. */
  times: string;
  title: string;
  /** Breaks and meals are set plainly, without the weight of a session title. */
  plain: boolean;
  subItems: string[];
  people: AgendaLayoutPerson[];
}

export interface AgendaLayoutDay {
  date: string;
  heading: string;
  items: AgendaLayoutItem[];
}

/**
 * The agenda as a UN office lays it out, line for line: the app's reading view, the PDF and the Word
 * file all set this one text, so that what participants read is what is printed.
 */
export interface AgendaLayout {
  symbol: string | null;
  dateLine: string | null;
  organizers: string[];
  title: string;
  /** "Incheon, Republic of Korea, 4–5 December 2019". */
  placeAndDates: string;
  /** "Provisional agenda" until adopted, then "Agenda". */
  heading: string;
  zoneNote: string;
  days: AgendaLayoutDay[];
}

export function agendaHeading(agenda: Pick<AgendaExport, 'adopted'>): string {
  return agenda.adopted ? 'Agenda' : 'Provisional agenda';
}

export function agendaLayout(agenda: AgendaExport): AgendaLayout {
  const { meeting } = agenda;
  return {
    symbol: meeting.agendaSymbol,
    dateLine: meeting.agendaDateLine,
    organizers: meeting.organizers,
    title: meeting.title,
    placeAndDates: [placeOf(meeting), formatDateRange(meeting.startDate, meeting.endDate)].filter(Boolean).join(', '),
    heading: agendaHeading(agenda),
    zoneNote: zoneNote(agenda),
    days: agenda.days.map((day, index) => ({
      date: day.date,
      heading: dayHeading(index, day.date),
      items: day.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        number: item.number,
        times: `${item.startTime}–${item.endTime}`,
        title: item.title,
        plain: item.kind === 'BREAK' || item.kind === 'MEAL',
        subItems: item.subItems,
        people: [
          ...(item.chair ? [{ role: 'Chair', name: item.chair, affiliation: item.chairAffiliation }] : []),
          ...item.speakers.map((s) => ({
            role: agendaSpeakerRoleLabels[s.role],
            name: s.name,
            affiliation: s.affiliation,
          })),
        ],
      })),
    })),
  };
}

/** "Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy". */
export function personLine(person: AgendaLayoutPerson): string {
  return `${person.role}: ${person.name}${person.affiliation ? `, ${person.affiliation}` : ''}`;
}
