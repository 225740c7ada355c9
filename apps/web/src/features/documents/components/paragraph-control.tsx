import { Loader, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { ParagraphKind, paragraphKindLabels } from '@plenary/shared';
import type { DocumentParagraph_ParagraphFragment } from '../../../__generated__/graphql';
import type { StructureChange } from '../hooks/use-paragraph-structure';
import { paragraphName, paragraphReference } from './document-text-format';

/** The drag of a paragraph by its handle in the gutter carries its identity under this type. */
export const PARAGRAPH_DRAG_TYPE = 'application/x-plenary-paragraph';

export interface ParagraphControlProps {
  paragraph: DocumentParagraph_ParagraphFragment;
  /** The kind as being edited (it may not be saved yet). */
  kind: ParagraphKind;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The change on its way, shown spinning. */
  busy: StructureChange | null;
  onKind: (kind: ParagraphKind) => void;
  onMove: (direction: 'up' | 'down') => void;
  onSplit: () => void;
  /** Absent for the last paragraph, which has none to merge with. */
  onMerge: (() => void) | undefined;
  onAddAfter: () => void;
  onDelete: () => void;
}

const kinds = Object.values(ParagraphKind);

/**
 * The paragraph's number in the gutter, which is also its handle: dragged, it moves the paragraph;
 * pressed, it offers the kind and the changes of structure (each with its key in the text).
 */
export function ParagraphControl({
  paragraph,
  kind,
  canMoveUp,
  canMoveDown,
  busy,
  onKind,
  onMove,
  onSplit,
  onMerge,
  onAddAfter,
  onDelete,
}: ParagraphControlProps) {
  const name = paragraphName(paragraph);
  const mark = paragraph.number === null ? '¶' : String(paragraph.number);

  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={250}>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Options for ${name}`}
          title="Drag to move; press for options"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(PARAGRAPH_DRAG_TYPE, paragraph.paragraphId);
            event.dataTransfer.effectAllowed = 'move';
          }}
          px={6}
          py={2}
          style={{ borderRadius: 'var(--mantine-radius-sm)', cursor: 'grab' }}
          className="doc-handle"
        >
          {busy !== null ? (
            <Loader size={14} />
          ) : (
            <Text fw={600} c="dimmed" ta="right" span>
              {mark}
            </Text>
          )}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown aria-label={`Options for ${name}`}>
        <Menu.Label>Kind</Menu.Label>
        {kinds.map((candidate) => (
          <Menu.Item
            key={candidate}
            leftSection={
              <Text span w="1em" aria-hidden>
                {candidate === kind ? '✓' : ''}
              </Text>
            }
            onClick={() => {
              if (candidate !== kind) onKind(candidate);
            }}
          >
            {paragraphKindLabels[candidate]}
            {candidate === kind && <VisuallyHidden> (current)</VisuallyHidden>}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          aria-label={`Move ${name} up`}
          disabled={!canMoveUp}
          rightSection={<Text size="xs">Alt+Shift+↑</Text>}
          onClick={() => {
            onMove('up');
          }}
        >
          Move up
        </Menu.Item>
        <Menu.Item
          aria-label={`Move ${name} down`}
          disabled={!canMoveDown}
          rightSection={<Text size="xs">Alt+Shift+↓</Text>}
          onClick={() => {
            onMove('down');
          }}
        >
          Move down
        </Menu.Item>
        <Menu.Item
          aria-label={`Split ${name} at the cursor`}
          rightSection={<Text size="xs">Enter</Text>}
          onClick={onSplit}
        >
          Split at the cursor
        </Menu.Item>
        {onMerge && (
          <Menu.Item
            aria-label={`Merge ${name} with next`}
            rightSection={<Text size="xs">Delete at end</Text>}
            onClick={onMerge}
          >
            Merge with next
          </Menu.Item>
        )}
        <Menu.Item
          aria-label={`Add paragraph after ${paragraphReference(paragraph)}`}
          rightSection={<Text size="xs">Enter at end</Text>}
          onClick={onAddAfter}
        >
          Add paragraph after
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
