import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReplyToInvitationMutationVariables } from '../../../__generated__/graphql';
import {
  MEETING_ID,
  meetingPageMocks,
  meetingWithAgenda,
  participants,
  participationFixture,
  kdiOrg,
  personFixture,
  tcsOrg,
} from '../../../test/agenda';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { MeetingRoute } from '../../meetings/routes/meeting-route';
import { replyToInvitationMutation } from '../hooks/use-reply-to-invitation';

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

const park = participationFixture(
  'participation-park',
  personFixture('person-park', 'Park Ji-ho', { affiliation: tcsOrg }),
  { email: 'park@example.org' },
);
// Works at KDI, but speaks for TCS at this meeting.
const choi = participationFixture(
  'participation-choi',
  personFixture('person-choi', 'Choi Eun-ji', { affiliation: kdiOrg }),
  { state: 'DECLINED', representing: tcsOrg },
);

/** The headings of participant groups, each with its count after a "·". */
function groupHeadings() {
  return screen
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
    .filter((text) => text.includes('·'));
}

describe('participants', () => {
  it('groups participants by the organization they represent, or else their own, with a count per group', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithAgenda({ participants: [...participants, park, choi] }))],
    });

    expect(
      await screen.findByText('5 invited: 2 accepted, 1 tentative, 1 declined, 1 not replied yet'),
    ).toBeInTheDocument();
    expect(groupHeadings()).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Organization' }));

    expect(groupHeadings()).toEqual([
      'Institute of Economic Research · 1 person',
      'Korea Development Institute (KDI) · 1 person',
      'Trilateral Cooperation Secretariat (TCS) · 3 people',
    ]);
    const tcsGroup = screen.getByRole('region', { name: 'Trilateral Cooperation Secretariat (TCS)' });
    expect(within(tcsGroup).getByText('Lee Soo-jin')).toBeInTheDocument();
    expect(within(tcsGroup).getByText('Park Ji-ho')).toBeInTheDocument();
    expect(within(tcsGroup).getByText('Choi Eun-ji')).toBeInTheDocument();
    // Organisers see addresses.
    expect(within(tcsGroup).getByRole('link', { name: 'park@example.org' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Country' }));
    expect(groupHeadings()).toEqual(['Japan · 1 person', 'Republic of Korea · 4 people']);
  });

  it('lets a participant change their own reply', async () => {
    const reply = vi.fn((_: ReplyToInvitationMutationVariables) => ({
      data: {
        replyToInvitation: {
          __typename: 'Participation' as const,
          id: 'participation-kim',
          state: 'DECLINED' as const,
          respondedAt: '2019-11-20T10:00:00.000Z',
        },
      },
    }));
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [
        viewerMock(),
        ...meetingPageMocks(meetingWithAgenda({ viewerRoles: ['PRESENTER'], participants: [...participants, park] })),
        { request: { query: replyToInvitationMutation, variables: () => true }, result: reply },
      ],
    });

    const yours = await screen.findByRole('region', { name: 'Your invitation' });
    expect(within(yours).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(yours).getByRole('button', { name: 'Decline' }));

    await vi.waitFor(() => {
      expect(within(yours).getByRole('button', { name: 'Decline' })).toHaveAttribute('aria-pressed', 'true');
    });
    expect(reply.mock.calls[0]?.[0]).toEqual({ meetingId: MEETING_ID, response: 'DECLINED' });
    // Addresses are for organisers only.
    expect(screen.queryByRole('link', { name: 'park@example.org' })).not.toBeInTheDocument();
  });
});
