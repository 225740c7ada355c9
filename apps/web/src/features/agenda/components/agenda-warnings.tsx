import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';

export interface AgendaWarningsProps {
  warnings: readonly { message: string; itemIds: readonly string[] }[];
}

function showItem(itemId: string) {
  const element = document.getElementById(`agenda-item-${itemId}`);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/** For organisers: what to look at before the agenda goes out. None of it stops a save. */
export function AgendaWarnings({ warnings }: AgendaWarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="agenda-warnings-heading">
      <Title order={3} fz="h5" id="agenda-warnings-heading">
        {warnings.length === 1 ? 'One thing to check' : `${warnings.length} things to check`}
      </Title>
      <Text size="sm" c="dimmed" mt={-4}>
        Only organisers see these. They do not stop you saving or adopting the agenda.
      </Text>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {warnings.map((warning, index) => {
          const [firstItem] = warning.itemIds;
          return (
            <li key={index}>
              <Alert color="yellow" variant="light" role="note" py="xs">
                <Text size="sm" span c="var(--mantine-color-text)">
                  {warning.message}
                </Text>{' '}
                {firstItem !== undefined && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      showItem(firstItem);
                    }}
                  >
                    Show the item
                  </Anchor>
                )}
              </Alert>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
