import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ReportStatus, reportStatusMachine, type ErrorReason } from '@plenary/shared';
import { useState, type ReactNode } from 'react';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useChangeReportStatus } from '../hooks/use-change-report-status';

/** What the button moving the report to each status says. */
export const reportStatusActionLabels: Record<ReportStatus, string> = {
  DRAFT: 'Reopen as draft',
  FINAL: 'Mark as final',
  PUBLISHED: 'Publish',
};

/** Moves that lock or release the text ask first; reopening a draft changes nothing anyone has written. */
function confirmation(to: ReportStatus, dirty: boolean): { title: string; body: ReactNode } | undefined {
  switch (to) {
    case ReportStatus.DRAFT:
      return undefined;
    case ReportStatus.FINAL:
      return {
        title: 'Mark the report as final?',
        body: (
          <>
            <Text>
              The text and its tasks are locked: nobody can change them unless a writer reopens the report as a draft.
            </Text>
            {dirty && (
              <Alert color="orange" variant="light" role="note" title="You have unsaved changes">
                They are lost if you go on. Cancel, save them, then mark the report as final.
              </Alert>
            )}
          </>
        ),
      };
    case ReportStatus.PUBLISHED:
      return {
        title: 'Publish the report?',
        body: (
          <Text>
            Everyone who may see the meeting’s outputs can then read and download it, and the meeting is marked “Report
            published”. Tasks still open are carried to the next meeting of the series. A published report cannot be
            changed.
          </Text>
        ),
      };
  }
}

const refusalMessages: Partial<Record<ErrorReason, string>> = {
  MEETING_NOT_HELD:
    'The meeting has not been marked as held yet. An organiser marks it as held (“Mark as held” at the top of the page); then the report can be published.',
  INVALID_TRANSITION:
    'Someone changed the report’s status meanwhile. The page now shows its current status: check it, and try again if it is still needed.',
};

function describeRefusal(error: unknown): string {
  const apiError = toApiError(error);
  return (apiError.reason && refusalMessages[apiError.reason]) ?? apiError.message;
}

export interface ReportStatusActionsProps {
  report: { id: string; status: ReportStatus; nextStatuses: readonly ReportStatus[] };
  /** Whether the editor holds changes not yet saved, which marking the report final would drop. */
  dirty: boolean;
  /** Asks the server for the report again, after a refusal that means the page is out of date. */
  onReload: () => Promise<unknown>;
}

/** One button per status the report may move to now, forward moves first. */
export function ReportStatusActions({ report, dirty, onReload }: ReportStatusActionsProps) {
  const changeStatus = useChangeReportStatus();
  // The status the report was in when the person clicked, so a change made meanwhile cannot alter their intent.
  const [pending, setPending] = useState<{ from: ReportStatus; to: ReportStatus }>();
  const [opened, setOpened] = useState(false);
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string>();
  const order = Object.values(ReportStatus);
  const forward = (to: ReportStatus) => order.indexOf(to) > order.indexOf(report.status);
  const statuses = [...report.nextStatuses]
    .filter((to) => reportStatusMachine.canTransition(report.status, to))
    .sort((a, b) => Number(forward(b)) - Number(forward(a)));

  async function change(from: ReportStatus, to: ReportStatus) {
    try {
      await changeStatus(report.id, from, to);
    } catch (caught) {
      if (toApiError(caught).reason === 'INVALID_TRANSITION') void onReload();
      throw caught;
    }
  }

  function handleClick(to: ReportStatus) {
    setError(undefined);
    if (confirmation(to, dirty)) {
      setPending({ from: report.status, to });
      setOpened(true);
      return;
    }
    setChanging(true);
    change(report.status, to).then(
      () => {
        setChanging(false);
      },
      (caught: unknown) => {
        setChanging(false);
        setError(describeRefusal(caught));
      },
    );
  }

  if (statuses.length === 0) return null;
  const asked = pending && confirmation(pending.to, dirty);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {statuses.map((to) => (
          <Button
            key={to}
            variant={forward(to) ? 'filled' : 'default'}
            loading={changing && !confirmation(to, dirty)}
            onClick={() => {
              handleClick(to);
            }}
          >
            {reportStatusActionLabels[to]}
          </Button>
        ))}
      </Group>
      {error !== undefined && (
        <Alert color="red" variant="light" role="alert" title="The status was not changed">
          {error}
        </Alert>
      )}
      <ConfirmDialog
        opened={opened}
        title={asked?.title ?? ''}
        confirmLabel={pending ? reportStatusActionLabels[pending.to] : ''}
        onConfirm={() => (pending ? change(pending.from, pending.to) : Promise.resolve())}
        onClose={() => {
          setOpened(false);
        }}
        describeError={describeRefusal}
      >
        <Stack gap="sm">{asked?.body}</Stack>
      </ConfirmDialog>
    </Stack>
  );
}
