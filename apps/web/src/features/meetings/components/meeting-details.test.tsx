import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meetingPageMocks } from '../../../test/agenda';
import { viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { viewerTimeZone } from '../../../ui/time-zone';
import { MeetingRoute } from '../routes/meeting-route';

vi.mock('../../../ui/time-zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../ui/time-zone')>()),
  viewerTimeZone: vi.fn(() => 'Europe/Berlin'),
}));

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

function renderOverview(meeting: ReturnType<typeof meetingFixture>) {
  return renderRoute({
    routes,
    initialEntry: `/meetings/${meeting.id}`,
    mocks: [viewerMock(), ...meetingPageMocks(meeting)],
  });
}

describe('the time zones on the meeting overview', () => {
  // Today is in winter, when Berlin is an hour ahead of UTC; in June it is two.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the viewer’s own offset on the meeting’s dates, not today’s: GMT+2 for a June meeting seen from Berlin', async () => {
    renderOverview(meetingFixture({ startDate: '2027-06-15', endDate: '2027-06-16', timeZone: 'Asia/Seoul' }));

    expect(await screen.findByText('Asia/Seoul (GMT+9)')).toBeInTheDocument();
    expect(screen.getByText('Your time zone: Europe/Berlin (GMT+2)')).toBeInTheDocument();
    expect(screen.queryByText(/GMT\+1/)).not.toBeInTheDocument();
  });

  it('gives both offsets of a venue whose clocks change during the meeting', async () => {
    vi.mocked(viewerTimeZone).mockReturnValue('Asia/Seoul');
    renderOverview(meetingFixture({ startDate: '2026-10-24', endDate: '2026-10-25', timeZone: 'Europe/Berlin' }));

    expect(await screen.findByText('Europe/Berlin (GMT+2, then GMT+1)')).toBeInTheDocument();
    expect(screen.getByText('Your time zone: Asia/Seoul (GMT+9)')).toBeInTheDocument();
  });
});
