import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  type IParagraphStyleOptions,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { AgendaExport } from './agenda-export.service';
import { agendaLayout, type AgendaLayoutItem, personLine } from './agenda-layout';

/** Where the number and the title of an item start, in twentieths of a point: after the times. */
const NUMBER_AT = 1700;
const TEXT_AT = 2200;
const FONT = 'Times New Roman';

/**
 * The document's own styles, sober as a UN office sets an agenda: black Times New Roman, bold
 * headings without colour, no theme. Word's built-in headings (blue, in the theme's font) are not used.
 */
const styles: IParagraphStyleOptions[] = [
  {
    id: 'AgendaSymbol',
    name: 'Agenda symbol',
    run: { font: FONT, size: 24, bold: true },
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  {
    id: 'AgendaDateLine',
    name: 'Agenda date line',
    run: { font: FONT, size: 20 },
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  {
    id: 'AgendaOrganizers',
    name: 'Agenda organizers',
    run: { font: FONT, size: 21 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240 } },
  },
  {
    id: 'AgendaTitle',
    name: 'Agenda title',
    run: { font: FONT, size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 80 }, outlineLevel: 0 },
  },
  {
    id: 'AgendaPlace',
    name: 'Agenda place and dates',
    run: { font: FONT, size: 22 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
  },
  {
    id: 'AgendaHeading',
    name: 'Agenda heading',
    run: { font: FONT, size: 26, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 } },
  },
  {
    id: 'AgendaNote',
    name: 'Agenda note',
    run: { font: FONT, size: 18, italics: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
  },
  {
    id: 'AgendaDay',
    name: 'Agenda day',
    run: { font: FONT, size: 23, bold: true },
    paragraph: {
      spacing: { before: 280, after: 140 },
      keepNext: true,
      outlineLevel: 1,
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 2 } },
    },
  },
  {
    id: 'AgendaItem',
    name: 'Agenda item',
    run: { font: FONT, size: 22 },
    paragraph: {
      spacing: { before: 160 },
      indent: { left: TEXT_AT, hanging: TEXT_AT },
      keepLines: true,
    },
  },
  {
    id: 'AgendaSubItem',
    name: 'Agenda sub-item',
    run: { font: FONT, size: 22 },
    paragraph: { spacing: { before: 40 }, indent: { left: TEXT_AT + 280, hanging: 280 }, keepLines: true },
  },
  {
    id: 'AgendaPerson',
    name: 'Agenda person',
    run: { font: FONT, size: 21 },
    paragraph: { spacing: { before: 40 }, indent: { left: TEXT_AT }, keepLines: true },
  },
  {
    id: 'AgendaFooter',
    name: 'Agenda footer',
    run: { font: FONT, size: 18 },
    paragraph: { alignment: AlignmentType.CENTER },
  },
  { id: 'AgendaRunningHead', name: 'Agenda running head', run: { font: FONT, size: 18 } },
  // Word's own headings, should someone add one while editing, match the agenda rather than the blue theme.
  ...(['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const).map((id, level) => ({
    id,
    name: id === 'Title' ? 'Title' : `heading ${level}`,
    run: { font: FONT, size: level < 2 ? 28 - 2 * level : 22, bold: true, italics: false, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  })),
];

/** The paragraphs of one item, held together on one page: every one but the last keeps with the next. */
function itemParagraphs(item: AgendaLayoutItem): Paragraph[] {
  const lines = [
    {
      style: 'AgendaItem',
      tabStops: [{ type: TabStopType.LEFT, position: NUMBER_AT }],
      children: [
        new TextRun(`${item.times}\t`),
        new TextRun({ text: `${item.number === null ? '' : `${item.number}.`}\t${item.title}`, bold: !item.plain }),
      ],
    },
    ...item.subItems.map((text) => ({ style: 'AgendaSubItem', children: [new TextRun(`•\t${text}`)] })),
    ...item.people.map((person, i) => ({
      style: 'AgendaPerson',
      children: [new TextRun(personLine(person))],
      spacing: i === 0 ? { before: 80 } : undefined,
    })),
  ];
  return lines.map((line, i) => new Paragraph({ ...line, keepNext: i < lines.length - 1 }));
}

/**
 * The agenda as a Word document laid out like a UN meeting agenda: symbol and date line at the
 * top right, numbered items, names as the meeting writes them, page numbers, no item split
 * across pages.
 */
export async function agendaDocx(agenda: AgendaExport): Promise<Buffer> {
  const layout = agendaLayout(agenda);
  const children: Paragraph[] = [
    ...(layout.symbol ? [new Paragraph({ style: 'AgendaSymbol', text: layout.symbol })] : []),
    ...(layout.dateLine ? [new Paragraph({ style: 'AgendaDateLine', text: layout.dateLine })] : []),
    ...layout.organizers.map((name) => new Paragraph({ style: 'AgendaOrganizers', text: name })),
    new Paragraph({ style: 'AgendaTitle', text: layout.title }),
    new Paragraph({ style: 'AgendaPlace', text: layout.placeAndDates }),
    new Paragraph({ style: 'AgendaHeading', text: layout.heading }),
    new Paragraph({ style: 'AgendaNote', text: layout.zoneNote }),
  ];
  for (const day of layout.days) {
    children.push(new Paragraph({ style: 'AgendaDay', text: day.heading }));
    if (day.items.length === 0) children.push(new Paragraph({ style: 'AgendaPerson', text: 'To be announced.' }));
    for (const item of day.items) children.push(...itemParagraphs(item));
  }
  const document = new Document({
    creator: 'Plenary',
    title: `${layout.heading}: ${layout.title}`,
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: styles,
    },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [new Paragraph({ style: 'AgendaRunningHead', text: layout.symbol ?? layout.title })],
          }),
        },
        footers: {
          first: new Footer({
            children: [
              new Paragraph({ style: 'AgendaFooter', children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
            ],
          }),
          default: new Footer({
            children: [
              new Paragraph({ style: 'AgendaFooter', children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
