import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { Disposition, dispositionLabels } from '@plenary/shared';
import { useState } from 'react';
import type { DocumentComment_CommentFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { useDisposeComments } from '../../comment-rounds/hooks/use-dispose-comments';
import { useAcceptSuggestion } from '../hooks/use-comment-mutations';

/** The paragraph a suggestion is about, as the working draft has it now. */
export interface SuggestedParagraph {
  html: string;
  revision: number;
}

const dispositionOptions = Object.values(Disposition).map((value) => ({ value, label: dispositionLabels[value] }));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface CommentAnswerProps {
  comment: DocumentComment_CommentFragment;
  roundId: string;
  /** Set for a suggestion whose paragraph is in the working draft shown. */
  paragraph: SuggestedParagraph | undefined;
  announce: (message: string) => void;
  onChanged: () => void;
}

/**
 * A co-chair's answer to a comment, from the margin: a suggestion accepted in one click, accepted
 * with edits, or rejected with a reply; any comment given its disposition and reply.
 */
export function CommentAnswer({ comment, roundId, paragraph, announce, onChanged }: CommentAnswerProps) {
  const acceptSuggestion = useAcceptSuggestion();
  const dispose = useDisposeComments();
  const [mode, setMode] = useState<'idle' | 'edit' | 'dispose' | 'reject'>('idle');
  const [wording, setWording] = useState(comment.suggestion?.replacement ?? '');
  const [disposition, setDisposition] = useState<string | null>(comment.disposition ?? null);
  const [reply, setReply] = useState(comment.reply);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const suggestion = comment.suggestion;
  const open = suggestion !== null && suggestion !== undefined && !suggestion.acceptedAt;

  async function run(work: () => Promise<void>, said: string) {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      setMode('idle');
      announce(said);
      onChanged();
    } catch (error) {
      setFailure(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  function handleAccept() {
    void run(() => acceptSuggestion({ commentId: comment.id }), 'Suggestion accepted: the text now reads as proposed.');
  }

  function handleAcceptEdited() {
    if (!suggestion || !paragraph) return;
    const original = escapeHtml(suggestion.original);
    if (!paragraph.html.includes(original)) {
      setFailure('The words to replace no longer stand as they were in the paragraph: edit the paragraph itself.');
      return;
    }
    const text = paragraph.html.replace(original, escapeHtml(wording));
    void run(
      () => acceptSuggestion({ commentId: comment.id, text, baseRevision: paragraph.revision }),
      'Suggestion accepted with your edits.',
    );
  }

  function handleDispose(chosen: string, said: string) {
    void run(
      () =>
        dispose(roundId, [{ ...comment, answeredByParagraphId: null }], {
          commentIds: [comment.id],
          disposition: chosen as Disposition,
          reply: reply.trim(),
        }),
      said,
    );
  }

  return (
    <Stack gap="xs">
      {mode === 'idle' && (
        <Group gap="xs">
          {open && (
            <>
              <Button size="compact-sm" loading={busy} disabled={!suggestion.applicable} onClick={handleAccept}>
                Accept
              </Button>
              {paragraph && (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => {
                    setMode('edit');
                  }}
                >
                  Accept with edits
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => {
                  setMode('reject');
                }}
              >
                Reject
              </Button>
            </>
          )}
          {!open && (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                setMode('dispose');
              }}
            >
              {comment.disposition ? 'Change disposition' : 'Dispose'}
            </Button>
          )}
        </Group>
      )}
      {mode === 'edit' && suggestion && (
        <Stack gap="xs">
          <Textarea
            label="Wording to accept"
            description={`Replaces “${suggestion.original}” in the paragraph.`}
            autosize
            minRows={2}
            value={wording}
            onChange={(event) => {
              setWording(event.currentTarget.value);
            }}
            data-autofocus
          />
          <Group gap="xs">
            <Button size="compact-sm" loading={busy} onClick={handleAcceptEdited}>
              Accept this wording
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                setMode('idle');
              }}
            >
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
      {(mode === 'reject' || mode === 'dispose') && (
        <Stack gap="xs">
          {mode === 'dispose' && (
            <Select
              label="Disposition"
              data={dispositionOptions}
              value={disposition}
              allowDeselect={false}
              onChange={setDisposition}
            />
          )}
          <Textarea
            label={mode === 'reject' ? 'Reply: why the wording is not taken' : 'Reply'}
            required={mode === 'reject'}
            autosize
            minRows={2}
            value={reply}
            onChange={(event) => {
              setReply(event.currentTarget.value);
            }}
          />
          <Group gap="xs">
            <Button
              size="compact-sm"
              loading={busy}
              color={mode === 'reject' ? 'red' : undefined}
              disabled={mode === 'reject' ? reply.trim() === '' : disposition === null}
              onClick={() => {
                if (mode === 'reject') handleDispose(Disposition.NOT_ACCEPTED, 'Suggestion rejected.');
                else if (disposition)
                  handleDispose(disposition, `Disposition saved: ${dispositionLabels[disposition as Disposition]}.`);
              }}
            >
              {mode === 'reject' ? 'Reject suggestion' : 'Save disposition'}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                setMode('idle');
              }}
            >
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
      {failure !== undefined && (
        <Alert color="red" variant="light" role="alert" title="Nothing was changed">
          <Text size="sm">{failure}</Text>
        </Alert>
      )}
    </Stack>
  );
}
