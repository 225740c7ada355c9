import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { DocumentVersionText_VersionFragment } from '../../../__generated__/graphql';
import { useParagraphMarginComments } from '../hooks/use-margin-comments';
import { ParagraphMargin } from './paragraph-margin';
import { useTextPage } from './text-page-context';

type Removed = DocumentVersionText_VersionFragment['removedParagraphs'][number];

function RemovedParagraph({ paragraph }: { paragraph: Removed }) {
  const { announce, openRoundNumber, carriedBelow, commentActions } = useTextPage();
  const { comments, failed } = useParagraphMarginComments(paragraph.paragraphId, true);
  const name = paragraph.number === null ? 'former heading' : `former paragraph ${paragraph.number}`;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Title order={3} fz="sm">
          {paragraph.number === null ? 'Former heading' : `Former paragraph ${paragraph.number}`}
        </Title>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {paragraph.text}
        </Text>
        <ParagraphMargin
          paragraphId={paragraph.paragraphId}
          name={name}
          count={paragraph.commentCount}
          comments={comments}
          failed={failed}
          headingOrder={4}
          openRoundNumber={openRoundNumber}
          announce={announce}
          actions={commentActions}
          carriedBelow={carriedBelow}
        />
      </Stack>
    </Paper>
  );
}

export interface RemovedTextProps {
  removed: DocumentVersionText_VersionFragment['removedParagraphs'];
}

/** Text commented on in a round that this version no longer has, so what was said about it stays in view. */
export function RemovedText({ removed }: RemovedTextProps) {
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
        {removed.map((paragraph) => (
          <RemovedParagraph key={paragraph.paragraphId} paragraph={paragraph} />
        ))}
      </Stack>
    </Stack>
  );
}
