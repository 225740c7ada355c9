import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Select, Stack, Switch, Text, Title, type MantineColor } from '@mantine/core';
import { useId, useState } from 'react';
import { graphql } from '../../../__generated__';
import { ParagraphChange, type VersionCompareVersionsQuery } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { documentDownloadUrl } from '../../../lib/downloads';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { Redline } from '../../../ui/redline';

export const versionCompareVersionsQuery = graphql(`
  query VersionCompareVersions($id: ID!) {
    document(id: $id) {
      id
      versions {
        id
        number
        isWorking
        isFinal
        round {
          id
          number
        }
      }
    }
  }
`);

export const documentComparisonQuery = graphql(`
  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {
    documentComparison(documentId: $documentId, from: $from, to: $to) {
      from
      to
      paragraphs {
        paragraphId
        number
        kind
        change
        segments {
          kind
          text
        }
      }
    }
  }
`);

type Version = VersionCompareVersionsQuery['document']['versions'][number];

function versionLabel(version: Version): string {
  if (version.isWorking) return `Version ${version.number} (working draft)`;
  if (version.isFinal) return `Version ${version.number} (final)`;
  if (version.round) return `Version ${version.number} (circulated in round ${version.round.number})`;
  return `Version ${version.number}`;
}

const changeLabels: Record<ParagraphChange, string> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  CHANGED: 'Changed',
  UNCHANGED: 'Unchanged',
};

const changeColors: Record<ParagraphChange, MantineColor> = {
  ADDED: 'green',
  REMOVED: 'red',
  CHANGED: 'orange',
  UNCHANGED: 'gray',
};

interface ComparisonProps {
  documentId: string;
  from: number;
  to: number;
  onlyChanges: boolean;
}

function Comparison({ documentId, from, to, onlyChanges }: ComparisonProps) {
  const { data, loading, error, refetch } = useQuery(documentComparisonQuery, {
    variables: { documentId, from, to },
  });
  const headingId = useId();

  if (loading && !data) return <LoadingState label="Comparing the versions…" />;
  if (!data) {
    return (
      <ErrorState
        title="The versions could not be compared"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  const comparison = data.documentComparison;
  const changed = comparison.paragraphs.filter((paragraph) => paragraph.change !== ParagraphChange.Unchanged);
  const shown = onlyChanges ? changed : comparison.paragraphs;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby={headingId}>
      <Stack gap="lg" maw="48rem">
        <Stack gap={2}>
          <Title order={3} fz="h4" id={headingId}>
            Changes from version {comparison.from} to version {comparison.to}
          </Title>
          <Text size="sm" c="dimmed">
            Added text is underlined in green, removed text struck through in red.{' '}
            {changed.length === 1 ? '1 paragraph changed.' : `${changed.length} paragraphs changed.`}
          </Text>
        </Stack>
        {shown.length === 0 ? (
          <Text c="dimmed">The two versions read the same.</Text>
        ) : (
          <Stack gap="md" component="ol" aria-label="Paragraphs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((paragraph) => (
              <Stack key={paragraph.paragraphId} gap={4} component="li">
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {paragraph.number === null ? 'Heading' : `Paragraph ${paragraph.number}`}
                  </Text>
                  <Badge variant="light" color={changeColors[paragraph.change]} c="dark.7" size="sm">
                    {changeLabels[paragraph.change]}
                  </Badge>
                </Group>
                <Redline segments={paragraph.segments} />
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

export interface VersionCompareProps {
  documentId: string;
}

/** A word-by-word redline between any two versions the viewer may read, paragraph by paragraph. */
export function VersionCompare({ documentId }: VersionCompareProps) {
  const { data, loading, error, refetch } = useQuery(versionCompareVersionsQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  // Until the person chooses, the two newest versions are compared.
  const [choice, setChoice] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const [onlyChanges, setOnlyChanges] = useState(false);

  if (loading && !data) return <LoadingState label="Loading the versions…" />;
  if (!data) {
    return (
      <ErrorState
        title="The versions could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  const versions = data.document.versions;
  if (versions.length < 2) {
    return (
      <EmptyState
        title="Only one version so far"
        description="Once the text has been circulated, each version can be compared with any other here."
      />
    );
  }
  const numbers = versions.map((version) => version.number);
  const to = choice.to !== null && numbers.includes(choice.to) ? choice.to : numbers[numbers.length - 1]!;
  const from =
    choice.from !== null && numbers.includes(choice.from)
      ? choice.from
      : ([...numbers].reverse().find((number) => number < to) ?? numbers[0]!);
  const options = [...versions].reverse().map((version) => ({
    value: String(version.number),
    label: versionLabel(version),
  }));

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label="From version"
          data={options}
          value={String(from)}
          onChange={(value) => {
            if (value !== null) setChoice((current) => ({ ...current, from: Number(value) }));
          }}
          allowDeselect={false}
          w={280}
        />
        <Select
          label="To version"
          data={options}
          value={String(to)}
          onChange={(value) => {
            if (value !== null) setChoice((current) => ({ ...current, to: Number(value) }));
          }}
          allowDeselect={false}
          w={280}
        />
        <Switch
          label="Show only changes"
          checked={onlyChanges}
          onChange={(event) => {
            setOnlyChanges(event.currentTarget.checked);
          }}
          mb={8}
        />
      </Group>
      {from === to ? (
        <Text c="dimmed">Choose two different versions to compare.</Text>
      ) : (
        <>
          <Anchor href={documentDownloadUrl(documentId, `redline.docx?from=${from}&to=${to}`)} download>
            Download redline (Word)
          </Anchor>
          <Comparison documentId={documentId} from={from} to={to} onlyChanges={onlyChanges} />
        </>
      )}
    </Stack>
  );
}
