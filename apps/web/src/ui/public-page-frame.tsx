import { Box, Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Wordmark } from './wordmark';

export interface PublicPageFrameProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The frame of the pages a person sees before signing in: sign-in and invitation links. */
export function PublicPageFrame({ title, description, children }: PublicPageFrameProps) {
  return (
    <Box bg="gray.0" mih="100dvh">
      <Center mih="100dvh" py="xl">
        <Container size={440} w="100%" px="md">
          <Stack gap="lg">
            <Center component="header">
              <Wordmark size="lg" />
            </Center>
            <Box component="main">
              <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
                <Stack gap="md">
                  <Stack gap={4}>
                    <Title order={1} fz="h2">
                      {title}
                    </Title>
                    {description !== undefined && <Text c="dimmed">{description}</Text>}
                  </Stack>
                  {children}
                </Stack>
              </Paper>
            </Box>
            <Text component="footer" size="xs" c="dimmed" ta="center">
              Plenary: expert meetings, study groups and their follow-up in one place.
            </Text>
          </Stack>
        </Container>
      </Center>
    </Box>
  );
}
