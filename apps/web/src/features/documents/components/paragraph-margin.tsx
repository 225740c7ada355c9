import { Anchor, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { getFragmentData } from '../../../__generated__';
import { documentCommentFragment } from '../graphql/document-fragments';
import { useRefreshMarginComments, type MarginComment } from '../hooks/use-margin-comments';
import type { SuggestedParagraph } from './comment-answer';
import { CommentCard, type CommentActions } from './comment-card';
import { isFiltered, matchesFilter, useMarginFilter } from './margin-filters';

/** More comments than this on one paragraph show the first few, and a way to show the rest. */
const SHOWN_AT_FIRST = 4;

export interface ParagraphMarginProps {
  paragraphId: string;
  /** The paragraph's text as shown, for a suggestion accepted with edits; absent for removed text. */
  paragraph?: SuggestedParagraph;
  /** "paragraph 3": names the list and its toggle. */
  name: string;
  /** How many comments the viewer may see, from the text's first paint. */
  count: number;
  /** The comments once loaded; null while they load. */
  comments: readonly MarginComment[] | null;
  failed: boolean;
  headingOrder: 3 | 4;
  openRoundNumber: number | null;
  announce: (message: string) => void;
  /** What a co-chair may do with a comment here (suggestions accepted, comments disposed of). */
  actions?: CommentActions;
  /** Comments of rounds before this one are marked as carried from earlier text. */
  carriedBelow?: number;
  /** Above the comments: who else is editing, the comment button. */
  children?: ReactNode;
  /** Below the comments: the comment form. */
  footer?: ReactNode;
}

/**
 * What was said about a paragraph, beside it in the margin (under it on a phone, closed until asked
 * for), behind a toggle keyboard and screen reader users reach like any button.
 */
export function ParagraphMargin({
  paragraphId,
  paragraph,
  name,
  count,
  comments,
  failed,
  headingOrder,
  openRoundNumber,
  announce,
  actions,
  carriedBelow,
  children,
  footer,
}: ParagraphMarginProps) {
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [toggled, setToggled] = useState<boolean | null>(null);
  const [all, setAll] = useState(false);
  const filter = useMarginFilter();
  const refresh = useRefreshMarginComments();
  const listId = useId();
  const handleChanged = useCallback(() => {
    refresh([paragraphId]);
  }, [refresh, paragraphId]);
  const open = toggled ?? wide;
  const total = comments?.length ?? count;
  const label = `Comments on ${name}`;

  const shown = (comments ?? []).filter((comment) =>
    matchesFilter(getFragmentData(documentCommentFragment, comment), filter),
  );
  const filtered = isFiltered(filter);
  if (total === 0 && !children && !footer) return null;
  if (filtered && comments !== null && shown.length === 0 && !children && !footer) return null;
  const visible = all ? shown : shown.slice(0, SHOWN_AT_FIRST);

  return (
    <Stack gap="xs">
      {children}
      {total > 0 && (
        <Title order={headingOrder} fz="sm" fw={500}>
          <UnstyledButton
            aria-expanded={open}
            aria-controls={open && visible.length > 0 ? listId : undefined}
            onClick={() => {
              setToggled(!open);
            }}
            fz="sm"
            fw={500}
            c="var(--mantine-primary-color-filled)"
          >
            <Group gap={6} wrap="nowrap">
              <span aria-hidden>{open ? '▾' : '▸'}</span>
              <span>
                {label} ({filtered && comments !== null ? `${shown.length} of ${total} shown` : total})
              </span>
            </Group>
          </UnstyledButton>
        </Title>
      )}
      {open && total > 0 && comments === null && (
        <Text size="sm" c={failed ? 'red.9' : 'dimmed'} role={failed ? 'alert' : undefined}>
          {failed ? 'The comments could not be loaded. They are tried again with the next change.' : 'Loading…'}
        </Text>
      )}
      {open && comments !== null && visible.length > 0 && (
        <Stack component="ul" id={listId} gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
          {visible.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              openRoundNumber={openRoundNumber}
              announce={announce}
              actions={actions}
              carriedBelow={carriedBelow}
              paragraph={paragraph}
              onChanged={handleChanged}
            />
          ))}
        </Stack>
      )}
      {open && shown.length > visible.length && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {shown.length} comments on {name}
        </Anchor>
      )}
      {footer}
    </Stack>
  );
}
