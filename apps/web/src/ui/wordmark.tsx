import { Text } from '@mantine/core';

export interface WordmarkProps {
  size?: 'md' | 'lg';
}

/** "Plenary", set as the product's name (not a heading: each page has its own h1). */
export function Wordmark({ size = 'md' }: WordmarkProps) {
  return (
    <Text component="span" fw={700} fz={size === 'lg' ? 28 : 20} c="plenary.8" lts={0.3} lh={1}>
      Plenary
    </Text>
  );
}
