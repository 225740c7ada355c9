import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  type ICommentsOptions,
  type INumberingOptions,
  type IParagraphStyleOptions,
  Packer,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';

const DRAFT_COLOUR = 'B00020';

/** "DRAFT — NOT FOR CIRCULATION" above the title of a draft. */
export function draftBanner(line: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: line, bold: true, color: DRAFT_COLOUR, allCaps: true, size: 20 })],
  });
}

/** The document's title, centred at the top of the first page. */
export function titleParagraph(text: string, spaceAfter = 120): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    heading: HeadingLevel.TITLE,
    spacing: { after: spaceAfter },
    children: [new TextRun({ text, bold: true, size: 30 })],
  });
}

/**
 * A Word document in the house layout (Calibri 11). A draft carries its status line in the page
 * header, so that every printed page says it is a draft.
 */
export function wordFile(options: {
  title: string;
  draftLine?: string | null;
  children: (Paragraph | Table)[];
  numbering?: INumberingOptions;
  landscape?: boolean;
  comments?: ICommentsOptions;
  /** Named values kept in the file's properties, which Word and LibreOffice carry through a save. */
  properties?: { name: string; value: string }[];
  paragraphStyles?: IParagraphStyleOptions[];
}): Promise<Buffer> {
  const document = new Document({
    creator: 'Plenary',
    title: options.title,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: options.paragraphStyles,
    },
    numbering: options.numbering,
    comments: options.comments,
    customProperties: options.properties,
    sections: [
      {
        properties: options.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : undefined,
        headers: options.draftLine
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: options.draftLine, italics: true, size: 16, color: DRAFT_COLOUR })],
                  }),
                ],
              }),
            }
          : undefined,
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
