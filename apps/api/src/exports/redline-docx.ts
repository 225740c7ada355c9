import { AlignmentType, HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { ParagraphKind } from '@plenary/shared';
import type { ParagraphComparison } from '../documents/document-comparison';
import { titleParagraph, wordFile } from './docx-layout';
import type { RedlineExport } from './document-export.service';

const INSERTED = '1F4E9A';
const DELETED = 'B00020';
const INDENT = 567;

type Mark = 'ADDED' | 'REMOVED' | 'SAME';

/** Text in the redline's marking: inserted words underlined in blue, deleted ones struck through in red. */
function marked(text: string, mark: Mark, extra: { bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        ...extra,
        ...(mark === 'ADDED' ? { underline: {}, color: INSERTED } : {}),
        ...(mark === 'REMOVED' ? { strike: true, color: DELETED } : {}),
      }),
  );
}

function paragraphOf(p: ParagraphComparison, recommendation: number | null): Paragraph {
  // A paragraph added or removed whole carries the mark on its number too.
  const whole: Mark = p.change === 'ADDED' ? 'ADDED' : p.change === 'REMOVED' ? 'REMOVED' : 'SAME';
  const text = p.segments.flatMap((s) => marked(s.text, s.kind, { bold: p.kind === ParagraphKind.HEADING }));
  if (p.kind === ParagraphKind.HEADING) {
    return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 360 }, children: text });
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 160, line: 290 },
    indent: { left: INDENT, hanging: INDENT },
    tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
    children: [
      ...marked(p.number ? `${p.number}.` : '', whole),
      new TextRun({ children: [new Tab()] }),
      ...(p.kind === ParagraphKind.RECOMMENDATION
        ? marked(recommendation ? `Recommendation ${recommendation}: ` : 'Recommendation: ', whole, { bold: true })
        : []),
      ...text,
    ],
  });
}

/** The comparison of two versions as a Word document, every paragraph numbered as in the newer version. */
export function redlineDocx(redline: RedlineExport): Promise<Buffer> {
  const { comparison } = redline;
  let recommendations = 0;
  const changed = comparison.paragraphs.filter((p) => p.change !== 'UNCHANGED').length;
  const children = [
    titleParagraph(redline.document.title),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [
        new TextRun({
          text: `Changes from version ${comparison.from} to version ${comparison.to}: ${changed} paragraph${changed === 1 ? '' : 's'} changed`,
          italics: true,
          size: 20,
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [
        new TextRun({ text: 'Inserted text', size: 18, underline: {}, color: INSERTED }),
        new TextRun({ text: ' is underlined; ', size: 18 }),
        new TextRun({ text: 'deleted text', size: 18, strike: true, color: DELETED }),
        new TextRun({ text: ' is struck through. Paragraphs are numbered as in the newer version.', size: 18 }),
      ],
    }),
    ...comparison.paragraphs.map((p) =>
      // Recommendations are counted as in the newer version; a removed one has no number there.
      paragraphOf(p, p.kind === ParagraphKind.RECOMMENDATION && p.change !== 'REMOVED' ? ++recommendations : null),
    ),
  ];
  return wordFile({
    title: `${redline.document.title}: version ${comparison.from} to ${comparison.to}`,
    children,
  });
}
