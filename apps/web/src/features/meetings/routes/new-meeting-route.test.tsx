import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { escapOffice, tcs, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { organizationOptionsQuery } from '../../organizations/hooks/use-organization-options';
import { END_BEFORE_START_MESSAGE } from '../components/meeting-form';
import type { CreateMeetingMutationVariables } from '../../../__generated__/graphql';
import { createMeetingMutation } from '../hooks/use-create-meeting';
import { NewMeetingRoute } from './new-meeting-route';

function renderNewMeeting() {
  // Answers any createMeeting call, so a test can see whether the form called the server at all.
  const createMeeting = vi.fn<(variables: CreateMeetingMutationVariables) => { data: Record<string, unknown> }>(() => ({
    data: { createMeeting: meetingFixture({ id: 'meeting-new' }) },
  }));
  const view = renderRoute({
    routes: [
      { path: '/meetings/new', element: <NewMeetingRoute /> },
      { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
    ],
    initialEntry: '/meetings/new',
    mocks: [
      viewerMock({ canConveneFor: [escapOffice] }),
      {
        request: { query: organizationOptionsQuery },
        result: { data: { organizations: [escapOffice, tcs] } },
      },
      {
        request: { query: createMeetingMutation, variables: () => true },
        result: createMeeting,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
  return { ...view, createMeeting };
}

async function fillIn(user: ReturnType<typeof renderNewMeeting>['user'], dates: { start: string; end: string }) {
  // Pasted rather than typed key by key: each keystroke re-renders a long form, which jsdom makes slow.
  await user.click(await screen.findByLabelText(/^Title/));
  await user.paste('Expert Group Meeting on Connectivity');
  await user.click(screen.getByRole('combobox', { name: /^Kind of meeting/ }));
  await user.click(screen.getByRole('option', { name: 'Expert group meeting' }));
  await user.click(screen.getByLabelText('Track 1.5 (officials and experts)'));
  await user.click(screen.getByLabelText(/^Venue/));
  await user.paste('United Nations Conference Centre');
  fireEvent.change(screen.getByLabelText(/^First day/), { target: { value: dates.start } });
  fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: dates.end } });
}

// Mounting the form's country and time-zone lists takes jsdom a second or two.
describe('new meeting form', { timeout: 20_000 }, () => {
  it('refuses an end date before the start date without calling the server', async () => {
    const { user, router, createMeeting } = renderNewMeeting();

    await fillIn(user, { start: '2019-12-05', end: '2019-12-04' });
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));

    expect(screen.getByLabelText(/^Last day/)).toHaveAccessibleDescription(END_BEFORE_START_MESSAGE);
    expect(screen.getByLabelText(/^Last day/)).toHaveAttribute('aria-invalid', 'true');
    expect(createMeeting).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/meetings/new');
  });

  it('creates the meeting with the organizer the viewer convenes for, then opens it', async () => {
    const { user, router, createMeeting } = renderNewMeeting();

    await fillIn(user, { start: '2099-12-04', end: '2099-12-05' });
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));

    expect(await screen.findByText('Meeting page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meetings/meeting-new');
    expect(createMeeting).toHaveBeenCalledOnce();
    expect(createMeeting.mock.calls[0]?.[0]).toMatchObject({
      input: {
        title: 'Expert Group Meeting on Connectivity',
        kind: 'EXPERT_GROUP_MEETING',
        track: 'TRACK_1_5',
        venue: 'United Nations Conference Centre',
        startDate: '2099-12-04',
        endDate: '2099-12-05',
        organizerIds: [escapOffice.id],
        recordedAfterTheFact: false,
      },
    });
  });

  it('asks whether a meeting dated in the past is recorded after the fact, and creates nothing until told', async () => {
    const { user, router, createMeeting } = renderNewMeeting();

    await fillIn(user, { start: '2019-12-04', end: '2019-12-05' });
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is in the past' }, { timeout: 5_000 });
    expect(createMeeting).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'No, change the dates' }));
    expect(createMeeting).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/meetings/new');

    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, record it after the fact' }, { timeout: 5_000 }));
    expect(await screen.findByText('Meeting page', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(createMeeting.mock.calls[0]?.[0]).toMatchObject({
      input: { startDate: '2019-12-04', endDate: '2019-12-05', recordedAfterTheFact: true },
    });
  });
});
