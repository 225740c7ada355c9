import { Button, Group, Paper, Text, Title, Typography, VisuallyHidden } from '@mantine/core';
import { CommentKind, ParagraphKind } from '@plenary/shared';
import { useEffect, useRef, useState } from 'react';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { usePostComment } from '../hooks/use-comment-mutations';
import { useRefreshMarginComments } from '../hooks/use-margin-comments';
import { CommentForm, PERSONAL_CAPACITY } from './comment-form';
import { collapseSpaces, paragraphName } from './document-text-format';
import { ParagraphRow } from './paragraph-row';
import { RecommendationFacts } from './recommendation-facts';
import { SuggestionForm } from './suggestion-form';
import { useTextPage } from './text-page-context';

/** The text the viewer has selected inside `container`, if any, with white space collapsed. */
export function selectedTextWithin(container: HTMLElement | null): string {
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

/** A recommendation's number above its text, set apart from the paragraphs around it. */
export function RecommendationLabel({ number }: { number: number | null }) {
  if (number === null) return null;
  return (
    <Text fw={700} size="sm" c="plenary" tt="uppercase" style={{ letterSpacing: '0.03em' }}>
      Recommendation {number}
    </Text>
  );
}

export interface ParagraphViewProps {
  paragraph: DocumentParagraph_ParagraphFragment;
}

/** A paragraph as a reader sees it: its number, its text, what was said about it, and a way to comment. */
export function ParagraphView({ paragraph }: ParagraphViewProps) {
  const { announce, commenting, commentRequest, clearCommentRequest } = useTextPage();
  const postComment = usePostComment();
  const refresh = useRefreshMarginComments();
  const textRef = useRef<HTMLDivElement>(null);
  const commentButton = useRef<HTMLButtonElement>(null);
  const selectedQuote = useRef('');
  const [quote, setQuote] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState<string | null>(null);
  const name = paragraphName(paragraph);
  const heading = paragraph.kind === ParagraphKind.HEADING;
  const recommendation = paragraph.kind === ParagraphKind.RECOMMENDATION;

  const requested = commentRequest?.paragraphId === paragraph.paragraphId ? commentRequest : null;
  useEffect(() => {
    if (!requested) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a keyboard shortcut on the page opens this paragraph's form
    if (requested.suggest) setSuggesting(requested.quote);
    else setQuote(requested.quote);
    clearCommentRequest();
  }, [requested, clearCommentRequest]);

  function closeForm() {
    setQuote(null);
    setSuggesting(null);
    window.setTimeout(() => commentButton.current?.focus(), 0);
  }

  return (
    <ParagraphRow
      paragraph={paragraph}
      gutter={
        paragraph.number !== null && (
          <Text fw={600} c="dimmed" ta="right" aria-hidden>
            {paragraph.number}
          </Text>
        )
      }
      body={({ textRef: quotedRef }) => (
        <div
          ref={(element) => {
            textRef.current = element;
            quotedRef.current = element;
          }}
        >
          {heading ? (
            <Title order={2} fz="h3">
              <ScriptText>{paragraph.text}</ScriptText>
            </Title>
          ) : (
            <div
              style={
                recommendation
                  ? {
                      borderInlineStart: '3px solid var(--mantine-primary-color-filled)',
                      paddingInlineStart: 'var(--mantine-spacing-sm)',
                    }
                  : undefined
              }
            >
              {/* The number in the gutter is for the eye; a screen reader hears it with the text. */}
              <VisuallyHidden>{`Paragraph ${String(paragraph.number)}. `}</VisuallyHidden>
              <RecommendationLabel number={paragraph.recommendationNumber} />
              <ParagraphHtml html={paragraph.html} />
              <RecommendationFacts addressees={paragraph.addressees} issueAreas={paragraph.issueAreas} />
            </div>
          )}
        </div>
      )}
      marginTop={
        commenting &&
        quote === null &&
        suggesting === null && (
          <Group gap="xs">
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
            <Button
              variant="subtle"
              size="compact-sm"
              aria-label={`Suggest wording for ${name}`}
              onPointerDown={() => {
                selectedQuote.current = selectedTextWithin(textRef.current);
              }}
              onClick={() => {
                setSuggesting(selectedQuote.current || selectedTextWithin(textRef.current));
                selectedQuote.current = '';
              }}
            >
              Suggest wording
            </Button>
          </Group>
        )
      }
      marginFooter={
        commenting &&
        (suggesting !== null ? (
          <Paper withBorder radius="md" p="sm">
            <SuggestionForm
              label={`Suggest wording for ${name}`}
              initialValues={{
                original: suggesting,
                replacement: suggesting,
                body: '',
                speaksFor: commenting.defaultSpeaksFor,
              }}
              committees={commenting.committees}
              onSubmit={async (values) => {
                await postComment({
                  roundId: commenting.roundId,
                  paragraphId: paragraph.paragraphId,
                  kind: CommentKind.SUGGESTION,
                  body: values.body,
                  quote: values.original === '' ? null : values.original,
                  speaksForId: values.speaksFor === PERSONAL_CAPACITY ? null : values.speaksFor,
                  suggestion: { original: values.original, replacement: values.replacement },
                });
                refresh([paragraph.paragraphId]);
                announce(`Your suggested wording for ${name} was posted.`);
                closeForm();
              }}
              onCancel={closeForm}
            />
          </Paper>
        ) : (
          quote !== null && (
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
                  refresh([paragraph.paragraphId]);
                  announce(`Your comment on ${name} was posted.`);
                  closeForm();
                }}
                onCancel={closeForm}
              />
            </Paper>
          )
        ))
      }
    />
  );
}
