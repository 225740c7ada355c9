import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { agendaSpeakerRoleLabels, formatDateRange } from '@plenary/shared';
import { type AgendaExport, placeOf } from './agenda-export.service';
import { dayHeading, zoneNote } from './agenda-text';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** The agenda as a Word document laid out like a UN meeting agenda: days, times, sessions, bullets, chairs. */
export async function agendaDocx(agenda: AgendaExport): Promise<Buffer> {
  const { meeting } = agenda;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: meeting.organizers.join(' · '), size: 18, smallCaps: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240 },
      children: [new TextRun({ text: meeting.title, bold: true, size: 30 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        new TextRun({ text: `${placeOf(meeting)}, ${formatDateRange(meeting.startDate, meeting.endDate)}`, size: 22 }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun({ text: agenda.adopted ? 'Agenda' : 'Provisional Agenda', bold: true, allCaps: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: zoneNote(agenda), italics: true, size: 18 })],
    }),
  ];
  for (const [index, day] of agenda.days.entries()) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 360, after: 120 },
        children: [new TextRun({ text: dayHeading(index, day.date), bold: true })],
      }),
    );
    if (day.items.length === 0) {
      children.push(new Paragraph({ children: [new TextRun({ text: 'To be announced.', italics: true })] }));
      continue;
    }
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: noBorders,
        rows: day.items.map(
          (item) =>
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 20, type: WidthType.PERCENTAGE },
                  children: [new Paragraph({ children: [new TextRun({ text: `${item.startTime}–${item.endTime}` })] })],
                }),
                new TableCell({
                  width: { size: 80, type: WidthType.PERCENTAGE },
                  children: [
                    new Paragraph({
                      children: [
                        new TextRun({ text: item.title, bold: item.kind !== 'MEAL' && item.kind !== 'BREAK' }),
                      ],
                    }),
                    ...item.subItems.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
                    ...(item.chair
                      ? [new Paragraph({ children: [new TextRun({ text: `Chair: ${item.chair}`, italics: true })] })]
                      : []),
                    ...item.speakers.map(
                      (s) =>
                        new Paragraph({
                          children: [
                            new TextRun({ text: `${agendaSpeakerRoleLabels[s.role]}: ${s.name}`, italics: true }),
                          ],
                        }),
                    ),
                    new Paragraph({ text: '', spacing: { after: 120 } }),
                  ],
                }),
              ],
            }),
        ),
      }),
    );
  }
  const document = new Document({
    creator: 'Plenary',
    title: `${agenda.adopted ? 'Agenda' : 'Provisional agenda'}: ${meeting.title}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
