import { Box, Button, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { ParagraphKind } from '@plenary/shared';
import { useRef, useState } from 'react';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { usePostComment } from '../hooks/use-comment-mutations';
import { CommentForm, PERSONAL_CAPACITY } from './comment-form';
import { collapseSpaces, paragraphName } from './document-text-format';
import { ParagraphComments } from './paragraph-comments';
import { RecommendationFacts } from './recommendation-facts';

/** What a recipient needs to comment on the version of an open round. */
export interface Commenting {
  roundId: string;
  committees: readonly { id: string; name: string; acronym: string | null }[];
  /** The committee (or PERSONAL_CAPACITY) a new comment speaks for unless changed. */
  defaultSpeaksFor: string;
}

/** The text the viewer has selected inside `container`, if any, with white space collapsed. */
function selectedTextWithin(container: HTMLElement | null): string {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return '';
  return collapseSpaces(selection.toString());
}

/** The stored (server-sanitised) HTML of a paragraph, with the light formatting it may carry. */
export function ParagraphHtml({ html }: { html: string }) {
  return (
    <Typography
      style={{ overflowWrap: 'anywhere' }}
      // The API sanitises paragraph HTML on the way in (emphasis, lists and links only).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export interface ParagraphViewProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  /** Set when the viewer may comment on this version now. */
  commenting: Commenting | null;
  commentsOpen: boolean;
  openRoundNumber: number | null;
  announce: (message: string) => void;
}

/** A paragraph as a reader sees it: its number, its text, what was said about it, and a way to comment. */
export function ParagraphView({ paragraph, commenting, commentsOpen, openRoundNumber, announce }: ParagraphViewProps) {
  const postComment = usePostComment();
  const textRef = useRef<HTMLDivElement>(null);
  const commentButton = useRef<HTMLButtonElement>(null);
  const selectedQuote = useRef('');
  const [quote, setQuote] = useState<string | null>(null);
  const name = paragraphName(paragraph);
  const heading = paragraph.kind === ParagraphKind.HEADING;

  function closeForm() {
    setQuote(null);
    window.setTimeout(() => commentButton.current?.focus(), 0);
  }

  return (
    <Stack gap="xs" data-paragraph-id={paragraph.paragraphId}>
      {heading ? (
        <Title order={2} fz="h3" mt="md" ref={textRef}>
          <ScriptText>{paragraph.text}</ScriptText>
        </Title>
      ) : (
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Text fw={600} c="dimmed" w="2rem" ta="right" style={{ flexShrink: 0 }} mt={2}>
            {paragraph.number}
          </Text>
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }} ref={textRef}>
            {paragraph.recommendationNumber !== null && (
              <Text fw={600} size="sm" c="plenary">
                Recommendation {paragraph.recommendationNumber}
              </Text>
            )}
            <ParagraphHtml html={paragraph.html} />
            <RecommendationFacts addressees={paragraph.addressees} issueAreas={paragraph.issueAreas} />
          </Stack>
        </Group>
      )}
      <Box pl={heading ? 0 : 'calc(2rem + var(--mantine-spacing-sm))'}>
        <Stack gap="xs">
          <ParagraphComments
            comments={paragraph.comments}
            name={name}
            defaultOpen={commentsOpen}
            headingOrder={3}
            openRoundNumber={openRoundNumber}
            announce={announce}
          />
          {commenting && quote === null && (
            <Group>
              <Button
                ref={commentButton}
                variant="light"
                size="compact-sm"
                // Read before the click moves the focus, which can clear the selection.
                onPointerDown={() => {
                  selectedQuote.current = selectedTextWithin(textRef.current);
                }}
                onClick={() => {
                  setQuote(selectedQuote.current || selectedTextWithin(textRef.current));
                  selectedQuote.current = '';
                }}
              >
                Comment on {name}
              </Button>
            </Group>
          )}
          {commenting && quote !== null && (
            <Paper withBorder radius="md" p="sm">
              <CommentForm
                label={`Comment on ${name}`}
                initialValues={{ kind: 'GENERAL', body: '', quote, speaksFor: commenting.defaultSpeaksFor }}
                committees={commenting.committees}
                submitLabel="Post comment"
                onSubmit={async (values) => {
                  await postComment({
                    roundId: commenting.roundId,
                    paragraphId: paragraph.paragraphId,
                    kind: values.kind,
                    body: values.body,
                    quote: values.quote === '' ? null : values.quote,
                    speaksForId: values.speaksFor === PERSONAL_CAPACITY ? null : values.speaksFor,
                  });
                  announce(`Your comment on ${name} was posted.`);
                  closeForm();
                }}
                onCancel={closeForm}
              />
            </Paper>
          )}
        </Stack>
      </Box>
    </Stack>
  );
}
