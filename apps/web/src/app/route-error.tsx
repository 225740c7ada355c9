import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';

/** Shown instead of a blank page when rendering a route throws. */
export function RouteError() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1} fz="h2">
          Something went wrong
        </Title>
        <Text>This page could not be shown. Nothing you saved has been lost. Reloading usually helps.</Text>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </Button>
      </Stack>
    </Container>
  );
}
