import { Stack, Text } from '@mantine/core';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { capitalize, paragraphName } from './document-text-format';
import { conflictOf } from './paragraph-content';

export interface DeleteParagraphDialogProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  opened: boolean;
  /** Rejects when refused, for the dialog to say why. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Asks before a paragraph leaves the working draft, showing the text that would go. */
export function DeleteParagraphDialog({ paragraph, opened, onConfirm, onClose }: DeleteParagraphDialogProps) {
  const name = paragraphName(paragraph);
  return (
    <ConfirmDialog
      opened={opened}
      title={`Delete ${name}?`}
      confirmLabel={`Delete ${name}`}
      confirmColor="red"
      onConfirm={onConfirm}
      onClose={onClose}
      describeError={(error) =>
        conflictOf(error)
          ? `Another co-chair changed ${name} meanwhile, so it was not deleted. Look at their text first.`
          : toApiError(error).message
      }
    >
      <Stack gap="xs">
        <Text>
          {capitalize(name)} leaves the working draft. Versions already circulated keep it, and so do the comments made
          on it.
        </Text>
        {paragraph.text.trim() !== '' && (
          <Text size="sm" c="dimmed" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
            {paragraph.text}
          </Text>
        )}
      </Stack>
    </ConfirmDialog>
  );
}
