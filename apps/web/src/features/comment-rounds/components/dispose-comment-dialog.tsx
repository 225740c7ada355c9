import { Stack, Text } from '@mantine/core';
import { dispositionLabels } from '@plenary/shared';
import { FormDialog } from '../../../ui/form-dialog';
import { useDisposeComments } from '../hooks/use-dispose-comments';
import { shorten, type CommentRow, type Round, type WorkingParagraph } from './comment-table-model';
import { DisposeForm, type DisposeValues } from './dispose-form';

export interface DisposeCommentDialogProps {
  round: Round;
  /** The comment being disposed of; null while the dialog is closed. */
  comment: CommentRow | null;
  names: ReadonlyMap<string, string>;
  paragraphs: readonly WorkingParagraph[];
  announce: (message: string) => void;
  /** Called once the disposition is saved, so that a table filtered by disposition can ask again. */
  onDisposed: () => void;
  onClose: () => void;
}

/** Gives one comment its disposition and reply, or changes them. */
export function DisposeCommentDialog({
  round,
  comment,
  names,
  paragraphs,
  announce,
  onDisposed,
  onClose,
}: DisposeCommentDialogProps) {
  const dispose = useDisposeComments();

  async function handleSubmit(disposing: CommentRow, values: DisposeValues) {
    await dispose(round.id, [disposing], {
      commentIds: [disposing.id],
      disposition: values.disposition,
      reply: values.reply.trim(),
      answeredByParagraphId: values.answeredByParagraphId,
    });
    onClose();
    onDisposed();
    announce(`${dispositionLabels[values.disposition]}: the ${names.get(disposing.id) ?? 'comment'}.`);
  }

  return (
    <FormDialog title="Dispose of the comment" opened={comment !== null} onClose={onClose}>
      {comment && (
        <Stack gap="md">
          <Text size="sm">
            The {names.get(comment.id) ?? 'comment'}: “{shorten(comment.body, 200)}”
          </Text>
          <DisposeForm
            bulk={false}
            initial={{
              disposition: comment.disposition,
              reply: comment.reply,
              answeredByParagraphId: comment.answeredByParagraphId,
            }}
            paragraphs={paragraphs}
            submitLabel="Save disposition"
            onSubmit={(values) => handleSubmit(comment, values)}
            onCancel={onClose}
          />
        </Stack>
      )}
    </FormDialog>
  );
}
