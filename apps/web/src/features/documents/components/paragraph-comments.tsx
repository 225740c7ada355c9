import { Group, Stack, Title, UnstyledButton } from '@mantine/core';
import { useId, useState } from 'react';
import type { FragmentType } from '../../../__generated__';
import type { documentCommentFragment } from '../graphql/document-fragments';
import { CommentCard } from './comment-card';

export interface ParagraphCommentsProps {
  comments: readonly (FragmentType<typeof documentCommentFragment> & { id: string })[];
  /** "paragraph 3": names the list and its toggle. */
  name: string;
  defaultOpen: boolean;
  headingOrder: 3 | 4;
  openRoundNumber: number | null;
  announce: (message: string) => void;
}

/** What was said about a paragraph, behind a toggle that keyboard and screen reader users reach like any button. */
export function ParagraphComments({
  comments,
  name,
  defaultOpen,
  headingOrder,
  openRoundNumber,
  announce,
}: ParagraphCommentsProps) {
  const [open, setOpen] = useState(defaultOpen);
  const listId = useId();
  if (comments.length === 0) return null;
  const label = `Comments on ${name}`;

  return (
    <Stack gap="xs">
      <Title order={headingOrder} fz="sm" fw={500}>
        <UnstyledButton
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => {
            setOpen((current) => !current);
          }}
          fz="sm"
          fw={500}
          c="var(--mantine-primary-color-filled)"
        >
          <Group gap={6} wrap="nowrap">
            <span aria-hidden>{open ? '▾' : '▸'}</span>
            <span>
              {label} ({comments.length})
            </span>
          </Group>
        </UnstyledButton>
      </Title>
      {open && (
        <Stack component="ul" id={listId} gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
          {comments.map((comment) => (
            <CommentCard key={comment.id} comment={comment} openRoundNumber={openRoundNumber} announce={announce} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
