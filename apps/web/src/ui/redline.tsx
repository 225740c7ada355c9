import { Text, VisuallyHidden } from '@mantine/core';
import { DiffKind, type ReportComparisonQuery } from '../__generated__/graphql';

export type DiffSegments = ReportComparisonQuery['reportComparison']['summary'];

// Body-coloured text: green on the green tint would be too faint to read; the underline carries the colour.
const insStyle = {
  backgroundColor: 'var(--mantine-color-green-light)',
  textDecorationLine: 'underline',
  textDecorationColor: 'var(--mantine-color-green-7)',
  textDecorationThickness: 2,
};

const delStyle = {
  color: 'var(--mantine-color-red-9)',
  backgroundColor: 'var(--mantine-color-red-light)',
  textDecorationLine: 'line-through',
  textDecorationColor: 'var(--mantine-color-red-7)',
};

// Where words were removed, in the final reading: a small mark that names them on hover.
const removedMarkStyle = {
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'none',
  fontSize: '0.8em',
  fontWeight: 700,
  verticalAlign: 'super',
  lineHeight: 0,
  padding: '0 2px',
  cursor: 'help',
};

/**
 * How a redline reads: every change inline (removed words struck through beside the new ones), or
 * the final text with its changes marked (new words underlined, removed ones a red ⌃ to hover).
 */
export type RedlineReading = 'inline' | 'final';

export interface RedlineProps {
  segments: DiffSegments;
  reading?: RedlineReading;
}

/**
 * Text with what was added underlined in green and what was removed struck through in red (or, in
 * the final reading, marked where it stood). Screen readers do not announce <ins> and <del>
 * themselves, so each change says what it is.
 */
export function Redline({ segments, reading = 'inline' }: RedlineProps) {
  if (segments.every((segment) => segment.text.trim() === '')) {
    return (
      <Text c="dimmed" fs="italic">
        Empty in both revisions.
      </Text>
    );
  }
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((segment, index) => {
        // A change of spacing alone is shown but not read out.
        const spoken = segment.text.trim() !== '';
        switch (segment.kind) {
          case DiffKind.Added:
            return (
              <ins key={index} style={insStyle}>
                {spoken && <VisuallyHidden component="span">[added: </VisuallyHidden>}
                {segment.text}
                {spoken && <VisuallyHidden component="span">]</VisuallyHidden>}
              </ins>
            );
          case DiffKind.Removed:
            if (reading === 'final') {
              if (!spoken) return null;
              return (
                <del key={index} title={`Removed: ${segment.text.trim()}`} style={removedMarkStyle}>
                  <VisuallyHidden component="span">[removed: {segment.text}]</VisuallyHidden>
                  <span aria-hidden="true">⌃</span>
                </del>
              );
            }
            return (
              <del key={index} style={delStyle}>
                {spoken && <VisuallyHidden component="span">[removed: </VisuallyHidden>}
                {segment.text}
                {spoken && <VisuallyHidden component="span">]</VisuallyHidden>}
              </del>
            );
          case DiffKind.Same:
            return <span key={index}>{segment.text}</span>;
        }
      })}
    </Text>
  );
}
