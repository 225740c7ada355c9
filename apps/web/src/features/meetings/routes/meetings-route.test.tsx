import userEvent from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { escapOffice, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { MeetingsRoute, meetingsQuery } from './meetings-route';

function meetingsMock(meetings: ReturnType<typeof meetingFixture>[]) {
  return { request: { query: meetingsQuery }, result: { data: { meetings } } };
}

const routes = [{ path: '/meetings', element: <MeetingsRoute /> }];

describe('meetings list', () => {
  it('shows each meeting with its dates, place, organizers, status and the viewer’s role', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings',
      mocks: [
        viewerMock({ canConveneFor: [escapOffice] }),
        meetingsMock([
          meetingFixture(),
          meetingFixture({
            id: 'meeting-cscap-3',
            title: 'Third meeting of the CSCAP Study Group',
            kind: 'STUDY_GROUP_MEETING',
            status: 'PLANNED',
            startDate: '2020-11-30',
            endDate: '2020-12-02',
            venue: 'Online',
            city: null,
            country: null,
            viewerRoles: ['CO_CHAIR', 'RAPPORTEUR'],
          }),
        ]),
      ],
    });

    // Both are over: past meetings are folded away under the upcoming ones until asked for.
    expect(await screen.findByText('No upcoming meetings.')).toBeInTheDocument();
    const showPast = screen.getByRole('button', { name: 'Show past meetings (2)' });
    expect(showPast).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(showPast);
    const link = await screen.findByRole('link', {
      name: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    });
    expect(link).toHaveAttribute('href', '/meetings/meeting-egm-2019');
    expect(screen.getByText(/4–5 December 2019/)).toBeInTheDocument();
    expect(screen.getByText('Lotte Hotel, Seoul, Republic of Korea')).toBeInTheDocument();
    expect(screen.getByText('Provisional agenda')).toBeInTheDocument();
    expect(screen.getByText('Your role: Organizer')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Third meeting of the CSCAP Study Group' })).toBeInTheDocument();
    expect(screen.getByText(/30 November – 2 December 2020/)).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.getByText('Your role: Co-chair, Rapporteur')).toBeInTheDocument();

    expect(screen.getAllByTitle('Trilateral Cooperation Secretariat')[0]).toHaveTextContent('TCS');
    expect(screen.getByRole('link', { name: 'New meeting' })).toHaveAttribute('href', '/meetings/new');
  });

  it('says how meetings arrive when the viewer has none, and offers no "New meeting" to a non-convener', async () => {
    renderRoute({ routes, initialEntry: '/meetings', mocks: [viewerMock(), meetingsMock([])] });

    expect(
      await screen.findByText('You have no meetings yet. Meetings appear here when an organiser invites you.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New meeting' })).not.toBeInTheDocument();
  });
});
