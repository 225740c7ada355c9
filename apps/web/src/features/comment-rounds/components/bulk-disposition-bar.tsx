import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { dispositionLabels } from '@plenary/shared';
import { optionalText } from '../../../lib/forms';
import type { CommentSelection } from '../hooks/use-comment-selection';
import { useDisposeComments } from '../hooks/use-dispose-comments';
import type { CommentRow, Round, WorkingParagraph } from './comment-table-model';
import { DisposeForm, type DisposeValues } from './dispose-form';

export interface BulkDispositionBarProps {
  round: Round;
  shownCount: number;
  selection: CommentSelection<CommentRow>;
  paragraphs: readonly WorkingParagraph[];
  announce: (message: string) => void;
  /** Called once the dispositions are saved, so that a table filtered by disposition can ask again. */
  onDisposed: () => void;
}

/** Gives the selected comments one disposition and reply together. */
export function BulkDispositionBar({
  round,
  shownCount,
  selection,
  paragraphs,
  announce,
  onDisposed,
}: BulkDispositionBarProps) {
  const dispose = useDisposeComments();
  const { chosen, allShownSelected } = selection;

  async function handleBulk(values: DisposeValues) {
    const ids = chosen.map((comment) => comment.id);
    await dispose(round.id, chosen, {
      commentIds: ids,
      disposition: values.disposition,
      reply: optionalText(values.reply),
      answeredByParagraphId: values.answeredByParagraphId ?? undefined,
    });
    selection.clear();
    onDisposed();
    announce(
      `${dispositionLabels[values.disposition]}: ${ids.length === 1 ? '1 comment' : `${ids.length} comments`} disposed of.`,
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Dispose of the selected comments">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Checkbox
            label="Select all shown"
            checked={allShownSelected}
            indeterminate={chosen.length > 0 && !allShownSelected}
            disabled={shownCount === 0}
            onChange={(event) => {
              selection.selectShown(event.currentTarget.checked);
            }}
          />
          <Text size="sm" c="dimmed">
            {chosen.length === 0
              ? 'Select comments to give them one disposition together.'
              : `${chosen.length} selected`}
          </Text>
        </Group>
        <DisposeForm
          bulk
          initial={{ disposition: null, reply: '', answeredByParagraphId: null }}
          paragraphs={paragraphs}
          submitLabel={`Apply to ${chosen.length === 1 ? '1 comment' : `${chosen.length} comments`}`}
          disabled={chosen.length === 0}
          onSubmit={handleBulk}
        />
      </Stack>
    </Paper>
  );
}
