import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { RoundDeadline } from '../../comment-rounds/components/round-deadline';
import { useCloseCommentRound } from '../hooks/use-workflow-steps';
import { describeRefusal, runStep } from './workflow-refusals';

export interface RoundEditingNoticeProps {
  documentId: string;
  round: { id: string; number: number; versionNumber: number; closesAt: string };
  onStale: () => void;
}

/**
 * For the co-chairs while a round is open: the text is held for the recipients to comment on, so
 * edits wait for the next version, and closing the round early is one step away.
 */
export function RoundEditingNotice({ documentId, round, onStale }: RoundEditingNoticeProps) {
  const closeRound = useCloseCommentRound();
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert color="blue" variant="light" title={`Round ${round.number} is open: the text is held for comment`}>
      <Text size="sm">
        The recipients are commenting on version {round.versionNumber} until <RoundDeadline closesAt={round.closesAt} />
        . Edits go into version {round.versionNumber + 1} once the round closes; you can then edit this text in place.
      </Text>
      <Button
        mt="xs"
        size="compact-sm"
        variant="default"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Close round {round.number} to revise
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Close round ${round.number} now?`}
        confirmLabel={`Close round ${round.number} and revise`}
        onConfirm={() => runStep(closeRound(documentId, round.id), onStale)}
        onClose={() => {
          setConfirming(false);
        }}
        describeError={describeRefusal}
      >
        <Text>
          Once it is closed nobody can comment any more, and the document goes back to the co-chairs for revision.
        </Text>
      </ConfirmDialog>
    </Alert>
  );
}
