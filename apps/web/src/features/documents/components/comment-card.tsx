import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { commentKindLabels, dispositionLabels } from '@plenary/shared';
import { memo, useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import type { DocumentComment_CommentFragment } from '../../../__generated__/graphql';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { documentCommentFragment } from '../graphql/document-fragments';
import { useEditComment, useWithdrawComment } from '../hooks/use-comment-mutations';
import { setActiveComment, useActiveComment } from '../hooks/use-quote-highlights';
import { CommentAnswer, type SuggestedParagraph } from './comment-answer';
import { CommentForm } from './comment-form';

/**
 * "王磊 for CSCAP-China", "Sato Hiroshi in personal capacity"; in a non-attributed round (for those
 * who may not know) no name at all.
 */
export function commentAuthorLine(comment: DocumentComment_CommentFragment): string {
  if (!comment.attributed || !comment.author) return 'Comment (non-attributed)';
  const name = comment.viewerIsAuthor ? `${comment.author.name} (you)` : comment.author.name;
  if (comment.speaksFor) return `${name} for ${comment.speaksFor.acronym ?? comment.speaksFor.name}`;
  if (comment.personalCapacity) return `${name} in personal capacity`;
  return name;
}

/** What the co-chairs need to answer comments from the margin. */
export interface CommentActions {
  roundIdOf: (roundNumber: number) => string | undefined;
  /** Suggestions are accepted only into the working draft shown. */
  canAccept: boolean;
}

export interface CommentCardProps {
  comment: FragmentType<typeof documentCommentFragment>;
  actions?: CommentActions;
  /** Comments of rounds before this one were made on earlier text and carried to the version shown. */
  carriedBelow?: number;
  /** The round that accepts comments now, if any: the viewer's own comments of that round can be edited or withdrawn. */
  openRoundNumber: number | null;
  /** Said after a change: "Your comment was withdrawn." */
  announce: (message: string) => void;
  /** The paragraph as it stands, for a suggestion accepted with edits. */
  paragraph?: SuggestedParagraph;
  /** Told once the viewer changed the comment, to fetch it again. */
  onChanged?: () => void;
}

/** Suggested wording as a tracked change: the words struck through, the new words underlined. */
function SuggestedChange({ suggestion }: { suggestion: NonNullable<DocumentComment_CommentFragment['suggestion']> }) {
  return (
    <Text size="sm" className="doc-suggestion" style={{ overflowWrap: 'anywhere' }}>
      {suggestion.original === '' ? (
        <>
          Insert{suggestion.before ? ` after “${suggestion.before}”` : ' at the start'}:{' '}
          <ins>{suggestion.replacement}</ins>
        </>
      ) : suggestion.replacement === '' ? (
        <>
          Delete <del>{suggestion.original}</del>
        </>
      ) : (
        <>
          Replace <del>{suggestion.original}</del> with <ins>{suggestion.replacement}</ins>
        </>
      )}
    </Text>
  );
}

/** One comment (re-rendered only when it changes, not as its paragraph is typed in): its kind and round, who made it (where the round says so), the words quoted, and the co-chairs' answer. */
export const CommentCard = memo(function CommentCard({
  comment: ref,
  openRoundNumber,
  announce,
  actions,
  carriedBelow,
  paragraph,
  onChanged,
}: CommentCardProps) {
  const comment = getFragmentData(documentCommentFragment, ref);
  const active = useActiveComment(comment.id);
  const roundId = actions?.roundIdOf(comment.roundNumber);
  const changeable = comment.viewerIsAuthor && comment.roundNumber === openRoundNumber;
  const editComment = useEditComment();
  const withdrawComment = useWithdrawComment();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      bg="gray.0"
      className="doc-comment"
      data-active={active || undefined}
      // A comment that quotes words can be reached by keyboard, to mark those words in the text.
      tabIndex={comment.quote ? 0 : undefined}
      aria-label={comment.quote ? `${commentKindLabels[comment.kind]} comment on “${comment.quote}”` : undefined}
      onMouseEnter={() => {
        setActiveComment(comment.id);
      }}
      onMouseLeave={() => {
        setActiveComment(null);
      }}
      onFocus={() => {
        setActiveComment(comment.id);
      }}
      onBlur={() => {
        setActiveComment(null);
      }}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray" c="dark.7" size="sm">
            {commentKindLabels[comment.kind]}
          </Badge>
          <Text size="sm" c="dimmed">
            Round {comment.roundNumber}
          </Text>
          {carriedBelow !== undefined && comment.roundNumber < carriedBelow && (
            <Badge variant="outline" color="gray" c="dark.7" size="sm">
              Carried from round {comment.roundNumber}
            </Badge>
          )}
          {comment.changedSince && (
            <Badge variant="light" color="yellow" c="dark.7" size="sm">
              Text changed since
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={500}>
          <ScriptText>{commentAuthorLine(comment)}</ScriptText>
          <Text span size="sm" c="dimmed" fw={400}>
            {' · '}
            <Moment at={comment.createdAt} />
          </Text>
        </Text>
        {editing ? (
          <CommentForm
            label="Edit your comment"
            initialValues={{ kind: comment.kind, body: comment.body, quote: comment.quote ?? '', speaksFor: '' }}
            submitLabel="Save comment"
            onSubmit={async (values) => {
              await editComment(comment.id, {
                kind: values.kind,
                body: values.body,
                quote: values.quote === '' ? null : values.quote,
              });
              setEditing(false);
              announce('Your comment was saved.');
              onChanged?.();
            }}
            onCancel={() => {
              setEditing(false);
            }}
          />
        ) : (
          <>
            {comment.suggestion && <SuggestedChange suggestion={comment.suggestion} />}
            {comment.suggestion && !comment.suggestion.acceptedAt && !comment.suggestion.applicable && (
              <Text size="sm" c="orange.9">
                The words have changed since: this suggestion cannot be applied as proposed.
              </Text>
            )}
            {comment.quote && !comment.suggestion && (
              <Box
                component="blockquote"
                m={0}
                pl="sm"
                style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)', fontStyle: 'italic' }}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {comment.quote}
                </Text>
              </Box>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {comment.body}
            </Text>
          </>
        )}
        {comment.disposition && (
          <Box>
            <Text size="sm">
              <Text span fw={500} size="sm">
                Disposition:
              </Text>{' '}
              {dispositionLabels[comment.disposition]}
            </Text>
            {comment.reply !== '' && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <Text span fw={500} size="sm">
                  Co-chairs’ reply:
                </Text>{' '}
                {comment.reply}
              </Text>
            )}
          </Box>
        )}
        {actions && !editing && roundId !== undefined && (
          <CommentAnswer
            comment={comment}
            roundId={roundId}
            paragraph={actions.canAccept ? paragraph : undefined}
            announce={announce}
            onChanged={() => onChanged?.()}
          />
        )}
        {changeable && !editing && (
          <Group gap="xs">
            <Button
              variant="default"
              size="compact-sm"
              onClick={() => {
                setEditing(true);
              }}
            >
              Edit your comment
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => {
                setWithdrawing(true);
              }}
            >
              Withdraw your comment
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={withdrawing}
        title="Withdraw your comment?"
        confirmLabel="Withdraw comment"
        confirmColor="red"
        onConfirm={async () => {
          await withdrawComment(comment.id);
          announce('Your comment was withdrawn.');
          onChanged?.();
        }}
        onClose={() => {
          setWithdrawing(false);
        }}
      >
        <Text>The co-chairs will no longer see it. You can comment again while the round is open.</Text>
      </ConfirmDialog>
    </Paper>
  );
});
