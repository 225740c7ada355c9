import { screen, within } from '@testing-library/react';
import { Kind, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  agendaDayFixture,
  agendaItemFixture,
  meetingPageMocks,
  meetingWithAgenda,
  participationFixture,
  personFixture,
  twoDayAgenda,
} from '../../../test/agenda';
import { apiError, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import { reportPanelMock } from '../../../test/reports';
import { meetingUpdatedSubscription } from '../hooks/use-meeting-updates';
import { MeetingRoute, meetingQuery } from './meeting-route';

/** The live-update subscription, answered only after the test is over (or with `update` soon). */
function meetingUpdatesMock(update?: ReturnType<typeof meetingFixture>) {
  return {
    request: { query: meetingUpdatedSubscription, variables: { id: 'meeting-egm-2019' } },
    result: { data: { meetingUpdated: update ?? meetingFixture() } },
    delay: update ? 20 : 60_000,
  };
}

const routes = [
  { path: '/meetings/:meetingId', element: <MeetingRoute /> },
  { path: '/meetings', element: <p>Meetings page</p> },
];

/** What an operation selects of the meeting it asks for. */
function meetingSelection(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const [field] = operation?.selectionSet.selections ?? [];
  return field?.kind === Kind.FIELD && field.selectionSet ? print(field.selectionSet) : '';
}

describe('meeting page', () => {
  it('is kept current with everything it shows: the live update selects what the page’s query does', () => {
    expect(meetingSelection(meetingUpdatedSubscription)).not.toBe('');
    expect(meetingSelection(meetingUpdatedSubscription)).toBe(meetingSelection(meetingQuery));
  });

  it('shows "Meeting not found" with a way back when the API answers NOT_FOUND', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-unknown',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-unknown' } },
          result: { errors: [apiError('Meeting not found.', 'NOT_FOUND', 'NOT_FOUND')] },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to your meetings' }));
    expect(router.state.location.pathname).toBe('/meetings');
  });

  it('shows the meeting and offers "Edit details" to its organizer', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-egm-2019' } },
          result: { data: { meeting: meetingFixture() } },
        },
        meetingUpdatesMock(),
      ],
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Provisional agenda')).toBeInTheDocument();
    expect(screen.getByText('Track 1.5 (officials and experts)')).toBeInTheDocument();
    expect(screen.getByText(/^Asia\/Seoul \(GMT\+9\)/)).toBeInTheDocument();
    expect(screen.getByText('Trilateral Cooperation Secretariat')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit details' })).toBeInTheDocument();
  });

  it('offers no editing to a participant', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-egm-2019' } },
          result: { data: { meeting: meetingFixture({ viewerRoles: ['PARTICIPANT'] }) } },
        },
        meetingUpdatesMock(),
      ],
    });

    expect(await screen.findByText('Participant')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('lists the meeting’s documents, and offers organisers a new one (a concept note unless they choose)', async () => {
    const conceptNote = {
      __typename: 'Document' as const,
      id: 'doc-concept-note',
      title: 'Concept note: Sub-regional Cooperation in North-East Asia',
      kind: 'CONCEPT_NOTE',
      status: 'DRAFTING',
    };
    const { user } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-egm-2019' } },
          result: { data: { meeting: meetingFixture({ documents: [conceptNote] }) } },
        },
        meetingUpdatesMock(),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Documents' });
    expect(within(list).getByRole('link', { name: conceptNote.title })).toHaveAttribute(
      'href',
      '/documents/doc-concept-note',
    );
    await user.click(screen.getByRole('button', { name: 'New document' }));
    const dialog = await screen.findByRole('dialog', { name: 'New document' });
    expect(within(dialog).getByRole('combobox', { name: /^Kind/ })).toHaveValue('Concept note');
  });

  it('shows no documents section to a participant when the meeting has none', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-egm-2019' } },
          result: { data: { meeting: meetingFixture({ viewerRoles: ['PARTICIPANT'], viewerCanManage: false }) } },
        },
        meetingUpdatesMock(),
      ],
    });

    expect(await screen.findByText('Participant')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Documents' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New document' })).not.toBeInTheDocument();
  });

  it('shows a change the server pushes while the page is open, without a reload', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        {
          request: { query: meetingQuery, variables: { id: 'meeting-egm-2019' } },
          result: { data: { meeting: meetingFixture() } },
        },
        meetingUpdatesMock(meetingFixture({ status: 'AGENDA_ADOPTED', city: 'Incheon', version: 2 })),
      ],
    });

    expect(await screen.findByText('Provisional agenda')).toBeInTheDocument();
    expect(await screen.findByText('Agenda adopted')).toBeInTheDocument();
    expect(screen.getByText('Incheon, Republic of Korea')).toBeInTheDocument();
    expect(screen.queryByText('Provisional agenda')).not.toBeInTheDocument();
  });

  it('shows an agenda item and a participant someone else added, pushed by the server, without a reload', async () => {
    const before = meetingWithAgenda({ viewerRoles: ['PARTICIPANT'] });
    const closing = agendaItemFixture('item-closing', {
      kind: 'CLOSING',
      title: 'Closing Session',
      startTime: '16:30',
      endTime: '17:00',
      startsAt: '2019-12-05T07:30:00.000Z',
      endsAt: '2019-12-05T08:00:00.000Z',
    });
    const [dayOne, dayTwo] = twoDayAgenda;
    const after = meetingWithAgenda({
      viewerRoles: ['PARTICIPANT'],
      agendaDays: [dayOne, agendaDayFixture('day-2', '2019-12-05', [...(dayTwo?.items ?? []), closing])],
      participants: [
        ...(before.participants as unknown[]),
        participationFixture('participation-ivanova', personFixture('person-ivanova', 'Анна Иванова')),
      ],
    });
    const { user } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019?tab=agenda',
      mocks: [viewerMock(), ...meetingPageMocks(before, after)],
    });

    expect(await screen.findByRole('heading', { name: 'Session 3: Way Forward' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Closing Session' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Participants' }));
    expect(await screen.findByText('Анна Иванова')).toBeInTheDocument();
  });

  it('says which meeting of its study group this is, linking to the group', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        ...meetingPageMocks(
          meetingFixture({
            seriesLabel: 'Third and final meeting',
            studyGroup: {
              __typename: 'StudyGroup',
              id: 'group-mlsg',
              title: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
            },
          }),
        ),
      ],
    });

    const link = await screen.findByRole('link', {
      name: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
    });
    expect(link).toHaveAttribute('href', '/study-groups/group-mlsg');
    expect(link.parentElement).toHaveTextContent(
      'Third and final meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
    );
  });

  it('offers the Report tab to its writers before there is a report, and opens it from the address', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [
        viewerMock(),
        ...meetingPageMocks(meetingFixture({ status: 'HELD', viewerCanWriteReport: true })),
        reportPanelMock(null),
      ],
    });

    await user.click(await screen.findByRole('tab', { name: 'Report' }));

    expect(router.state.location.search).toBe('?tab=report');
    expect(await screen.findByRole('button', { name: 'Start the report' })).toBeInTheDocument();
  });

  it('offers the provisional agenda and the calendar to download, each a link to the API’s file', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [viewerMock(), ...meetingPageMocks(meetingFixture({ viewerRoles: ['PARTICIPANT'] }))],
    });

    await user.click(await screen.findByRole('button', { name: 'Download' }));
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Provisional agenda (PDF)' })).toHaveAttribute(
      'href',
      '/meetings/meeting-egm-2019/agenda.pdf',
    );
    expect(within(menu).getByRole('menuitem', { name: /Word/ })).toHaveAttribute(
      'href',
      '/meetings/meeting-egm-2019/agenda.docx',
    );
    const calendar = within(menu).getByRole('menuitem', { name: 'Calendar (.ics)' });
    expect(calendar).toHaveAttribute('href', '/meetings/meeting-egm-2019/calendar.ics');
    expect(calendar).toHaveAttribute('download');
    expect(within(menu).queryByRole('menuitem', { name: 'Agenda (PDF)' })).not.toBeInTheDocument();
  });

  it('calls the agenda simply "Agenda" once it is adopted', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [viewerMock(), ...meetingPageMocks(meetingFixture({ status: 'AGENDA_ADOPTED' }))],
    });

    await user.click(await screen.findByRole('button', { name: 'Download' }));
    expect(screen.getByRole('menuitem', { name: 'Agenda (PDF)' })).toHaveAttribute(
      'href',
      '/meetings/meeting-egm-2019/agenda.pdf',
    );
    expect(screen.getByRole('menuitem', { name: 'Agenda (Word)' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Provisional/ })).not.toBeInTheDocument();
  });

  it('gives the private calendar feed to subscribe to, with its webcal: link and a warning not to share it', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings/meeting-egm-2019',
      mocks: [viewerMock(), ...meetingPageMocks(meetingFixture())],
    });

    const section = await screen.findByRole('region', { name: 'Subscribe in your calendar' });
    const address = within(section).getByRole('textbox', { name: 'Calendar address' });
    expect(address).toHaveValue('https://plenary.example/calendar/feed-5f2c9a.ics');
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveAccessibleDescription(
      'Your own address: anyone who has it sees the agenda as you do, so do not share it.',
    );
    expect(within(section).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Open in your calendar application' })).toHaveAttribute(
      'href',
      'webcal://plenary.example/calendar/feed-5f2c9a.ics',
    );
  });
});
