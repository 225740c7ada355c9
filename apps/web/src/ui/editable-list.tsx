import { ActionIcon, Box, Button, Fieldset, Group, Input, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useId, useRef, type ChangeEvent } from 'react';

export interface EditableListProps {
  /** The list's name, read before each of its inputs: "Objectives". */
  legend: string;
  description?: string;
  /** What one entry is called, for labels: "Objective" gives "Objective 2", "Move objective 2 up". */
  itemName: string;
  /** "Add an objective". */
  addLabel: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  maxLength?: number;
  maxItems?: number;
  /** Grows with its text, for entries longer than a line. */
  multiline?: boolean;
  /** How an entry is numbered, in labels and beside its input: "1." by default, "(a)" for a lettered list. */
  marker?: (index: number) => string;
  error?: string;
}

function numbered(index: number): string {
  return `${index + 1}.`;
}

type Control = 'input' | 'up' | 'down' | 'add';

/**
 * An ordered list of short texts to add to, remove from and reorder, all with the keyboard. After each
 * change the focus stays with what the person was working on, so they never lose their place.
 */
export function EditableList({
  legend,
  description,
  itemName,
  addLabel,
  values,
  onChange,
  maxLength,
  maxItems = 30,
  multiline = false,
  marker = numbered,
  error,
}: EditableListProps) {
  const errorId = useId();
  const container = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const lowerName = itemName.toLowerCase();

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    container.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
  });

  function focusAfterRender(control: Control, index?: number) {
    pendingFocus.current = index === undefined ? control : `${control}-${index}`;
  }

  function handleAdd() {
    onChange([...values, '']);
    focusAfterRender('input', values.length);
  }

  function handleRemove(index: number) {
    onChange(values.filter((_, i) => i !== index));
    if (values.length === 1) focusAfterRender('add');
    else focusAfterRender('input', Math.min(index, values.length - 2));
  }

  function handleMove(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= values.length) return;
    const next = [...values];
    [next[index], next[target]] = [next[target] ?? '', next[index] ?? ''];
    onChange(next);
    focusAfterRender(by === -1 ? 'up' : 'down', target);
  }

  return (
    <Fieldset
      ref={container}
      legend={legend}
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
    >
      <Stack gap="xs">
        {description !== undefined && (
          <Text size="xs" c="dimmed" mt={-4}>
            {description}
          </Text>
        )}
        {values.length > 0 && (
          <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {values.map((value, index) => {
              // "Objective 2" for a numbered list (without the marker's full stop), "Objective (b)" for a lettered one.
              const name = marker(index).replace(/\.$/, '');
              const label = `${itemName} ${name}`;
              const first = index === 0;
              const last = index === values.length - 1;
              const inputProps = {
                'data-focus-key': `input-${index}`,
                'aria-label': label,
                value,
                maxLength,
                style: { flex: 1, minWidth: 0 },
                onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
                  const next = [...values];
                  next[index] = event.currentTarget.value;
                  onChange(next);
                },
              };
              return (
                <Box component="li" key={index}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Text size="sm" c="dimmed" w="1.75rem" ta="right" pt={6} aria-hidden>
                      {marker(index)}
                    </Text>
                    {multiline ? (
                      <Textarea autosize minRows={1} maxRows={6} {...inputProps} />
                    ) : (
                      <TextInput {...inputProps} />
                    )}
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        data-focus-key={`up-${index}`}
                        variant="subtle"
                        color="gray"
                        size="lg"
                        aria-label={`Move ${lowerName} ${name} up`}
                        // Stays focusable at the top of the list, so the focus is not lost after the last move.
                        data-disabled={first || undefined}
                        aria-disabled={first || undefined}
                        onClick={() => {
                          handleMove(index, -1);
                        }}
                      >
                        <span aria-hidden>↑</span>
                      </ActionIcon>
                      <ActionIcon
                        data-focus-key={`down-${index}`}
                        variant="subtle"
                        color="gray"
                        size="lg"
                        aria-label={`Move ${lowerName} ${name} down`}
                        data-disabled={last || undefined}
                        aria-disabled={last || undefined}
                        onClick={() => {
                          handleMove(index, 1);
                        }}
                      >
                        <span aria-hidden>↓</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={`Remove ${lowerName} ${name}`}
                        onClick={() => {
                          handleRemove(index);
                        }}
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    </Group>
                  </Group>
                </Box>
              );
            })}
          </Stack>
        )}
        {error !== undefined && <Input.Error id={errorId}>{error}</Input.Error>}
        {values.length < maxItems && (
          <Group>
            <Button data-focus-key="add" variant="subtle" size="compact-sm" onClick={handleAdd}>
              {addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
