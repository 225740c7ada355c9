import { screen, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeMeetingStatusMutationVariables } from '../../../__generated__/graphql';
import { meetingPageMocks } from '../../../test/agenda';
import { apiError, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { changeMeetingStatusMutation } from '../hooks/use-change-meeting-status';
import { MeetingRoute } from '../routes/meeting-route';

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

function renderMeeting(
  meeting: ReturnType<typeof meetingFixture>,
  result: (variables: ChangeMeetingStatusMutationVariables) => FormattedExecutionResult,
) {
  const changeStatus = vi.fn(result);
  const view = renderRoute({
    routes,
    initialEntry: `/meetings/${meeting.id}`,
    mocks: [
      viewerMock(),
      ...meetingPageMocks(meeting),
      { request: { query: changeMeetingStatusMutation, variables: () => true }, result: changeStatus },
    ],
  });
  return { ...view, changeStatus };
}

describe('meeting status actions', () => {
  it('adopts the agenda after saying that later changes will be recorded, sending the status it was in', async () => {
    const { user, changeStatus } = renderMeeting(meetingFixture(), () => ({
      data: {
        changeMeetingStatus: {
          __typename: 'Meeting',
          id: 'meeting-egm-2019',
          status: 'AGENDA_ADOPTED',
          nextStatuses: ['HELD'],
          version: 2,
        },
      },
    }));

    await user.click(await screen.findByRole('button', { name: 'Adopt agenda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt agenda?' });
    expect(dialog).toHaveTextContent(/every later change is recorded and shown to all participants/);
    expect(changeStatus).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Adopt agenda' }));

    expect(await screen.findByRole('button', { name: 'Mark as held' })).toBeInTheDocument();
    expect(changeStatus).toHaveBeenCalledOnce();
    expect(changeStatus.mock.calls[0]?.[0]).toEqual({
      id: 'meeting-egm-2019',
      input: { from: 'AGENDA_PROVISIONAL', to: 'AGENDA_ADOPTED' },
    });
    expect(screen.getByText('Agenda adopted')).toBeInTheDocument();
  });

  it('explains in the dialog that an empty agenda cannot be issued', async () => {
    const { user } = renderMeeting(meetingFixture({ status: 'PLANNED', nextStatuses: ['AGENDA_PROVISIONAL'] }), () => ({
      errors: [apiError('Add at least one agenda item first.', 'CONFLICT', 'AGENDA_EMPTY')],
    }));

    await user.click(await screen.findByRole('button', { name: 'Issue provisional agenda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue provisional agenda?' });
    await user.click(within(dialog).getByRole('button', { name: 'Issue provisional agenda' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/The agenda has no items yet/);
    expect(screen.getByText('Planned')).toBeInTheDocument();
  });

  it('offers no status change to those who do not run the meeting', async () => {
    renderMeeting(meetingFixture({ viewerRoles: ['PARTICIPANT'], viewerCanManage: false }), () => ({ data: null }));

    expect(await screen.findByText('Provisional agenda')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adopt agenda' })).not.toBeInTheDocument();
  });

  it('offers the status change to a study group’s co-chair running its meeting without an organiser role', async () => {
    renderMeeting(meetingFixture({ viewerRoles: ['PARTICIPANT'], viewerCanManage: true }), () => ({ data: null }));

    expect(await screen.findByRole('button', { name: 'Adopt agenda' })).toBeInTheDocument();
  });
});

describe('a held meeting', () => {
  it('offers "Publish report" when its report is written elsewhere', async () => {
    renderMeeting(meetingFixture({ status: 'HELD', nextStatuses: ['REPORT_PUBLISHED'] }), () => ({ data: null }));
    expect(await screen.findByRole('button', { name: 'Publish report' })).toBeInTheDocument();
  });

  it('leaves it to the Report tab when the report is written here', async () => {
    renderMeeting(
      meetingFixture({
        status: 'HELD',
        nextStatuses: ['REPORT_PUBLISHED'],
        report: { __typename: 'MeetingReport', id: 'report-1' },
      }),
      () => ({ data: null }),
    );
    expect(await screen.findByRole('tab', { name: 'Report' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish report' })).not.toBeInTheDocument();
  });
});
