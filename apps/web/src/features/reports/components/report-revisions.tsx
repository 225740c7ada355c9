import { useQuery } from '@apollo/client/react';
import { Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type SubmitEvent } from 'react';
import type { ReportPanel_ReportFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { Moment } from '../../../ui/moment';
import { reportComparisonQuery } from '../graphql/report-queries';
import { Redline } from '../../../ui/redline';

interface ComparisonProps {
  reportId: string;
  from: number;
  to: number;
}

/** What changed from one revision to another, the summary first, then section by section. */
function Comparison({ reportId, from, to }: ComparisonProps) {
  const { data, loading, error, refetch } = useQuery(reportComparisonQuery, { variables: { reportId, from, to } });
  const headingId = useId();

  if (loading && !data) return <LoadingState label="Comparing the revisions…" />;
  if (!data) {
    return (
      <ErrorState
        title="The revisions could not be compared"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  const comparison = data.reportComparison;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby={headingId}>
      <Stack gap="lg" maw="48rem">
        <Stack gap={2}>
          <Title order={4} id={headingId}>
            Changes from revision {comparison.from} to revision {comparison.to}
          </Title>
          <Text size="sm" c="dimmed">
            Added text is underlined in green, removed text struck through in red.
          </Text>
        </Stack>
        <Stack gap="xs">
          <Title order={5}>Summary</Title>
          <Redline segments={comparison.summary} />
        </Stack>
        {comparison.sections.map((section, index) => (
          <Stack gap="xs" key={index}>
            <Title order={5}>{section.heading}</Title>
            <Redline segments={section.segments} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

export interface ReportRevisionsProps {
  report: Pick<ReportPanel_ReportFragment, 'id' | 'revision' | 'revisions'>;
}

/** Every saved revision, newest first, and a redline between any two of them. */
export function ReportRevisions({ report }: ReportRevisionsProps) {
  const headingId = useId();
  const numbers = report.revisions.map((revision) => revision.number);
  // Until the person chooses, the comparison is of the latest change: the revision before the current one, to it.
  const [choice, setChoice] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const [compared, setCompared] = useState<{ from: number; to: number }>();
  const [error, setError] = useState<string>();
  const to = choice.to ?? report.revision;
  const from = choice.from ?? numbers.find((number) => number < to) ?? to;
  const options = numbers.map((number) => ({
    value: String(number),
    label: number === report.revision ? `Revision ${number} (current)` : `Revision ${number}`,
  }));

  function handleCompare(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (from === to) {
      setError('Choose two different revisions.');
      return;
    }
    setError(undefined);
    setCompared({ from, to });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        Revisions
      </Title>
      <List size="sm" spacing={4} listStyleType="none" aria-label="Saved revisions, newest first">
        {report.revisions.map((revision) => (
          <List.Item key={revision.number}>
            <Text span fw={500} size="sm">
              Revision {revision.number}
              {revision.number === report.revision && ' (current)'}
            </Text>{' '}
            <Text span c="dimmed" size="sm">
              · <Moment at={revision.createdAt} />
              {revision.author && ` · ${revision.author.name}`}
            </Text>
          </List.Item>
        ))}
      </List>
      {numbers.length >= 2 && (
        <form noValidate onSubmit={handleCompare} aria-label="Compare two revisions">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label="From revision"
              data={options}
              value={String(from)}
              onChange={(event) => {
                setChoice((current) => ({ ...current, from: Number(event.currentTarget.value) }));
              }}
              error={error}
            />
            <NativeSelect
              label="To revision"
              data={options}
              value={String(to)}
              onChange={(event) => {
                setChoice((current) => ({ ...current, to: Number(event.currentTarget.value) }));
              }}
            />
            <Button type="submit" variant="default">
              Compare
            </Button>
          </Group>
        </form>
      )}
      {compared && <Comparison reportId={report.id} from={compared.from} to={compared.to} />}
    </Stack>
  );
}
