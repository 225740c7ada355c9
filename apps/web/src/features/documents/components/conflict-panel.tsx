import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, type ReactNode } from 'react';
import { normalizeHtml } from './document-text-format';
import { RichTextField, useParagraphTextEditor } from './rich-text-field';

/** The paragraph as another co-chair saved it, from the VERSION_CONFLICT refusal. */
export interface ParagraphConflict {
  revision: number;
  html: string;
  text: string;
  /** Who saved it, when known. */
  by: string | null;
}

export interface ConflictPanelProps {
  headingId: string;
  conflict: ParagraphConflict;
  /** The viewer's own editor, still editable: the left column. */
  yours: ReactNode;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
  /** Saves the text of the right column, edited to merge the two. */
  onSaveMerged: (html: string) => void;
}

/**
 * Shown when a save was refused because another co-chair saved the paragraph first. Both texts stand
 * side by side and both can be edited: keep yours, take theirs, or merge into theirs and save that.
 * Nothing is saved until the co-chair chooses, so neither text is lost.
 */
export function ConflictPanel({
  headingId,
  conflict,
  yours,
  saving,
  onKeepMine,
  onUseTheirs,
  onSaveMerged,
}: ConflictPanelProps) {
  const theirsLabelId = useId();
  const theirs = useParagraphTextEditor({ content: conflict.html, labelledBy: theirsLabelId });

  // A newer save by them replaces what the column shows.
  useEffect(() => {
    theirs.commands.setContent(conflict.html, { emitUpdate: false });
  }, [theirs, conflict.revision, conflict.html]);

  return (
    <Paper component="section" role="region" aria-labelledby={headingId} withBorder radius="md" p="sm" bg="yellow.0">
      <Stack gap="sm">
        <Title order={3} fz="md" id={headingId}>
          Another co-chair changed this paragraph
        </Title>
        <Text size="sm">
          {conflict.by ? `${conflict.by} saved it while you were editing. ` : ''}Your text was not saved, so that
          neither version is lost. Keep yours, use theirs, or merge the two in their text and save that.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="xs">
            {yours}
            <Group>
              <Button loading={saving} onClick={onKeepMine}>
                Keep my text
              </Button>
            </Group>
          </Stack>
          <Stack gap="xs">
            <RichTextField editor={theirs} label="Their text (saved)" labelId={theirsLabelId} headingOrder={4} />
            <Group gap="sm">
              <Button variant="default" disabled={saving} onClick={onUseTheirs}>
                Use their text
              </Button>
              <Button
                variant="light"
                disabled={saving}
                onClick={() => {
                  onSaveMerged(normalizeHtml(theirs.getHTML()));
                }}
              >
                Save merged text
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
