import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { AgendaReading, agendaReadingQuery } from './agenda-reading';

const MEETING_ID = 'a9f1c0de-0000-4000-8000-000000000001';

const layout = {
  __typename: 'AgendaLayout' as const,
  symbol: 'ESCAP/EGM/2019/1',
  dateLine: '28 November 2019',
  organizers: ['ESCAP East and North-East Asia Office'],
  title: 'Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
  placeAndDates: 'Incheon, Republic of Korea, 4–5 December 2019',
  heading: 'Provisional agenda',
  zoneNote: 'All times are local time at the venue (Asia/Seoul, GMT+9).',
  days: [
    {
      __typename: 'AgendaLayoutDay' as const,
      date: '2019-12-04',
      heading: 'Day 1 – Wednesday, 4 December 2019',
      items: [
        {
          __typename: 'AgendaLayoutItem' as const,
          id: 'i1',
          number: 1,
          times: '09:30–12:00',
          title: 'Session 1: Setting the Scene',
          plain: false,
          subItems: ['Overall trend of cooperation'],
          people: [
            {
              __typename: 'AgendaLayoutPerson' as const,
              role: 'Chair',
              name: 'Prof. Kim Tae-hoon (김태훈)',
              affiliation: 'Korea National Diplomatic Academy',
            },
          ],
        },
        {
          __typename: 'AgendaLayoutItem' as const,
          id: 'i2',
          number: null,
          times: '12:00–13:30',
          title: 'Lunch',
          plain: true,
          subItems: [],
          people: [],
        },
      ],
    },
  ],
};

describe('the agenda as it is printed', () => {
  it('shows the symbol, the heading by state, numbered sessions and names romanised with the native script', async () => {
    renderRoute({
      routes: [{ path: '/', element: <AgendaReading meetingId={MEETING_ID} /> }],
      initialEntry: '/',
      mocks: [
        {
          request: { query: agendaReadingQuery, variables: { id: MEETING_ID } },
          result: { data: { meeting: { __typename: 'Meeting', id: MEETING_ID, agendaLayout: layout } } },
        },
      ],
    });

    const agenda = await screen.findByRole('article', { name: 'Provisional agenda' });
    expect(agenda).toHaveTextContent('ESCAP/EGM/2019/1');
    expect(agenda).toHaveTextContent('28 November 2019');
    const day = within(agenda).getByRole('region', { name: 'Day 1 – Wednesday, 4 December 2019' });
    const [session, lunch] = within(day)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.tagName === 'OL');
    expect(session).toHaveTextContent('Item 1: Session 1: Setting the Scene');
    expect(session).toHaveTextContent('Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy');
    expect(lunch).toHaveTextContent('12:00–13:30Lunch');
    expect(lunch).not.toHaveTextContent('Item');
  });
});
