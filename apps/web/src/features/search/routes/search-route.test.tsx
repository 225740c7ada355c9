import { screen, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { SearchBox } from '../components/search-box';
import { SearchRoute, searchQuery } from './search-route';

// The header's box above the page, as in the app's layout.
const routes = [
  {
    element: (
      <>
        <SearchBox />
        <Outlet />
      </>
    ),
    children: [
      { path: '/search', element: <SearchRoute /> },
      { path: '/meetings', element: <p>Meetings page</p> },
    ],
  },
];

function hit(kind: string, id: string, title: string, path: string | null, context: string | null, snippet: string) {
  return { __typename: 'SearchHit' as const, id, kind, title, path, context, snippet };
}

const forumHits = [
  hit(
    'PARAGRAPH',
    'p-forum',
    'Recommendation in version 2',
    '/documents/doc-memo-nea?paragraph=p-forum',
    'Memorandum on Security Cooperation in Northeast Asia',
    '…establish a standing forum for security cooperation…',
  ),
  hit(
    'MEETING',
    'meeting-egm-2019',
    'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    '/meetings/meeting-egm-2019',
    'Seoul, 4 December 2019',
    '…a forum for sub-regional cooperation…',
  ),
  hit(
    'PARAGRAPH',
    'p-track2',
    'Paragraph in version 2',
    '/documents/doc-memo-nea?paragraph=p-track2',
    'Memorandum on Security Cooperation in Northeast Asia',
    '…Track 2 forum…',
  ),
  hit('PERSON', 'person-kim', '김민준', null, 'Korea Institute for National Unification', 'forum convener'),
];

function searchMock(query: string, hits: ReturnType<typeof hit>[]) {
  return { request: { query: searchQuery, variables: { query, limit: 50 } }, result: { data: { search: hits } } };
}

describe('search page', () => {
  it('groups the hits for the words in the address by kind, linking those that have a page', async () => {
    renderRoute({ routes, initialEntry: '/search?q=forum', mocks: [searchMock('forum', forumHits)] });

    const paragraphs = await screen.findByRole('region', { name: /^Paragraphs/ });
    const meetings = screen.getByRole('region', { name: /^Meetings/ });
    const people = screen.getByRole('region', { name: /^People/ });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Paragraphs (2)',
      'Meetings (1)',
      'People (1)',
    ]);

    expect(within(paragraphs).getByRole('link', { name: 'Recommendation in version 2' })).toHaveAttribute(
      'href',
      '/documents/doc-memo-nea?paragraph=p-forum',
    );
    expect(within(paragraphs).getByRole('link', { name: 'Paragraph in version 2' })).toHaveAttribute(
      'href',
      '/documents/doc-memo-nea?paragraph=p-track2',
    );
    expect(within(paragraphs).getAllByText('Memorandum on Security Cooperation in Northeast Asia')).toHaveLength(2);
    expect(within(paragraphs).getByText('…establish a standing forum for security cooperation…')).toBeInTheDocument();

    expect(
      within(meetings).getByRole('link', {
        name: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
      }),
    ).toHaveAttribute('href', '/meetings/meeting-egm-2019');

    // A person is a directory entry: named, with their affiliation, but not a link.
    expect(within(people).getByText('김민준')).toBeInTheDocument();
    expect(within(people).getByText('Korea Institute for National Unification')).toBeInTheDocument();
    expect(within(people).queryByRole('link')).not.toBeInTheDocument();

    expect(screen.getByRole('searchbox', { name: 'Search Plenary' })).toHaveValue('forum');
  });

  it('says nothing was found for words that match nothing', async () => {
    renderRoute({ routes, initialEntry: '/search?q=zeppelin', mocks: [searchMock('zeppelin', [])] });

    expect(await screen.findByText('Nothing found for “zeppelin”')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('asks for words when there are none, without searching', async () => {
    renderRoute({ routes, initialEntry: '/search', mocks: [] });

    expect(await screen.findByText('What are you looking for?')).toBeInTheDocument();
    expect(screen.queryByText(/Nothing found/)).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search Plenary' })).toHaveValue('');
  });

  it('searches from the header box, and keeps the box in step with the address', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/meetings',
      mocks: [
        { ...searchMock('forum', forumHits), maxUsageCount: 2 },
        searchMock('standing forum', forumHits.slice(0, 1)),
      ],
    });

    const box = within(screen.getByRole('search', { name: 'Search Plenary' })).getByRole('searchbox');
    await user.type(box, 'forum{Enter}');

    expect(await screen.findByRole('region', { name: /^Meetings/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=forum');

    await user.clear(box);
    await user.type(box, 'standing forum{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Paragraphs (1)' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=standing+forum');

    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Meetings (1)' })).toBeInTheDocument();
    expect(box).toHaveValue('forum');

    await router.navigate('/meetings');
    expect(await screen.findByText('Meetings page')).toBeInTheDocument();
    expect(box).toHaveValue('');
  });
});
