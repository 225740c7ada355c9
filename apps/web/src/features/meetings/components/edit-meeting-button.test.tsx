import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { meetingPageMocks } from '../../../test/agenda';
import { apiError, escapOffice, tcs, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { organizationOptionsQuery } from '../../organizations/hooks/use-organization-options';
import { meetingUpdatedSubscription } from '../hooks/use-meeting-updates';
import { updateMeetingMutation } from '../hooks/use-update-meeting';
import { MeetingRoute, meetingQuery } from '../routes/meeting-route';

const id = 'meeting-egm-2019';

function renderMeetingPage(updateResult: { data: Record<string, unknown> } | { errors: Error[] }) {
  return renderRoute({
    routes: [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }],
    initialEntry: `/meetings/${id}`,
    mocks: [
      viewerMock({ canConveneFor: [escapOffice] }),
      { request: { query: meetingQuery, variables: { id } }, result: { data: { meeting: meetingFixture() } } },
      {
        request: { query: meetingUpdatedSubscription, variables: { id } },
        result: { data: { meetingUpdated: meetingFixture() } },
        delay: 60_000,
      },
      { request: { query: organizationOptionsQuery }, result: { data: { organizations: [escapOffice, tcs] } } },
      {
        // Only the changed field, and the version the dialog was opened at.
        request: { query: updateMeetingMutation, variables: { id, input: { city: 'Incheon', version: 1 } } },
        result: updateResult,
      },
    ],
  });
}

async function changeCity(user: ReturnType<typeof renderMeetingPage>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Edit details' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit meeting details' });
  const city = await within(dialog).findByLabelText(/^City/);
  await user.clear(city);
  await user.type(city, 'Incheon');
  await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
  return dialog;
}

// The dialog's form mounts long country and time-zone lists, which jsdom renders slowly.
describe('editing a meeting’s details', { timeout: 20_000 }, () => {
  it('sends only what changed, with the version the dialog opened at, and shows the result', async () => {
    const { user } = renderMeetingPage({
      data: { updateMeeting: meetingFixture({ city: 'Incheon', version: 2 }) },
    });

    const dialog = await changeCity(user);

    expect(await screen.findByText('Incheon, Republic of Korea')).toBeInTheDocument();
    // The dialog closes once the save has answered, which may be a render after the page shows the change.
    await vi.waitFor(() => {
      expect(dialog).not.toBeInTheDocument();
    });
  });

  it('explains that someone else saved first when the server reports a version conflict', async () => {
    const { user } = renderMeetingPage({
      errors: [apiError('Someone else changed this meeting.', 'CONFLICT', 'VERSION_CONFLICT')],
    });

    const dialog = await changeCity(user);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Someone else saved changes to this meeting while you were editing, so yours were not saved/,
    );
  });
});

describe('who may edit a meeting’s details', () => {
  function renderFor(meeting: ReturnType<typeof meetingFixture>) {
    return renderRoute({
      routes: [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }],
      initialEntry: `/meetings/${id}`,
      mocks: [viewerMock(), ...meetingPageMocks(meeting)],
    });
  }

  it('follows the server’s word that the viewer does not run the meeting, whatever their roles', async () => {
    renderFor(meetingFixture({ viewerRoles: ['ORGANIZER'], viewerCanManage: false }));

    expect(await screen.findByText('Provisional agenda')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('offers it to a co-chair of the meeting’s study group who holds no organiser role on the meeting', async () => {
    renderFor(meetingFixture({ viewerRoles: ['PARTICIPANT'], viewerCanManage: true }));

    expect(await screen.findByRole('button', { name: 'Edit details' })).toBeInTheDocument();
  });
});
