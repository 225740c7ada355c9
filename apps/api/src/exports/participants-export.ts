import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  formatDateRange,
  InvitationState,
  invitationStateLabels,
  listedName,
  type MeetingRole,
  meetingRoleLabels,
  ParticipantListStatus,
  participantListStatusLabels,
} from '@plenary/shared';
import { type AgendaExport, type ParticipantExport, placeOf } from './agenda-export.service';
import { wordFile } from './docx-layout';
import { participantListName } from './participant-list-names';
import type { FontWeight } from './pdf-fonts';
import { keepSpace, PDF_MARGIN as MARGIN, startPdf } from './pdf-layout';
import { toCsv } from './spreadsheet';

/** A list of participants as sent: the meeting, whom it lists, and one row a person. */
export interface ParticipantList {
  meeting: AgendaExport['meeting'];
  status: ParticipantListStatus;
  rows: readonly ParticipantExport[];
}

const participantColumns = [
  'name',
  'sort_name',
  'honorific',
  'title',
  'affiliation',
  'representing',
  'country',
  'role',
  'category',
  'state',
  'travel_support',
  'email',
] as const;

/** An invitation's state as a list of invitees says it: "No reply yet" rather than "Invited". */
function stateLabel(state: string): string {
  if (state === InvitationState.INVITED) return 'No reply yet';
  return invitationStateLabels[state as InvitationState] ?? state;
}

function roleLabel(role: string): string {
  return meetingRoleLabels[role as MeetingRole] ?? role;
}

/** The line under the heading that says whom the list holds. */
function listLine(status: ParticipantListStatus): string | null {
  switch (status) {
    case ParticipantListStatus.ATTENDING:
      return null;
    case ParticipantListStatus.ALL:
      return 'Everyone invited, with the state of their invitation';
    case ParticipantListStatus.NOT_INVITED:
    case ParticipantListStatus.INVITED:
    case ParticipantListStatus.ACCEPTED:
    case ParticipantListStatus.NO_REPLY:
    case ParticipantListStatus.TENTATIVE:
    case ParticipantListStatus.DECLINED:
    case ParticipantListStatus.ATTENDED:
      return participantListStatusLabels[status];
  }
}

function emptyLine(status: ParticipantListStatus): string {
  switch (status) {
    case ParticipantListStatus.ATTENDING:
      return 'No one has accepted the invitation yet.';
    case ParticipantListStatus.NO_REPLY:
      return 'Everyone invited has replied.';
    case ParticipantListStatus.TENTATIVE:
      return 'No one has replied that they may attend.';
    case ParticipantListStatus.DECLINED:
      return 'No one has declined.';
    case ParticipantListStatus.ALL:
      return 'No one is on the list yet.';
    case ParticipantListStatus.NOT_INVITED:
      return 'Everyone on the list has been invited.';
    case ParticipantListStatus.INVITED:
      return 'No one has been invited yet.';
    case ParticipantListStatus.ACCEPTED:
      return 'No one has accepted the invitation yet.';
    case ParticipantListStatus.ATTENDED:
      return 'No attendance has been marked yet.';
  }
}

/** The columns of the Word and PDF lists, with their share of the page width; the state only when the list mixes them. */
function columns(
  list: ParticipantList,
): { header: string; percent: number; value: (r: ParticipantExport) => string }[] {
  const all = list.status === ParticipantListStatus.ALL;
  return [
    {
      header: 'Name',
      percent: all ? 24 : 30,
      value: listedName,
    },
    {
      header: 'Position and institution',
      percent: all ? 30 : 34,
      value: (r) => [r.title, r.affiliation].filter(Boolean).join(', '),
    },
    {
      header: 'Representing',
      percent: all ? 20 : 22,
      value: (r) => [r.representing, r.country].filter(Boolean).join(', '),
    },
    { header: 'Role', percent: 14, value: (r) => roleLabel(r.role) },
    ...(all ? [{ header: 'Status', percent: 12, value: (r: ParticipantExport) => stateLabel(r.state) }] : []),
  ];
}

