import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  HeadingLevel,
  type ICommentOptions,
  InsertedTextRun,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { ParagraphKind } from '@plenary/shared';
import type { ParagraphComparison } from '../documents/document-comparison';
import { titleParagraph, wordFile } from './docx-layout';
import type { RedlineExport, RedlineRevision } from './document-export.service';

const INDENT = 567;

type Mark = 'ADDED' | 'REMOVED' | 'SAME';

/**
 * The comparison of two versions as a Word revision of the older one: every insertion and deletion
 * is a tracked change (w:ins, w:del) with its author and date, so Word's Review pane (or
 * LibreOffice's Manage Changes) accepts or rejects each; accepting all gives the newer version,
 * rejecting all the older one. Paragraph numbers are text changed like any other: a renumbered
 * paragraph shows its old number deleted and its new one inserted.
 */
export function redlineDocx(redline: RedlineExport): Promise<Buffer> {
  const { comparison } = redline;
  let nextId = 0;
  const comments: ICommentOptions[] = [];

  const revisionOf = (p: ParagraphComparison): RedlineRevision =>
    redline.revisions.get(p.paragraphId) ?? redline.revision;

  /** Runs of text with one mark; line breaks inside a paragraph (list items) kept as breaks. */
  const runs = (text: string, mark: Mark, revision: RedlineRevision, bold?: boolean): ParagraphChild[] =>
    text.split('\n').map((line, i) => {
      const options = { text: line, break: i > 0 ? 1 : undefined, bold };
      if (mark === 'SAME') return new TextRun(options);
      const change = { id: nextId++, author: revision.author, date: revision.date.toISOString() };
      return mark === 'ADDED'
        ? new InsertedTextRun({ ...options, ...change })
        : new DeletedTextRun({ ...options, ...change });
    });

  const tab = (mark: Mark, revision: RedlineRevision): ParagraphChild => {
    const options = { children: [new Tab()] };
    if (mark === 'SAME') return new TextRun(options);
    const change = { id: nextId++, author: revision.author, date: revision.date.toISOString() };
    return mark === 'ADDED'
      ? new InsertedTextRun({ ...options, ...change })
      : new DeletedTextRun({ ...options, ...change });
  };

  /** A label the two versions may print differently ("3." then "4."): the old one deleted, the new one inserted. */
  const label = (before: string | null, after: string | null, revision: RedlineRevision, bold?: boolean) => {
    if (before === after) return before ? runs(before, 'SAME', revision, bold) : [];
    return [
      ...(before ? runs(before, 'REMOVED', revision, bold) : []),
      ...(after ? runs(after, 'ADDED', revision, bold) : []),
    ];
  };

  const paragraphOf = (p: ParagraphComparison): Paragraph => {
    const revision = revisionOf(p);
    const heading = p.kind === ParagraphKind.HEADING;
    // What stands only in the newer version (added, or moved here) is inserted whole; what stands only
    // in the older one (removed, or moved away) is deleted whole, its paragraph mark with it.
    const whole: Mark =
      p.change === 'ADDED' || p.change === 'MOVED'
        ? 'ADDED'
        : p.change === 'REMOVED' || p.change === 'MOVED_AWAY'
          ? 'REMOVED'
          : 'SAME';
    const inOlder = whole !== 'ADDED';
    const inNewer = whole !== 'REMOVED';
    const text =
      whole === 'SAME'
        ? p.segments.flatMap((s) => runs(s.text, s.kind, revision, heading))
        : runs(
            p.segments
              .filter((s) => s.kind === 'SAME' || s.kind === (whole === 'ADDED' ? 'ADDED' : 'REMOVED'))
              .map((s) => s.text)
              .join(''),
            whole,
            revision,
            heading,
          );
    const numberLabel = (n: number | null) => (n === null ? null : `${n}.`);
    const recommendationLabel = (n: number | null) =>
      p.kind === ParagraphKind.RECOMMENDATION ? (n ? `Recommendation ${n}: ` : 'Recommendation: ') : null;
    const children: ParagraphChild[] = heading
      ? text
      : [
          ...label(inOlder ? numberLabel(p.previousNumber) : null, inNewer ? numberLabel(p.number) : null, revision),
          tab(whole, revision),
          ...label(
            inOlder ? recommendationLabel(p.previousRecommendationNumber) : null,
            inNewer ? recommendationLabel(p.recommendationNumber) : null,
            revision,
            true,
          ),
          ...text,
        ];
    if (p.change === 'MOVED' || p.change === 'MOVED_AWAY') {
      // A move is told as one: a comment on each end names the other.
      const id = comments.length;
      const where =
        p.change === 'MOVED' ? `Moved from paragraph ${p.previousNumber}` : `Moved to paragraph ${p.number}`;
      comments.push({
        id,
        author: revision.author,
        date: revision.date,
        children: [new Paragraph({ children: [new TextRun(heading ? where.replace('paragraph', 'heading') : where)] })],
      });
      children.unshift(new CommentRangeStart(id));
      children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    // The paragraph mark is tracked too, so accepting a removal leaves no empty paragraph behind.
    const change = { id: nextId++, author: revision.author, date: revision.date.toISOString() };
    const mark = whole === 'ADDED' ? { insertion: change } : whole === 'REMOVED' ? { deletion: change } : undefined;
    if (heading) {
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        spacing: { before: 360 },
        run: mark,
        children,
      });
    }
    // Justified lines ending in a line break (list items) would be stretched across the page.
    const broken = p.segments.some((segment) => segment.text.includes('\n'));
    return new Paragraph({
      alignment: broken ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      spacing: { after: 160, line: 290 },
      indent: { left: INDENT, hanging: INDENT },
      tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
      run: mark,
      children,
    });
  };

  const changed = comparison.paragraphs.filter((p) => p.change !== 'UNCHANGED' && p.change !== 'MOVED_AWAY').length;
  const body = comparison.paragraphs.map(paragraphOf);
  return wordFile({
    title: `${redline.document.title}: version ${comparison.from} to ${comparison.to}`,
    comments: comments.length ? { children: comments } : undefined,
    children: [
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
          new TextRun({
            text: `The changes are tracked: accept or reject them in Word’s Review tab.${comments.length ? ' Moved paragraphs carry a comment.' : ''}`,
            size: 18,
          }),
        ],
      }),
      ...body,
    ],
  });
}
