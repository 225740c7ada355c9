import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  type ILevelsOptions,
  type INumberingOptions,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { ParagraphKind } from '@plenary/shared';
import { titleParagraph, wordFile } from './docx-layout';
import type { MemorandumExport, MemorandumParagraph, RichBlock } from './document-export.service';

/** Paragraph text stands this far in (twips: 1 cm), its number in the margin before it. */
const INDENT = 567;
const LIST_STEP = 360;
const BULLETS = 'memorandum-bullets';
const NUMBERS = 'memorandum-numbers';

function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return [0, 1, 2, 3].map((level): ILevelsOptions => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT + LIST_STEP * (level + 1), hanging: LIST_STEP } } },
  }));
}

/** Lists sit inside the paragraph they belong to, under its text rather than under its number. */
const numbering: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: listLevels(LevelFormat.BULLET, (level) => ['•', '◦', '▪', '•'][level]!) },
    {
      reference: NUMBERS,
      levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`).map((l, level) =>
        level % 2 ? { ...l, format: LevelFormat.LOWER_LETTER } : l,
      ),
    },
  ],
};

/** The runs of a block: bold and italic runs, underlines, line breaks and links as Word has them. */
function runsOf(block: RichBlock): ParagraphChild[] {
  return block.runs.map((run) => {
    if (run.text === '\n') return new TextRun({ break: 1 });
    const text = new TextRun({
      text: run.text,
      bold: run.bold || undefined,
      italics: run.italic || undefined,
      underline: run.underline ? {} : undefined,
      style: run.href ? 'Hyperlink' : undefined,
    });
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}

function blockParagraph(block: RichBlock, number: string | null): Paragraph {
  const spacing = { after: block.list ? 80 : 160, line: 290 };
  if (block.list) {
    return new Paragraph({
      spacing,
      numbering: {
        reference: block.list.kind === 'bullet' ? BULLETS : NUMBERS,
        level: Math.min(block.list.level, 3),
        ...(block.list.kind === 'number' ? { instance: block.list.id } : {}),
      },
      children: runsOf(block),
    });
  }
  return new Paragraph({
    spacing,
    alignment: AlignmentType.JUSTIFIED,
    indent: number ? { left: INDENT, hanging: INDENT } : { left: INDENT },
    tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
    children: [...(number ? [new TextRun({ children: [number, new Tab()] })] : []), ...runsOf(block)],
  });
}

/** A numbered paragraph: its number before the first line, its lists and further paragraphs under the text. */
function paragraphOf(p: MemorandumParagraph): Paragraph[] {
  if (p.kind === ParagraphKind.HEADING) {
    return [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        spacing: { before: 360, after: 160 },
        children: p.blocks.flatMap((b) => b.runs).map((r) => new TextRun({ text: r.text, bold: true, size: 26 })),
      }),
    ];
  }
  const out: Paragraph[] = [];
  let number = p.number ? `${p.number}.` : null;
  const numberLine = (children: ParagraphChild[]) => {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 80 },
        indent: { left: INDENT, hanging: INDENT },
        tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
        children: [new TextRun({ children: [number ?? '', new Tab()] }), ...children],
      }),
    );
    number = null;
  };
  if (p.label) numberLine([new TextRun({ text: p.label, bold: true, italics: true })]);
  else if (number && p.blocks[0]?.list) numberLine([]);
  for (const block of p.blocks) {
    out.push(blockParagraph(block, number));
    number = null;
  }
  if (p.note) {
    out.push(
      new Paragraph({
        indent: { left: INDENT },
        spacing: { after: 200 },
        children: [new TextRun({ text: p.note, italics: true, size: 18, color: '555555' })],
      }),
    );
  }
  return out;
}

/** The memorandum as a Word document: title, kind, group and status, then the numbered paragraphs. */
export function documentDocx(memo: MemorandumExport): Promise<Buffer> {
  const children: Paragraph[] = [
    titleParagraph(memo.document.title),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [
        new TextRun({ text: memo.subtitle, italics: true, size: 20, color: memo.draftLine ? 'B00020' : undefined }),
      ],
    }),
    ...memo.paragraphs.flatMap(paragraphOf),
  ];
  if (memo.disseminatedTo) {
    children.push(
      new Paragraph({
        spacing: { before: 480 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 8 } },
        children: [new TextRun({ text: memo.disseminatedTo, size: 20 })],
      }),
    );
  }
  return wordFile({ title: memo.document.title, draftLine: memo.draftLine, children, numbering });
}
