import { ActionIcon, Box, Button, Fieldset, Group, Input, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { limits } from '@plenary/shared';
import { useEffect, useId, useRef } from 'react';

export interface PrincipleValues {
  name: string;
  description: string;
}

/** What the API accepts: a short name and a description of up to 2,000 characters, at most 20 principles. */
export const principleLimits = { items: 20, name: limits.shortText, description: 2_000 } as const;

export interface PrinciplesEditorProps {
  values: readonly PrincipleValues[];
  onChange: (values: PrincipleValues[]) => void;
  error?: string;
}

/** The group's principles as name and description pairs ("Plus": observers from outside the region). */
export function PrinciplesEditor({ values, onChange, error }: PrinciplesEditorProps) {
  const errorId = useId();
  const container = useRef<HTMLFieldSetElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // After adding or removing, the focus goes to what the person works on next, never to the page's top.
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    container.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
  });

  function update(index: number, field: keyof PrincipleValues, value: string) {
    onChange(values.map((principle, i) => (i === index ? { ...principle, [field]: value } : principle)));
  }

  function handleAdd() {
    onChange([...values, { name: '', description: '' }]);
    pendingFocus.current = `name-${values.length}`;
  }

  function handleRemove(index: number) {
    onChange(values.filter((_, i) => i !== index));
    pendingFocus.current = values.length === 1 ? 'add' : `name-${Math.min(index, values.length - 2)}`;
  }

  return (
    <Fieldset
      ref={container}
      legend="Principles"
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed" mt={-4}>
          How the group works, e.g. “Open”: any issue is on the table.
        </Text>
        {values.length > 0 && (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {values.map((principle, index) => (
              <Box component="li" key={index}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                    <TextInput
                      data-focus-key={`name-${index}`}
                      label={`Principle ${index + 1} name`}
                      maxLength={principleLimits.name}
                      value={principle.name}
                      onChange={(event) => {
                        update(index, 'name', event.currentTarget.value);
                      }}
                    />
                    <Textarea
                      label={`Principle ${index + 1} description`}
                      autosize
                      minRows={2}
                      maxRows={6}
                      maxLength={principleLimits.description}
                      value={principle.description}
                      onChange={(event) => {
                        update(index, 'description', event.currentTarget.value);
                      }}
                    />
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={24}
                    aria-label={`Remove principle ${index + 1}`}
                    onClick={() => {
                      handleRemove(index);
                    }}
                  >
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                </Group>
              </Box>
            ))}
          </Stack>
        )}
        {error !== undefined && <Input.Error id={errorId}>{error}</Input.Error>}
        {values.length < principleLimits.items && (
          <Group>
            <Button data-focus-key="add" variant="subtle" size="compact-sm" onClick={handleAdd}>
              Add a principle
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
