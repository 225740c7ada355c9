import '@mantine/charts/styles.css';
import { BarChart, type BarChartSeries } from '@mantine/charts';
import { Box, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import {
  issueAreaLabels,
  recommendationStatusLabels,
  recommendationStatusMachine,
  type RecommendationStatus,
} from '@plenary/shared';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { registryChartsFragment } from '../graphql/registry-queries';
import { statusColors } from './recommendation-text';

const statuses = recommendationStatusMachine.states;

const series: BarChartSeries[] = statuses.map((status) => ({
  name: status,
  label: recommendationStatusLabels[status],
  color: `${statusColors[status]}.6`,
}));

type Counts = readonly { status: RecommendationStatus; count: number }[];

/** One chart row: its label and a column per status. */
function chartRow(label: string, counts: Counts): Record<string, string | number> {
  const row: Record<string, string | number> = { label };
  for (const entry of counts) row[entry.status] = entry.count;
  return row;
}

function countOf(counts: Counts, status: RecommendationStatus): number {
  return counts.find((entry) => entry.status === status)?.count ?? 0;
}

interface FigureTableProps {
  caption: string;
  rowHeader: string;
  rows: readonly { key: string; label: string; counts: Counts; total: number }[];
}

/** The figures a chart draws, for screen readers: the chart itself is hidden from them. */
function FigureTable({ caption, rowHeader, rows }: FigureTableProps) {
  return (
    <VisuallyHidden>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {statuses.map((status) => (
              <Table.Th scope="col" key={status}>
                {recommendationStatusLabels[status]}
              </Table.Th>
            ))}
            <Table.Th scope="col">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{row.label}</Table.Th>
              {statuses.map((status) => (
                <Table.Td key={status}>{countOf(row.counts, status)}</Table.Td>
              ))}
              <Table.Td>{row.total}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </VisuallyHidden>
  );
}

/**
 * Draws its chart once its box has a width: Recharts measures its container and draws nothing
 * useful (and warns) at zero width, as in a hidden panel or a test's DOM without layout.
 */
function ChartBox({ children }: { children: (width: number) => ReactNode }) {
  const { ref, width } = useElementSize();
  return (
    // The figures are in the table beside it; inert keeps the drawing's focusable parts out of the tab order too.
    <Box ref={ref} aria-hidden inert>
      {width > 0 && children(width)}
    </Box>
  );
}

interface ChartPanelProps {
  title: string;
  description: string;
  children: ReactNode;
}

function ChartPanel({ title, description, children }: ChartPanelProps) {
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0}>
      <Stack gap="sm">
        <Box component="figcaption">
          <Title order={3} fz="md">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Box>
        {children}
      </Stack>
    </Paper>
  );
}

export interface RegistryChartsProps {
  registry: FragmentType<typeof registryChartsFragment>;
}

/** Status by issue area and progress over the years, each with the same figures as a table for screen readers. */
export function RegistryCharts({ registry: registryRef }: RegistryChartsProps) {
  const registry = getFragmentData(registryChartsFragment, registryRef);
  const areaRows = registry.byIssueArea.map((row) => ({
    key: row.issueArea,
    label: issueAreaLabels[row.issueArea],
    counts: row.counts,
    total: row.total,
  }));
  const yearRows = registry.progress.map((point) => ({
    key: String(point.year),
    label: String(point.year),
    counts: point.counts,
    total: point.counts.reduce((sum, entry) => sum + entry.count, 0),
  }));

  return (
    <SimpleGrid component="section" aria-label="Charts" cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel
        title="Status by issue area"
        description="A recommendation tagged with several issue areas counts in each of them."
      >
        {areaRows.length === 0 ? (
          <Text size="sm">No recommendation here is tagged with an issue area.</Text>
        ) : (
          <>
            <ChartBox>
              {(width) => (
                <BarChart
                  h={Math.max(160, areaRows.length * 36 + 72)}
                  data={areaRows.map((row) => chartRow(row.label, row.counts))}
                  dataKey="label"
                  type="stacked"
                  orientation="vertical"
                  series={series}
                  withLegend
                  legendProps={{ verticalAlign: 'bottom' }}
                  yAxisProps={{ width: Math.min(140, width / 3) }}
                  gridAxis="x"
                />
              )}
            </ChartBox>
            <FigureTable caption="Status by issue area" rowHeader="Issue area" rows={areaRows} />
          </>
        )}
      </ChartPanel>
      <ChartPanel
        title="Progress over time"
        description="Where the recommendations adopted by then stood at the end of each year; this year, as of today."
      >
        {yearRows.length === 0 ? (
          <Text size="sm">Nothing to show yet.</Text>
        ) : (
          <>
            <ChartBox>
              {() => (
                <BarChart
                  h={280}
                  data={yearRows.map((row) => chartRow(row.label, row.counts))}
                  dataKey="label"
                  type="stacked"
                  series={series}
                  withLegend
                  legendProps={{ verticalAlign: 'bottom' }}
                  gridAxis="y"
                />
              )}
            </ChartBox>
            <FigureTable caption="Progress over time, by year" rowHeader="Year" rows={yearRows} />
          </>
        )}
      </ChartPanel>
    </SimpleGrid>
  );
}
