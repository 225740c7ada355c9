import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Text } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DiffKind, ParagraphChange, type DocumentComparisonQuery } from '../../../__generated__/graphql';
import { Redline } from '../../../ui/redline';
import { documentComparisonQuery } from '../graphql/document-queries';

type ComparedParagraph = DocumentComparisonQuery['documentComparison']['paragraphs'][number];

/** The working draft against the last circulated version, as the co-chair drafting it has it shown. */
export interface DraftChanges {
  since: number;
  /** Each paragraph of the draft as compared, by its identity. */
  paragraphs: ReadonlyMap<string, ComparedParagraph>;
  /** Text that no longer stands where it stood (removed, or moved away), after the paragraph it followed; null: at the top. */
  goneAfter: ReadonlyMap<string | null, readonly ComparedParagraph[]>;
}

export const DraftChangesContext = createContext<DraftChanges | null>(null);

/** The changes shown in the draft; null while they are not. */
export function useDraftChanges(): DraftChanges | null {
  return useContext(DraftChangesContext);
}

/** In the address (`?changes=1`), so the changes stay shown through reloads, tabs and versions while drafting. */
export const CHANGES_PARAM = 'changes';

export function useShowChanges(): [boolean, (show: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const show = searchParams.get(CHANGES_PARAM) === '1';
  const setShow = useCallback(
    (next: boolean) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(CHANGES_PARAM, '1');
          else params.delete(CHANGES_PARAM);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return [show, setShow];
}

/**
 * The comparison of the working version with version `since`, asked for again whenever a paragraph
 * of the draft is saved, added, moved or removed; null while not shown.
 */
export function useDraftComparison(
  documentId: string,
  since: number | null,
  working: number,
  paragraphs: readonly { paragraphId: string; revision: number }[],
  show: boolean,
): DraftChanges | null {
  const skip = !show || since === null;
  const { data, refetch } = useQuery(documentComparisonQuery, {
    variables: { documentId, from: since ?? 0, to: working },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  const revisions = paragraphs.map((paragraph) => `${paragraph.paragraphId}:${String(paragraph.revision)}`).join(' ');
  const asked = useRef(revisions);
  useEffect(() => {
    if (asked.current === revisions) return;
    asked.current = revisions;
    if (!skip) void refetch();
  }, [revisions, skip, refetch]);

  const comparison = skip ? undefined : data?.documentComparison;
  return useMemo(() => {
    if (!comparison || since === null || comparison.from !== since) return null;
    const compared = new Map<string, ComparedParagraph>();
    const goneAfter = new Map<string | null, ComparedParagraph[]>();
    let standing: string | null = null;
    for (const paragraph of comparison.paragraphs) {
      if (paragraph.change === ParagraphChange.Removed || paragraph.change === ParagraphChange.MovedAway) {
        goneAfter.set(standing, [...(goneAfter.get(standing) ?? []), paragraph]);
      } else {
        compared.set(paragraph.paragraphId, paragraph);
        standing = paragraph.paragraphId;
      }
    }
    return { since, paragraphs: compared, goneAfter };
  }, [comparison, since]);
}

/** The paragraph's text as the comparison has it now: what was kept and what was added. */
function comparedText(compared: ComparedParagraph): string {
  return compared.segments
    .filter((segment) => segment.kind !== DiffKind.Removed)
    .map((segment) => segment.text)
    .join('');
}

/**
 * Whether the paragraph, as saved, is to be read against the older version: it changed, and the
 * comparison is of the text it has now (it is asked for again after each save).
 */
export function showsChanges(
  compared: ComparedParagraph | undefined,
  paragraph: { text: string; kind: string },
): compared is ComparedParagraph {
  return (
    compared !== undefined &&
    compared.change !== ParagraphChange.Unchanged &&
    paragraph.text !== '' &&
    compared.kind === paragraph.kind &&
    comparedText(compared) === paragraph.text
  );
}

/** Letters, figures and marks: what the editor and the plain text share, unlike spaces, line breaks and list bullets. */
const COUNTED = /[^\s•]/gu;

/** Where in the editor the caret goes to stand after so many letters, figures and marks of the paragraph. */
export function editorPosition(doc: Editor['state']['doc'], counted: number): number | 'start' | 'end' {
  if (counted === 0) return 'start';
  let seen = 0;
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (!node.isText || !node.text) return;
    for (let index = 0; index < node.text.length; index++) {
      if (!/[^\s•]/u.test(node.text[index]!)) continue;
      seen += 1;
      if (seen === counted) {
        found = pos + index + 1;
        return false;
      }
    }
  });
  return found ?? 'end';
}

/** The text node and offset under a point of the screen, where the browser can tell. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** How many counted characters of the paragraph's present text stand before the point clicked. */
function countedBeforePoint(redline: HTMLElement, compared: ComparedParagraph, x: number, y: number): number {
  const caret = caretAt(x, y);
  const lines = redline.firstElementChild;
  if (!caret || !lines?.contains(caret.node)) return 0;
  // Each segment is one child of the redline's text; the words read out for screen readers are not counted.
  let segment: Node | null = caret.node;
  while (segment && segment.parentNode !== lines) segment = segment.parentNode;
  const index = Array.prototype.indexOf.call(lines.childNodes, segment);
  const present = (entry: { kind: DiffKind }) => entry.kind !== DiffKind.Removed;
  const before = compared.segments
    .slice(0, index)
    .filter(present)
    .map((entry) => entry.text)
    .join('');
  const current = compared.segments[index];
  const within =
    current && present(current) && caret.node.parentNode === segment ? current.text.slice(0, caret.offset) : '';
  return (before + within).match(COUNTED)?.length ?? 0;
}

function changeBadge(compared: ComparedParagraph, since: number): string | null {
  if (compared.change === ParagraphChange.Added) return `New since version ${since}`;
  if (compared.change !== ParagraphChange.Moved) return null;
  return compared.previousNumber === null
    ? 'Moved here'
    : `Moved from paragraph ${compared.previousNumber} of version ${since}`;
}

export interface ParagraphChangesProps {
  compared: ComparedParagraph;
  since: number;
  kind: string;
  /** Opens the paragraph's editor, the caret after so many letters and figures (0: at the start). */
  onEdit: (counted: number) => void;
}

/**
 * A paragraph of the draft read against the last circulated version, as the Compare tab reads it
 * with all changes inline. Clicking into it (or tabbing to it) opens its text to edit, the caret
 * where it was clicked.
 */
export function ParagraphChanges({ compared, since, kind, onEdit }: ParagraphChangesProps) {
  const badge = changeBadge(compared, since);
  function handleMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    // The editor takes the focus and the caret, not this text.
    event.preventDefault();
    onEdit(countedBeforePoint(event.currentTarget, compared, event.clientX, event.clientY));
  }
  return (
    <Stack gap={4}>
      {badge && (
        <Badge
          variant="light"
          color={compared.change === ParagraphChange.Added ? 'green' : 'blue'}
          c="dark.7"
          size="sm"
          tt="none"
          style={{ alignSelf: 'flex-start' }}
        >
          {badge}
        </Badge>
      )}
      <div
        className="doc-changes"
        data-kind={kind}
        // Tabbing here edits the paragraph, as tabbing into its text does without the changes shown.
        tabIndex={0}
        onMouseDown={handleMouseDown}
        onFocus={() => {
          onEdit(0);
        }}
      >
        <Redline segments={compared.segments} reading="inline" />
      </div>
    </Stack>
  );
}

/** Text of the circulated version that no longer stands here: removed, or moved elsewhere. */
export function GoneParagraphs({ gone, since }: { gone: readonly ComparedParagraph[] | undefined; since: number }) {
  if (!gone || gone.length === 0) return null;
  return gone.map((paragraph) => {
    const name =
      paragraph.previousNumber === null
        ? `A heading of version ${since}`
        : `Paragraph ${paragraph.previousNumber} of version ${since}`;
    const moved = paragraph.change === ParagraphChange.MovedAway;
    return (
      <div key={`${paragraph.paragraphId}:gone`} className="doc-row" data-gone={moved ? 'moved' : 'removed'}>
        <div className="doc-gutter" />
        <div className="doc-body">
          <Stack gap={4}>
            <Badge
              variant="light"
              color={moved ? 'blue' : 'red'}
              c="dark.7"
              size="sm"
              tt="none"
              style={{ alignSelf: 'flex-start' }}
            >
              {moved
                ? `${name} moved${paragraph.number === null ? '' : ` to paragraph ${paragraph.number}`}`
                : `${name} removed`}
            </Badge>
            {moved ? (
              <Text size="sm" c="dimmed" fs="italic">
                It stood here in version {since}.
              </Text>
            ) : (
              <Redline segments={paragraph.segments} reading="inline" />
            )}
          </Stack>
        </div>
      </div>
    );
  });
}
