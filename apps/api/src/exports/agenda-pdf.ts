import type { AgendaExport } from './agenda-export.service';
import { agendaLayout, type AgendaLayoutItem, personLine } from './agenda-layout';
import { PDF_MARGIN as MARGIN, type PdfPage, startPdf, type TextStyle } from './pdf-layout';

const TIME_WIDTH = 78;
const NUMBER_WIDTH = 22;
const SIZE = 10;

const titleStyle = (item: AgendaLayoutItem): TextStyle => ({ size: SIZE, weight: item.plain ? 'regular' : 'bold' });
const subStyle: TextStyle = { size: SIZE };
const personStyle: TextStyle = { size: 9.5, color: '#222' };

/** How tall an item is, to keep each one whole on a page. */
function itemHeight(page: PdfPage, item: AgendaLayoutItem, textWidth: number): number {
  return (
    page.textHeight(item.title, textWidth, titleStyle(item)) +
    item.subItems.reduce((sum, sub) => sum + 2 + page.textHeight(sub, textWidth - 12, subStyle), 0) +
    item.people.reduce(
      (sum, p, i) => sum + (i === 0 ? 4 : 1) + page.textHeight(personLine(p), textWidth, personStyle),
      0,
    )
  );
}

/**
 * The agenda as a PDF laid out like a UN meeting agenda: symbol and date line at the top right,
 * numbered items, days flowing on without forced page breaks, no item split across two pages,
 * the symbol atop every later page and page numbers at the foot.
 */
export function agendaPdf(agenda: AgendaExport): Promise<Buffer> {
  const layout = agendaLayout(agenda);
  const page = startPdf(`${layout.heading}: ${layout.title}`);
  const { doc, width, write } = page;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  if (layout.symbol || layout.dateLine) {
    const block = { x: MARGIN + width / 2, width: width / 2, align: 'right' as const };
    if (layout.symbol) write(layout.symbol, { ...block, y: MARGIN - 20, size: 12, weight: 'bold' });
    if (layout.dateLine) write(layout.dateLine, { ...block, y: layout.symbol ? undefined : MARGIN - 20, size: 10 });
    doc
      .moveTo(MARGIN, doc.y + 6)
      .lineTo(MARGIN + width, doc.y + 6)
      .lineWidth(0.75)
      .strokeColor('#000')
      .stroke();
    doc.y += 20;
  }
  write(layout.organizers.join('\n'), { x: MARGIN, width, size: 10.5, align: 'center', color: '#222' });
  doc.y += 12;
  write(layout.title, { x: MARGIN, width, size: 14, weight: 'bold', align: 'center', leading: 1.25 });
  doc.y += 4;
  write(layout.placeAndDates, { x: MARGIN, width, size: 11, align: 'center' });
  doc.y += 18;
  write(layout.heading, { x: MARGIN, width, size: 13, weight: 'bold', align: 'center' });
  doc.y += 2;
  write(layout.zoneNote, { x: MARGIN, width, size: 8.5, color: '#444', align: 'center' });
  doc.y += 10;

  const textX = MARGIN + TIME_WIDTH + NUMBER_WIDTH;
  const textWidth = width - TIME_WIDTH - NUMBER_WIDTH;
  for (const day of layout.days) {
    const dayHeight = 32;
    const firstItem = day.items[0];
    // A day's heading goes to the next page with its first item rather than sit alone at a foot.
    const needed = dayHeight + (firstItem ? itemHeight(page, firstItem, textWidth) : 20);
    if (doc.y + needed > bottom()) doc.addPage();
    else doc.y += 8;
    write(day.heading, { x: MARGIN, width, size: 11.5, weight: 'bold' });
    doc
      .moveTo(MARGIN, doc.y + 2)
      .lineTo(MARGIN + width, doc.y + 2)
      .lineWidth(0.5)
      .strokeColor('#888')
      .stroke();
    doc.y += 12;
    if (day.items.length === 0) write('To be announced.', { x: MARGIN, width, size: SIZE });
    for (const item of day.items) {
      if (doc.y + itemHeight(page, item, textWidth) > bottom()) doc.addPage();
      const top = doc.y;
      write(item.times, { x: MARGIN, y: top, width: TIME_WIDTH, size: SIZE });
      if (item.number !== null) {
        write(`${item.number}.`, { x: MARGIN + TIME_WIDTH, y: top, width: NUMBER_WIDTH, size: SIZE, weight: 'bold' });
      }
      write(item.title, { x: textX, y: top, width: textWidth, ...titleStyle(item) });
      for (const sub of item.subItems) {
        const subTop = doc.y + 2;
        write('•', { x: textX + 2, y: subTop, width: 10, size: SIZE });
        write(sub, { x: textX + 12, y: subTop, width: textWidth - 12, ...subStyle });
      }
      for (const [i, person] of item.people.entries()) {
        write(personLine(person), { x: textX, y: doc.y + (i === 0 ? 4 : 1), width: textWidth, ...personStyle });
      }
      doc.y += 10;
    }
  }
  return page.finish({ runningHead: layout.symbol ?? layout.title, pageNumbers: true });
}
