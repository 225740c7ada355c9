import { stringify } from 'csv-stringify/sync';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  formatDateRange,
  invitationStateLabels,
  type InvitationState,
  type MeetingRole,
  meetingRoleLabels,
} from '@plenary/shared';
import { type AgendaExport, type ParticipantExport, placeOf } from './agenda-export.service';

export const participantColumns = [
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

/** UTF-8 with a byte-order mark, so that spreadsheet programs read names in any script correctly. */
export function participantsCsv(rows: readonly ParticipantExport[]): string {
  const body = stringify(
    rows.map((r) => [
      r.name,
      r.sortName,
      r.honorific ?? '',
      r.title ?? '',
      r.affiliation ?? '',
      r.representing ?? '',
      r.country ?? '',
      meetingRoleLabels[r.role as MeetingRole] ?? r.role,
      r.category ?? '',
      invitationStateLabels[r.state as InvitationState] ?? r.state,
      r.travelSupport ? 'yes' : 'no',
      r.email ?? '',
    ]),
    { header: true, columns: [...participantColumns] },
  );
  return `\uFEFF${body}`;
}

/** The list of participants as a Word document: name, position and institution, whom they represent. */
export async function participantsDocx(
  meeting: AgendaExport['meeting'],
  rows: readonly ParticipantExport[],
): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Name', 'Position and institution', 'Representing', 'Role'].map((h) => cell(h, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              cell([r.honorific, r.name].filter(Boolean).join(' ') + (r.sortName !== r.name ? ` (${r.sortName})` : '')),
              cell([r.title, r.affiliation].filter(Boolean).join(', ')),
              cell([r.representing, r.country].filter(Boolean).join(', ')),
              cell(meetingRoleLabels[r.role as MeetingRole] ?? r.role),
            ],
          }),
      ),
    ],
  });
  const document = new Document({
    creator: 'Plenary',
    title: `List of participants: ${meeting.title}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
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
            spacing: { before: 240, after: 240 },
            children: [new TextRun({ text: 'LIST OF PARTICIPANTS', bold: true })],
          }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
