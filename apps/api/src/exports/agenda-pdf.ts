import { agendaSpeakerRoleLabels, formatDateRange } from '@plenary/shared';
import { type AgendaExport, placeOf } from './agenda-export.service';
import { dayHeading, zoneNote } from './agenda-text';
import { keepSpace, PDF_MARGIN as MARGIN, startPdf } from './pdf-layout';

const TIME_WIDTH = 92;

/** The agenda as a PDF laid out like a UN meeting agenda. */
export function agendaPdf(agenda: AgendaExport): Promise<Buffer> {
  const { meeting } = agenda;
  const { doc, regular, bold, width, finish } = startPdf(
    `${agenda.adopted ? 'Agenda' : 'Provisional agenda'}: ${meeting.title}`,
  );

  doc
    .font(regular)
    .fontSize(9)
    .fillColor('#444')
    .text(meeting.organizers.join(' · ').toUpperCase(), { align: 'center', width });
  doc.moveDown(1.2);
  doc.font(bold).fontSize(15).fillColor('#000').text(meeting.title, { align: 'center', width });
  doc.moveDown(0.4);
  doc
    .font(regular)
    .fontSize(11)
    .text(`${placeOf(meeting)}, ${formatDateRange(meeting.startDate, meeting.endDate)}`, { align: 'center', width });
  doc.moveDown(1.2);
  doc
    .font(bold)
    .fontSize(13)
    .text(agenda.adopted ? 'AGENDA' : 'PROVISIONAL AGENDA', { align: 'center', width });
  doc.moveDown(0.3);
  doc.font(regular).fontSize(8.5).fillColor('#444').text(zoneNote(agenda), { align: 'center', width });
  doc.fillColor('#000');

  for (const [index, day] of agenda.days.entries()) {
    if (!keepSpace(doc, 160)) doc.moveDown(1.4);
    doc.font(bold).fontSize(11.5).text(dayHeading(index, day.date), MARGIN, doc.y, { width });
    doc
      .moveTo(MARGIN, doc.y + 3)
      .lineTo(MARGIN + width, doc.y + 3)
      .lineWidth(0.5)
      .strokeColor('#888')
      .stroke();
    doc.moveDown(0.8);
    if (day.items.length === 0) doc.font(regular).fontSize(10).text('To be announced.', MARGIN, doc.y, { width });
    for (const item of day.items) {
      keepSpace(doc, 80);
      const top = doc.y;
      doc.font(regular).fontSize(10).text(`${item.startTime}–${item.endTime}`, MARGIN, top, { width: TIME_WIDTH });
      const x = MARGIN + TIME_WIDTH;
      const textWidth = width - TIME_WIDTH;
      const plain = item.kind === 'MEAL' || item.kind === 'BREAK';
      doc
        .font(plain ? regular : bold)
        .fontSize(10)
        .text(item.title, x, top, { width: textWidth });
      for (const sub of item.subItems) {
        doc
          .font(regular)
          .fontSize(10)
          .text(`•  ${sub}`, x + 10, doc.y + 2, { width: textWidth - 10, indent: 0 });
      }
      if (item.chair)
        doc
          .font(regular)
          .fontSize(9.5)
          .fillColor('#333')
          .text(`Chair: ${item.chair}`, x, doc.y + 3, { width: textWidth });
      for (const speaker of item.speakers) {
        doc
          .font(regular)
          .fontSize(9.5)
          .fillColor('#333')
          .text(`${agendaSpeakerRoleLabels[speaker.role]}: ${speaker.name}`, x, doc.y + 1, { width: textWidth });
      }
      doc.fillColor('#000');
      doc.y += 10;
    }
  }
  return finish();
}
