import { Progress, Stack, Text } from '@mantine/core';

/** "12 of 15 comments have a disposition; 3 remain". */
export function progressText(disposed: number, total: number): string {
  if (total > 0 && disposed === total) {
    return total === 1 ? 'The one comment has a disposition' : `All ${total} comments have a disposition`;
  }
  const remaining = total - disposed;
  return `${disposed} of ${total} ${total === 1 ? 'comment has' : 'comments have'} a disposition; ${remaining} remain${remaining === 1 ? 's' : ''}`;
}

export interface DispositionProgressProps {
  disposed: number;
  total: number;
}

/** How far the co-chairs are with the round's dispositions, in words and as a bar. */
export function DispositionProgress({ disposed, total }: DispositionProgressProps) {
  return (
    <Stack gap={4}>
      <Text size="sm">{progressText(disposed, total)}</Text>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label="Comments with a disposition"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={disposed}
        aria-valuetext={progressText(disposed, total)}
      >
        <Progress.Section
          value={(disposed / total) * 100}
          withAria={false}
          color={disposed === total ? 'green' : 'plenary'}
        />
      </Progress.Root>
    </Stack>
  );
}
