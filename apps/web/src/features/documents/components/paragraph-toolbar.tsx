import { ActionIcon, Button, Group } from '@mantine/core';
import { useRef } from 'react';
import type { StructureChange } from '../hooks/use-paragraph-structure';

export interface ParagraphToolbarProps {
  /** "paragraph 3": names every button for screen readers. */
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The change on its way, whose button spins. */
  busy: StructureChange | null;
  saving: boolean;
  /** `onMoved` is told once the paragraph has moved. */
  onMove: (direction: 'up' | 'down', onMoved: () => void) => void;
  onSplit: () => void;
  /** Absent for the last paragraph, which has none to merge with. */
  onMerge: (() => void) | undefined;
  onDelete: () => void;
  onSave: () => void;
}

/** The paragraph's moves and changes of structure, and its Save button. */
export function ParagraphToolbar({
  name,
  canMoveUp,
  canMoveDown,
  busy,
  saving,
  onMove,
  onSplit,
  onMerge,
  onDelete,
  onSave,
}: ParagraphToolbarProps) {
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);

  function handleMove(direction: 'up' | 'down') {
    onMove(direction, () => {
      // Moving the card in the page can take the focus away from the button pressed.
      window.setTimeout(() => {
        (direction === 'up' ? upButton : downButton).current?.focus();
      }, 0);
    });
  }

  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Group gap={4} wrap="wrap">
        <ActionIcon
          ref={upButton}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={`Move ${name} up`}
          // Stays focusable at the top, so the focus is not lost after the last move.
          data-disabled={!canMoveUp || undefined}
          aria-disabled={!canMoveUp || undefined}
          loading={busy === 'up'}
          onClick={() => {
            handleMove('up');
          }}
        >
          <span aria-hidden>↑</span>
        </ActionIcon>
        <ActionIcon
          ref={downButton}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={`Move ${name} down`}
          data-disabled={!canMoveDown || undefined}
          aria-disabled={!canMoveDown || undefined}
          loading={busy === 'down'}
          onClick={() => {
            handleMove('down');
          }}
        >
          <span aria-hidden>↓</span>
        </ActionIcon>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={`Split ${name} at the cursor`}
          loading={busy === 'split'}
          onClick={onSplit}
        >
          Split
        </Button>
        {onMerge && (
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={`Merge ${name} with next`}
            loading={busy === 'merge'}
            onClick={onMerge}
          >
            Merge
          </Button>
        )}
        <Button variant="subtle" color="red" size="compact-sm" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </Button>
      </Group>
      <Button size="compact-md" aria-label={`Save ${name}`} loading={saving} onClick={onSave}>
        Save
      </Button>
    </Group>
  );
}
