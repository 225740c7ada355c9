import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface NotFoundStateProps {
  title: string;
  message: string;
  backTo: string;
  backLabel: string;
}

/** A page whose object does not exist, or is not one the viewer may see (the API does not say which). */
export function NotFoundState({ title, message, backTo, backLabel }: NotFoundStateProps) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="h2">
          {title}
        </Title>
        <Text>{message}</Text>
        <Anchor component={Link} to={backTo}>
          {backLabel}
        </Anchor>
      </Stack>
    </Paper>
  );
}