/** UTF-8 with a byte-order mark, so that spreadsheet programs read names in any script correctly. */
export function participantsCsv(list: ParticipantList): string {
  return toCsv(
    participantColumns,
    list.rows.map((r) => [
      r.name,
      r.sortName,
      r.honorific,
      r.title,
      r.affiliation,
      r.representing,
      r.country,
      roleLabel(r.role),
      r.category,
      stateLabel(r.state),
      r.travelSupport ? 'yes' : 'no',
      r.email,
    ]),
  );
}

/** The list as a Word document: name, position and institution, whom they represent, role (and state). */
export function participantsDocx(list: ParticipantList): Promise<Buffer> {
  const { meeting } = list;
  const cols = columns(list);
  const cell = (text: string, percent: number, header = false) =>
    new TableCell({
      width: { size: percent, type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 20 })] })],
    });
  const line = listLine(list.status);
  return wordFile({
    title: `${participantListName(list.status)}: ${meeting.title}`,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: meeting.title, bold: true, size: 28 })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${placeOf(meeting)}, ${formatDateRange(meeting.startDate, meeting.endDate)}` }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: line ? 0 : 240 },
        children: [new TextRun({ text: participantListName(list.status).toUpperCase(), bold: true })],
      }),
      ...(line
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 240 },
              children: [new TextRun({ text: line, italics: true, size: 20 })],
            }),
          ]
        : []),
      list.rows.length === 0
        ? new Paragraph({ children: [new TextRun({ text: emptyLine(list.status), italics: true })] })
        : new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: cols.map((c) => cell(c.header, c.percent, true)) }),
              ...list.rows.map((r) => new TableRow({ children: cols.map((c) => cell(c.value(r), c.percent)) })),
            ],
          }),
    ],
  });
}

/** The same list as a PDF: a table whose header row is repeated at the top of every page. */
export function participantsPdf(list: ParticipantList): Promise<Buffer> {
  const { meeting } = list;
  const page = startPdf(`${participantListName(list.status)}: ${meeting.title}`);
  const { doc, width, write, finish } = page;
  const centred = { x: MARGIN, width, align: 'center' } as const;
  write(meeting.title, { ...centred, size: 15, weight: 'bold', leading: 1.45 });
  doc.y += 6;
  write(`${placeOf(meeting)}, ${formatDateRange(meeting.startDate, meeting.endDate)}`, {
    ...centred,
    size: 11,
    leading: 1.5,
  });
  doc.y += 20;
  write(participantListName(list.status).toUpperCase(), { ...centred, size: 13, weight: 'bold', leading: 1.5 });
  const line = listLine(list.status);
  if (line) write(line, { ...centred, size: 10, leading: 1.5, color: '#444' });
  doc.y += 15;

  if (list.rows.length === 0) {
    write(emptyLine(list.status), { x: MARGIN, width, size: 10, leading: 1.5 });
    return finish();
  }

  const cols = columns(list).map((c) => ({ ...c, width: (width * c.percent) / 100 }));
  const PAD = 4;
  const SIZE = 9.5;
  // Names in any script: each run of a cell is set in the font of its script.
  const heightOf = (texts: string[], weight: FontWeight) =>
    Math.max(...texts.map((text, i) => page.textHeight(text, cols[i]!.width - 2 * PAD, { size: SIZE, weight }))) +
    2 * PAD;
  const drawRow = (texts: string[], weight: FontWeight, shade: boolean) => {
    const height = heightOf(texts, weight);
    const top = doc.y;
    if (shade) doc.rect(MARGIN, top, width, height).fill('#e7e6e6').fillColor('#000');
    let x = MARGIN;
    texts.forEach((text, i) => {
      page.write(text, { x: x + PAD, y: top + PAD, width: cols[i]!.width - 2 * PAD, size: SIZE, weight });
      x += cols[i]!.width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const headers = cols.map((c) => c.header);
  drawRow(headers, 'bold', true);
  for (const r of list.rows) {
    const texts = cols.map((c) => c.value(r));
    if (keepSpace(doc, heightOf(texts, 'regular'))) drawRow(headers, 'bold', true);
    drawRow(texts, 'regular', false);
  }
  return finish();
}
