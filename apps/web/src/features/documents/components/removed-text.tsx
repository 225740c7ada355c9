import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { DocumentVersionText_VersionFragment } from '../../../__generated__/graphql';
import { ParagraphComments } from './paragraph-comments';

export interface RemovedTextProps {
  removed: DocumentVersionText_VersionFragment['removedParagraphs'];
  openRoundNumber: number | null;
  announce: (message: string) => void;
}

/** Text commented on in a round that this version no longer has, so what was said about it stays in view. */
export function RemovedText({ removed, openRoundNumber, announce }: RemovedTextProps) {
  const headingId = useId();
  if (removed.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} mt="lg">
      <Title order={2} fz="h3" id={headingId}>
        Removed text
      </Title>
      <Text size="sm" c="dimmed">
        Paragraphs commented on in this or an earlier round that are no longer in this version, with their comments.
      </Text>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Removed paragraphs">
        {removed.map((paragraph) => {
          const name = paragraph.number === null ? 'former heading' : `former paragraph ${paragraph.number}`;
          return (
            <Paper component="li" key={paragraph.paragraphId} withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Title order={3} fz="sm">
                  {paragraph.number === null ? 'Former heading' : `Former paragraph ${paragraph.number}`}
                </Title>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {paragraph.text}
                </Text>
                <ParagraphComments
                  comments={paragraph.comments}
                  name={name}
                  defaultOpen
                  headingOrder={4}
                  openRoundNumber={openRoundNumber}
                  announce={announce}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
