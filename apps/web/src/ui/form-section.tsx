import { Fieldset, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormSectionProps {
  /** Read out by screen readers before each input of the section. */
  legend: string;
  children: ReactNode;
}

/** A titled group of a long form's inputs: a fieldset whose legend looks like a section heading. */
export function FormSection({ legend, children }: FormSectionProps) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{
        legend: {
          fontSize: 'var(--mantine-font-size-lg)',
          fontWeight: 600,
          marginBottom: 'var(--mantine-spacing-sm)',
        },
      }}
    >
      <Stack gap="md">{children}</Stack>
    </Fieldset>
  );
}
