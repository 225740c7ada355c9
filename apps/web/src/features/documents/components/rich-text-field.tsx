import { Stack, Text, Title } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor, type Editor } from '@tiptap/react';
import type { RefObject } from 'react';
import StarterKit from '@tiptap/starter-kit';
import { FormattingControls } from './formatting-controls';

/**
 * What a paragraph may carry, and no more: the API keeps emphasis, lists and links and drops the
 * rest, so the editor offers nothing it would drop.
 */
const paragraphExtensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    trailingNode: false,
    link: false,
  }),
  // The API stores links with this rel and no target; the same here keeps a saved text unchanged on reload.
  Link.configure({ openOnClick: false, HTMLAttributes: { target: null, rel: 'noopener noreferrer' } }),
];

export interface ParagraphTextEditorOptions {
  content: string;
  /** The id of the element that names the editor. */
  labelledBy: string;
  describedBy?: string;
  /** Keys the draft handles itself (Enter splits, Backspace at the start merges); true when handled. */
  keyDown?: RefObject<((event: KeyboardEvent) => boolean) | null>;
}

/** A rich-text editor for one paragraph's HTML, announced as a multi-line text box with the given name. */
export function useParagraphTextEditor({
  content,
  labelledBy,
  describedBy,
  keyDown,
}: ParagraphTextEditorOptions): Editor {
  return useEditor({
    extensions: paragraphExtensions,
    content,
    editorProps: {
      handleKeyDown: (_view, event) => keyDown?.current?.(event) ?? false,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
  });
}

export interface RichTextFieldProps {
  editor: Editor;
  label: string;
  labelId: string;
  /** Shows the label as a heading of that level (the columns of the reconcile panel). */
  headingOrder?: 4;
}

/** The editor with its label and the formatting a paragraph may use: bold, italic, lists and links. */
export function RichTextField({ editor, label, labelId, headingOrder }: RichTextFieldProps) {
  return (
    <Stack gap={4}>
      {headingOrder ? (
        <Title order={headingOrder} fz="sm" id={labelId}>
          {label}
        </Title>
      ) : (
        <Text component="div" size="sm" fw={500} id={labelId}>
          {label}
        </Text>
      )}
      <RichTextEditor editor={editor}>
        <RichTextEditor.Toolbar>
          <FormattingControls />
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Stack>
  );
}
