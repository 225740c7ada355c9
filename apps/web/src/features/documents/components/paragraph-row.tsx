import { useMemo, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { documentCommentFragment } from '../graphql/document-fragments';
import { useParagraphMarginComments } from '../hooks/use-margin-comments';
import { useNearScreen } from '../hooks/use-near-screen';
import { PARAGRAPH_ID_ATTRIBUTE } from '../hooks/use-paragraph-deep-link';
import { handleQuoteHover, setActiveComment, useQuoteHighlights } from '../hooks/use-quote-highlights';
import { paragraphName } from './document-text-format';
import { ParagraphMargin } from './paragraph-margin';
import { useTextPage } from './text-page-context';

export interface ParagraphRowBody {
  /** The paragraph has come near the screen: render it in full. */
  near: boolean;
  /** The element holding the paragraph's words, where quoted words are marked. */
  textRef: RefObject<HTMLDivElement | null>;
}

export interface ParagraphRowProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  /** The number, or the drafting control, in the gutter. */
  gutter: ReactNode;
  body: (row: ParagraphRowBody) => ReactNode;
  /** In the margin above the comments (who else is editing, the comment button). */
  marginTop?: ReactNode;
  /** In the margin below the comments (the comment form). */
  marginFooter?: ReactNode;
  /** Makes the row a region named by this element (the drafted paragraph). */
  labelledBy?: string;
  drop?: 'before' | 'after' | null;
  onDragOver?: (event: DragEvent<HTMLElement>) => void;
  onDragLeave?: () => void;
  onDrop?: (event: DragEvent<HTMLElement>) => void;
}

/** One paragraph of the page: its number in the gutter, its text, and its comments in the margin. */
export function ParagraphRow({
  paragraph,
  gutter,
  body,
  marginTop,
  marginFooter,
  labelledBy,
  drop,
  onDragOver,
  onDragLeave,
  onDrop,
}: ParagraphRowProps) {
  const { announce, openRoundNumber, carriedBelow, commentActions } = useTextPage();
  const rowRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const near = useNearScreen(rowRef);
  const { comments, failed } = useParagraphMarginComments(paragraph.paragraphId, near);
  const quoted = (comments ?? []).map((comment) => {
    const data = getFragmentData(documentCommentFragment, comment);
    const suggestion = Boolean(commentActions && data.suggestion && !data.suggestion.acceptedAt);
    return { id: data.id, quote: data.suggestion ? data.suggestion.original : data.quote, suggestion };
  });
  useQuoteHighlights(textRef, quoted, `${paragraph.revision}:${String(near)}`);
  const Row = labelledBy ? 'section' : 'div';
  const { html, revision } = paragraph;
  const suggested = useMemo(() => ({ html, revision }), [html, revision]);

  return (
    <Row
      ref={rowRef as RefObject<HTMLDivElement>}
      className="doc-row"
      aria-labelledby={labelledBy}
      data-heading={paragraph.number === null || undefined}
      data-drop={drop ?? undefined}
      {...{ [PARAGRAPH_ID_ATTRIBUTE]: paragraph.paragraphId }}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div className="doc-gutter">{gutter}</div>
      <div
        className="doc-body"
        onMouseMove={
          quoted.length > 0
            ? (event) => {
                handleQuoteHover(event, quoted);
              }
            : undefined
        }
        onMouseLeave={
          quoted.length > 0
            ? () => {
                setActiveComment(null);
              }
            : undefined
        }
      >
        {body({ near, textRef })}
      </div>
      <div className="doc-margin">
        <ParagraphMargin
          paragraphId={paragraph.paragraphId}
          paragraph={suggested}
          name={paragraphName(paragraph)}
          count={paragraph.commentCount}
          comments={comments}
          failed={failed}
          headingOrder={3}
          openRoundNumber={openRoundNumber}
          announce={announce}
          actions={commentActions}
          carriedBelow={carriedBelow}
          footer={marginFooter}
        >
          {marginTop}
        </ParagraphMargin>
      </div>
    </Row>
  );
}

/**
 * A paragraph far from the screen, as plain text in its place: the full row (its controls, its
 * comments, an editor) is made once it comes near, so a long text opens as fast as a short one.
 */
export function LazyParagraphRow({
  paragraph,
  force = false,
  children,
}: {
  paragraph: DocumentParagraph_ParagraphFragment;
  /** Made at once (a paragraph that is to take the focus). */
  force?: boolean;
  children: () => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  // A link to the paragraph (`?paragraph=`) brings it into view: it is made at once, to be found there.
  const [searchParams] = useSearchParams();
  const wanted = near || force || searchParams.get('paragraph') === paragraph.paragraphId;
  // Once made, the row stays: it may hold unsaved text, the focus, or comments being read.
  const [made, setMade] = useState(wanted);
  if (wanted && !made) setMade(true);
  if (wanted || made) return children();
  const heading = paragraph.number === null;
  return (
    <div
      ref={ref}
      className="doc-row"
      data-heading={heading || undefined}
      {...{ [PARAGRAPH_ID_ATTRIBUTE]: paragraph.paragraphId }}
    >
      <div className="doc-gutter" aria-hidden>
        {paragraph.number ?? ''}
      </div>
      <div
        className="doc-body"
        style={heading ? { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } : undefined}
      >
        <div style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: paragraph.html }} />
      </div>
    </div>
  );
}
