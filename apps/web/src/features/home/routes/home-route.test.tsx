import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import {
  dateInDays,
  followUp,
  homeFixture,
  incheon,
  inDays,
  memorandum,
  renderWithHomeEvents,
  roundToAnswer,
  vladivostok,
} from '../testing/home-fixtures';
import { HomeRoute, homeQuery } from './home-route';

const routes = [
  { path: '/', element: <HomeRoute /> },
  { path: '/documents/:documentId', element: <p>Document page</p> },
  { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
  { path: '/meetings', element: <p>All meetings</p> },
  { path: '/recommendations', element: <p>Recommendations dashboard</p> },
  { path: '/recommendations/:recommendationId', element: <p>Recommendation page</p> },
];

function homeMock(home: ReturnType<typeof homeFixture>) {
  return { request: { query: homeQuery }, result: { data: { home } } };
}

function renderHome(home: ReturnType<typeof homeFixture>) {
  return renderRoute({ routes, initialEntry: '/', mocks: [homeMock(home)] });
}

/** The things to do, in the order the page lists them: each one's heading. */
async function taskTitles(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'What needs you' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

const invitation = {
  __typename: 'HomeInvitation' as const,
  id: incheon.id,
  path: `/meetings/${incheon.id}?tab=participants`,
  deadline: `${incheon.startDate}T00:00:00.000Z`,
  meeting: incheon,
};

const commentsToDispose = {
  __typename: 'HomeCommentsToDispose' as const,
  id: 'round-2',
  roundNumber: 2,
  roundOpen: true,
  undisposedCount: 3,
  commentCount: 5,
  waitingSince: inDays(-2),
  path: '/documents/doc-governance?tab=comments&round=2&disposition=NONE',
  deadline: null,
  document: memorandum,
};

const reportToPublish = {
  __typename: 'HomeReportToPublish' as const,
  id: vladivostok.id,
  reportStatus: 'DRAFT' as const,
  path: `/meetings/${vladivostok.id}?tab=report`,
  deadline: null,
  meeting: { ...vladivostok, status: 'HELD' as const },
};

describe('home page', () => {
  it('lists what needs the viewer soonest deadline first, those without a deadline last', async () => {
    renderHome(
      homeFixture({
        roundsToAnswer: [roundToAnswer()],
        followUps: [followUp('rec-energy', -3), followUp('rec-grid', 5, { number: 2 })],
        invitations: [invitation],
        commentsToDispose: [commentsToDispose],
        reportsToPublish: [reportToPublish],
      }),
    );

    expect(await taskTitles()).toEqual([
      '1 follow-up overdue, 1 follow-up due within a week',
      incheon.title,
      memorandum.title,
      memorandum.title,
      vladivostok.title,
    ]);
    expect(screen.getByText('5 things wait for you, soonest deadline first.')).toBeInTheDocument();
  });

  it('leads from each thing to do to the exact place to act, in one click', async () => {
    const { user, router } = renderHome(
      homeFixture({
        roundsToAnswer: [roundToAnswer()],
        invitations: [invitation],
        reportsToPublish: [reportToPublish],
      }),
    );

    const respond = await screen.findByRole('link', { name: `Respond: ${memorandum.title}` });
    expect(screen.getByRole('link', { name: `Reply: ${incheon.title}` })).toHaveAttribute(
      'href',
      `/meetings/${incheon.id}?tab=participants`,
    );
    expect(screen.getByRole('link', { name: `Open the report: ${vladivostok.title}` })).toHaveAttribute(
      'href',
      `/meetings/${vladivostok.id}?tab=report`,
    );
    await user.click(respond);

    expect(await screen.findByText('Document page')).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/documents/doc-governance', search: '?respond=1' });
  });

  it('tells a focal point where their committee stands and how many comments they made', async () => {
    renderHome(homeFixture({ roundsToAnswer: [roundToAnswer({ ownCommentCount: 2 })] }));

    const card = (await screen.findByRole('heading', { level: 3, name: memorandum.title })).closest('li')!;
    expect(card).toHaveTextContent('Comment round 2');
    expect(card).toHaveTextContent('CSCAP-Japan has not responded yet.');
    expect(card).toHaveTextContent('You have made 2 comments on version 2.');
    expect(card).toHaveTextContent('(in 21 days)');
  });

  it('shows the co-chairs who has not responded, the comments to dispose of and the guidance a document came back with', async () => {
    renderHome(
      homeFixture({
        roundsInProgress: [
          {
            __typename: 'HomeRoundInProgress',
            id: 'round-2',
            number: 2,
            versionNumber: 2,
            opensAt: inDays(-3),
            closesAt: inDays(21),
            recipientCount: 10,
            viewerCanClose: true,
            path: '/documents/doc-governance?tab=comments&round=2',
            deadline: inDays(21),
            document: memorandum,
            notResponded: ['CSCAP-Korea', 'CSCAP-Japan', 'CSCAP-Australia', 'CSCAP-New Zealand', 'CSCAP-Indonesia'].map(
              (name) => ({ __typename: 'HomeRecipient', id: `recipient-${name}`, name }),
            ),
          },
        ],
        commentsToDispose: [commentsToDispose],
        returnedDocuments: [
          {
            __typename: 'HomeReturnedDocument',
            id: 'doc-returned',
            returnedAt: inDays(-10),
            body: 'CSCAP Steering Committee',
            guidance: 'Say what each government should do.',
            path: '/documents/doc-returned',
            deadline: null,
            document: { ...memorandum, id: 'doc-returned', title: 'Memorandum on Maritime Security' },
          },
        ],
      }),
    );

    const round = (await screen.findByRole('link', { name: `See responses: ${memorandum.title}` })).closest('li')!;
    expect(round).toHaveTextContent(
      '5 of 10 recipients have not responded: CSCAP-Korea, CSCAP-Japan, CSCAP-Australia, CSCAP-New Zealand and CSCAP-Indonesia.',
    );
    const dispose = screen.getByRole('link', { name: `Dispose of comments: ${memorandum.title}` });
    expect(dispose).toHaveAttribute('href', '/documents/doc-governance?tab=comments&round=2&disposition=NONE');
    expect(dispose.closest('li')).toHaveTextContent(
      '3 of 5 comments of round 2 still without a disposition (the round is still open).',
    );
    expect(
      screen.getByRole('link', { name: 'Revise: Memorandum on Maritime Security' }).closest('li'),
    ).toHaveTextContent('Say what each government should do.');
  });

  it('gathers a secretariat’s follow-ups in one card, each leading to its recommendation', async () => {
    renderHome(
      homeFixture({
        followUps: [followUp('rec-energy', -40), followUp('rec-grid', -3, { number: 2 }), followUp('rec-lng', 4)],
      }),
    );

    const card = (await screen.findByRole('heading', { level: 3, name: /follow-ups overdue/ })).closest('li')!;
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      '2 follow-ups overdue, 1 follow-up due within a week',
    );
    expect(within(card).getByRole('link', { name: /^See overdue follow-ups/ })).toHaveAttribute(
      'href',
      '/recommendations?overdue=1',
    );
    expect(
      within(card)
        .getAllByRole('link', { name: /^Recommendation/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/recommendations/rec-energy', '/recommendations/rec-grid', '/recommendations/rec-lng']);
  });

  it('says plainly when nothing needs the viewer, and shows what is coming', async () => {
    const { user } = renderHome(homeFixture({ upcomingMeetings: [incheon], pastMeetings: [vladivostok] }));

    expect(await screen.findByText('Nothing needs you now')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'What needs you' })).not.toBeInTheDocument();
    const coming = screen.getByRole('list', { name: 'Meetings coming up' });
    expect(within(coming).getByRole('link', { name: incheon.title })).toHaveAttribute('href', incheon.path);
    expect(coming).toHaveTextContent('Presenter · invited');

    // Past meetings stay folded until asked for.
    const past = screen.getByRole('button', { name: /Past meetings \(1\)/ });
    expect(past).toHaveAttribute('aria-expanded', 'false');
    await user.click(past);
    expect(past).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('list', { name: 'Past meetings' })).toHaveTextContent(vladivostok.title);
  });

  it('says so when no meeting is coming either', async () => {
    renderHome(homeFixture());

    expect(await screen.findByText('Nothing needs you now')).toBeInTheDocument();
    expect(screen.getByText('No meetings coming up.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All your meetings' })).toHaveAttribute('href', '/meetings');
  });

  it('keeps a round the viewer has answered off the things to do, still open for more comments', async () => {
    renderHome(
      homeFixture({
        roundsToAnswer: [
          roundToAnswer({
            awaitingResponse: false,
            ownCommentCount: 1,
            recipients: [
              {
                __typename: 'HomeRecipient',
                id: 'recipient-russia',
                name: 'CSCAP-Russia',
                response: 'ENDORSED',
                isViewer: false,
              },
            ],
          }),
        ],
      }),
    );

    expect(await screen.findByText('Nothing needs you now')).toBeInTheDocument();
    const answered = screen.getByRole('heading', { level: 2, name: 'Answered, still open for comment' }).parentElement!;
    expect(answered).toHaveTextContent('CSCAP-Russia responded: endorsed.');
    expect(within(answered).getByRole('link', { name: memorandum.title })).toHaveAttribute(
      'href',
      '/documents/doc-governance?respond=1',
    );
  });

  it('asks for the page again when the server says it changed, so the counts stay live', async () => {
    const before = homeFixture({ roundsToAnswer: [roundToAnswer()] });
    const after = homeFixture({
      roundsToAnswer: [roundToAnswer()],
      commentsToDispose: [commentsToDispose],
      upcomingMeetings: [{ ...incheon, startDate: dateInDays(12), endDate: dateInDays(12) }],
    });
    const { events } = renderWithHomeEvents({
      routes,
      initialEntry: '/',
      mocks: [homeMock(before), homeMock(after)],
    });

    expect(await screen.findByText('One thing waits for you, soonest deadline first.')).toBeInTheDocument();
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });
    await events.push();

    expect(await screen.findByText('2 things wait for you, soonest deadline first.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Dispose of comments: ${memorandum.title}` })).toBeInTheDocument();
  });
});
