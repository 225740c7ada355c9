import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
  type MantineColor,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { graphql } from '../../../__generated__';
import {
  DiffKind,
  type DocumentComparisonQuery,
  ParagraphChange,
  type VersionCompareVersionsQuery,
} from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { documentDownloadUrl } from '../../../lib/downloads';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { Redline, type RedlineReading } from '../../../ui/redline';
import { documentComparisonQuery } from '../graphql/document-queries';

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

type Version = VersionCompareVersionsQuery['document']['versions'][number];

function versionLabel(version: Version): string {
  if (version.isWorking) return `Version ${version.number} (working draft)`;
  if (version.isFinal) return `Version ${version.number} (final)`;
  if (version.round) return `Version ${version.number} (circulated in round ${version.round.number})`;
  return `Version ${version.number}`;
}

type ComparedParagraph = DocumentComparisonQuery['documentComparison']['paragraphs'][number];

const changeColors: Record<ParagraphChange, MantineColor> = {
  ADDED: 'green',
  REMOVED: 'red',
  CHANGED: 'orange',
  UNCHANGED: 'gray',
  MOVED: 'blue',
  MOVED_AWAY: 'blue',
};

function changeLabel(paragraph: ComparedParagraph): string {
  switch (paragraph.change) {
    case ParagraphChange.Added:
      return 'Added';
    case ParagraphChange.Removed:
      return 'Removed';
    case ParagraphChange.Changed:
      return 'Changed';
    case ParagraphChange.Unchanged:
      return 'Unchanged';
    case ParagraphChange.Moved:
      return paragraph.previousNumber === null ? 'Moved here' : `Moved from paragraph ${paragraph.previousNumber}`;
    case ParagraphChange.MovedAway:
      return paragraph.number === null ? 'Moved' : `Moved to paragraph ${paragraph.number}`;
  }
}

/** "Paragraph 4"; for text no longer there, where it stood: "Paragraph 3 of version 1". */
function paragraphName(paragraph: ComparedParagraph, from: number): string {
  if (paragraph.change === ParagraphChange.MovedAway || paragraph.change === ParagraphChange.Removed) {
    return paragraph.previousNumber === null
      ? `Heading of version ${from}`
      : `Paragraph ${paragraph.previousNumber} of version ${from}`;
  }
  return paragraph.number === null ? 'Heading' : `Paragraph ${paragraph.number}`;
}

/** Whether the paragraph's wording changed, as opposed to its place alone. */
function reworded(paragraph: ComparedParagraph): boolean {
  return paragraph.segments.some((segment) => segment.kind !== DiffKind.Same);
}

interface ComparisonProps {
  documentId: string;
  from: number;
  to: number;
  onlyChanges: boolean;
  reading: RedlineReading;
}

function Comparison({ documentId, from, to, onlyChanges, reading }: ComparisonProps) {
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
  // A move is one change, counted where the paragraph now stands.
  const changed = comparison.paragraphs.filter(
    (paragraph) => paragraph.change !== ParagraphChange.Unchanged && paragraph.change !== ParagraphChange.MovedAway,
  );
  // The final text has nothing where a paragraph moved from; removed text stays as a mark.
  const present = comparison.paragraphs.filter(
    (paragraph) => reading === 'inline' || paragraph.change !== ParagraphChange.MovedAway,
  );
  const shown = onlyChanges ? present.filter((paragraph) => paragraph.change !== ParagraphChange.Unchanged) : present;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby={headingId}>
      <Stack gap="lg" maw="48rem">
        <Stack gap={2}>
          <Title order={3} fz="h4" id={headingId}>
            Changes from version {comparison.from} to version {comparison.to}
          </Title>
          <Text size="sm" c="dimmed">
            {reading === 'inline'
              ? 'Added text is underlined in green, removed text struck through in red.'
              : 'The text as it now reads: added text underlined in green, a red ⌃ where words were removed (hover to read them).'}{' '}
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
                    {paragraphName(paragraph, comparison.from)}
                  </Text>
                  <Badge variant="light" color={changeColors[paragraph.change]} c="dark.7" size="sm">
                    {changeLabel(paragraph)}
                  </Badge>
                  {paragraph.change === ParagraphChange.Moved && reworded(paragraph) && (
                    <Badge variant="light" color={changeColors.CHANGED} c="dark.7" size="sm">
                      Changed
                    </Badge>
                  )}
                </Group>
                {paragraph.change === ParagraphChange.MovedAway ? (
                  <Text size="sm" c="dimmed" fs="italic">
                    It stood here in version {comparison.from}.
                  </Text>
                ) : paragraph.change === ParagraphChange.Removed && reading === 'final' ? (
                  <Text size="sm" c="dimmed" fs="italic" title={paragraph.segments.map((s) => s.text).join('')}>
                    Removed from here.
                  </Text>
                ) : (
                  <Redline segments={paragraph.segments} reading={reading} />
                )}
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

/**
 * A redline between any two versions the viewer may read, paragraph by paragraph: changes grouped
 * into phrases, moved paragraphs shown as moved, read with every change inline or as the final
 * text with its changes marked.
 */
export function VersionCompare({ documentId }: VersionCompareProps) {
  const { data, loading, error, refetch } = useQuery(versionCompareVersionsQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  // Until the person chooses, the two newest versions are compared.
  const [choice, setChoice] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [reading, setReading] = useState<RedlineReading>('inline');
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });

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
      <SegmentedControl
        aria-label="Reading"
        value={reading}
        onChange={(value) => {
          setReading(value === 'final' ? 'final' : 'inline');
        }}
        data={[
          { value: 'inline', label: 'All changes inline' },
          { value: 'final', label: 'Final with changes marked' },
        ]}
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        w={phone ? undefined : 'fit-content'}
      />
      {from === to ? (
        <Text c="dimmed">Choose two different versions to compare.</Text>
      ) : (
        <>
          <Anchor href={documentDownloadUrl(documentId, `redline.docx?from=${from}&to=${to}`)} download>
            Download redline (Word)
          </Anchor>
          <Comparison documentId={documentId} from={from} to={to} onlyChanges={onlyChanges} reading={reading} />
        </>
      )}
    </Stack>
  );
}
