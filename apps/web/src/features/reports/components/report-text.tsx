import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReportPanel_ReportFragment } from '../../../__generated__/graphql';
import { paragraphs } from './report-format';

export interface ParticipationSentenceProps {
  participation: Pick<ReportPanel_ReportFragment['participation'], 'sentence' | 'attendanceMarked'>;
}

/** The computed sentence the report opens with, and what it was counted from. */
export function ParticipationSentence({ participation }: ParticipationSentenceProps) {
  return (
    <Stack gap={2}>
      <Text>{participation.sentence}</Text>
      {!participation.attendanceMarked && (
        <Text size="xs" c="dimmed">
          Counted from acceptances; attendance not yet marked.
        </Text>
      )}
    </Stack>
  );
}

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const list = paragraphs(text);
  if (list.length === 0) {
    return (
      <Text c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <>
      {list.map((paragraph, index) => (
        <Text key={index} style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
    </>
  );
}

export interface ReportTextProps {
  report: {
    participation: ParticipationSentenceProps['participation'];
    current: { summary: string; sections: readonly { heading: string; text: string }[] };
  };
}

/** The report as it reads: the summary with its participation sentence, then one section per session. */
export function ReportText({ report }: ReportTextProps) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="xl" maw="48rem">
        <Stack gap="xs" component="section" aria-labelledby={`${id}-summary`}>
          <Title order={3} fz="h4" id={`${id}-summary`}>
            Summary
          </Title>
          <ParticipationSentence participation={report.participation} />
          {report.current.summary.trim() !== '' && <Paragraphs text={report.current.summary} empty="" />}
        </Stack>
        {report.current.sections.map((section, index) => (
          <Stack key={index} gap="xs" component="section" aria-labelledby={`${id}-section-${index}`}>
            <Title order={3} fz="h4" id={`${id}-section-${index}`}>
              {section.heading}
            </Title>
            <Paragraphs text={section.text} empty="Nothing written yet." />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
