import { Group, Select, Text } from '@mantine/core';
import { AttributionMode } from '@plenary/shared';
import { Moment } from '../../../ui/moment';
import type { Round } from './comment-table-model';
import { RoundDeadline } from './round-deadline';

export interface RoundPickerProps {
  rounds: readonly Round[];
  round: Round;
  /** The viewer runs the round, and so sees who wrote a non-attributed comment. */
  viewerCanEdit: boolean;
  onChange: (roundNumber: string | null) => void;
}

/** Which round the table compiles, whether it is still open, and whether its comments carry names. */
export function RoundPicker({ rounds, round, viewerCanEdit, onChange }: RoundPickerProps) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Round"
        data={rounds.map((candidate) => ({
          value: String(candidate.number),
          label: `Round ${candidate.number} (version ${candidate.versionNumber})`,
        }))}
        value={String(round.number)}
        onChange={onChange}
        allowDeselect={false}
        w={220}
      />
      <Text size="sm" c="dimmed">
        {round.closedAt ? (
          <>
            Closed <Moment at={round.closedAt} />
          </>
        ) : (
          <>
            Open until <RoundDeadline closesAt={round.closesAt} />
          </>
        )}
        {round.attribution === AttributionMode.NON_ATTRIBUTED &&
          (viewerCanEdit
            ? ' · Non-attributed: recipients see comments without names; you see who wrote them.'
            : ' · Non-attributed: comments are shown without names.')}
      </Text>
    </Group>
  );
}
