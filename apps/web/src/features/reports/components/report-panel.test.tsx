import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type {
  AddActionItemMutationVariables,
  ChangeActionItemStatusMutationVariables,
  ChangeMeetingReportStatusMutationVariables,
  SaveMeetingReportMutationVariables,
} from '../../../__generated__/graphql';
import { MEETING_ID, meetingPageMocks, participants } from '../../../test/agenda';
import { apiError, viewerMock } from '../../../test/fixtures';
import { meetingFixture } from '../../../test/meetings';
import { renderRoute } from '../../../test/render';
import {
  actionItemFixture,
  circulateDraftTask,
  REPORT_ID,
  reportFixture,
  reportPanelMock,
  sectionFixture,
} from '../../../test/reports';
import { MeetingRoute } from '../../meetings/routes/meeting-route';
import { reportComparisonQuery } from '../graphql/report-queries';
import { addActionItemMutation, changeActionItemStatusMutation } from '../hooks/use-action-item-mutations';
import { changeReportStatusMutation } from '../hooks/use-change-report-status';
import { saveMeetingReportMutation } from '../hooks/use-save-meeting-report';
import { startMeetingReportMutation } from '../hooks/use-start-meeting-report';

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

function meetingWithReport(overrides: Partial<Record<string, unknown>> = {}) {
  return meetingFixture({
    status: 'HELD',
    nextStatuses: [],
    viewerCanWriteReport: true,
    report: { __typename: 'MeetingReport', id: REPORT_ID },
    ...overrides,
  });
}

function renderReport(
  reportMocks: Parameters<typeof renderRoute>[0]['mocks'],
  meeting: ReturnType<typeof meetingFixture> = meetingWithReport(),
) {
  return renderRoute({
    routes,
    initialEntry: `/meetings/${MEETING_ID}?tab=report`,
    mocks: [viewerMock(), ...meetingPageMocks(meeting), ...reportMocks],
  });
}

const publishedForReaders = reportFixture({
  status: 'PUBLISHED',
  nextStatuses: [],
  publishedAt: '2019-12-10T01:00:00.000Z',
  viewerCanEdit: false,
});

describe('meeting report', { timeout: 20_000 }, () => {
  it('reads as a report: the participation sentence, the summary, each section and the next tasks', async () => {
    renderReport([reportPanelMock(publishedForReaders, { viewerCanWriteReport: false })], {
      ...meetingWithReport({ viewerRoles: ['PARTICIPANT'], viewerCanWriteReport: false, status: 'REPORT_PUBLISHED' }),
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Meeting report' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Report', selected: true })).toBeInTheDocument();
    expect(screen.getByText('Published', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, element) => element?.tagName === 'P' && /^Revision 2, saved .+ by 김민준$/.test(element.textContent ?? ''),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'More than 20 experts from 9 member committees and 2 other institutions participated in the meeting.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Counted from acceptances; attendance not yet marked.')).toBeInTheDocument();

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('The meeting was divided into three sessions.')).toBeInTheDocument();
    expect(
      within(summary).getByText('The Co-Chairs thanked the host for its arrangements and hospitality.'),
    ).toBeInTheDocument();
    const session = screen.getByRole('region', { name: 'Session 1: Setting the Scene' });
    expect(within(session).getByText('One participant reviewed the strategies of both Koreas.')).toBeInTheDocument();
    expect(within(session).getByText('Another participant questioned the utility of the talks.')).toBeInTheDocument();

    const tasks = screen.getByRole('region', { name: 'Next tasks' });
    const task = within(tasks).getByRole('listitem', { name: circulateDraftTask.title });
    expect(task).toHaveTextContent('Owner: 김민준, CSCAP-Korea');
    expect(task).toHaveTextContent('Due: 31 March 2020');
    expect(task).toHaveTextContent('Status: Open');

    const downloads = screen.getByRole('navigation', { name: 'Download the report' });
    expect(within(downloads).getByRole('link', { name: 'Report (Word)' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/report.docx`,
    );
    expect(within(downloads).getByRole('link', { name: 'Report (PDF)' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/report.pdf`,
    );
  });

  it('gives a reader without the right to edit no editor, no status buttons and no task controls, even on a draft', async () => {
    renderReport([reportPanelMock(reportFixture({ viewerCanEdit: false }), { viewerCanWriteReport: false })], {
      ...meetingWithReport({ viewerRoles: ['PARTICIPANT'], viewerCanWriteReport: false }),
    });

    expect(await screen.findByRole('heading', { name: 'Session 1: Setting the Scene' })).toBeInTheDocument();
    expect(screen.getByText('Draft', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Summary' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as final' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a task' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Status of/ })).not.toBeInTheDocument();
  });

  it('offers the tab to nobody when there is no report and the viewer cannot write one', async () => {
    renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=report`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingFixture({ viewerRoles: ['PARTICIPANT'] }))],
    });

    expect(await screen.findByRole('tab', { name: 'Overview', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Report' })).not.toBeInTheDocument();
  });

  it('lets a writer start the report, which opens in the editor', async () => {
    const start = vi.fn(() => ({
      data: {
        startMeetingReport: {
          ...reportFixture({
            revision: 1,
            current: {
              ...reportFixture().current,
              number: 1,
              summary: '',
              sections: [sectionFixture('item-session-1', 'Session 1: Setting the Scene', '')],
            },
            actionItems: [],
          }),
          meeting: { __typename: 'Meeting', id: MEETING_ID, report: { __typename: 'MeetingReport', id: REPORT_ID } },
        },
      },
    }));
    const { user } = renderReport(
      [
        reportPanelMock(null),
        { request: { query: startMeetingReportMutation, variables: { meetingId: MEETING_ID } }, result: start },
      ],
      meetingWithReport({ report: null }),
    );

    await user.click(await screen.findByRole('button', { name: 'Start the report' }));

    expect(await screen.findByRole('textbox', { name: 'Summary' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Section 1 heading' })).toHaveValue('Session 1: Setting the Scene');
    expect(start).toHaveBeenCalledOnce();
  });

  it('saves the writer’s text as the next revision, sending the revision it was made from', async () => {
    const save = vi.fn((variables: SaveMeetingReportMutationVariables) => ({
      data: {
        saveMeetingReport: reportFixture({
          revision: 3,
          current: {
            ...reportFixture().current,
            number: 3,
            summary: variables.input.summary,
            sections: variables.input.sections.map((section) =>
              sectionFixture(
                section.agendaItemId == null ? null : String(section.agendaItemId),
                section.heading,
                section.text,
              ),
            ),
          },
        }),
      },
    }));
    const { user } = renderReport([
      reportPanelMock(reportFixture()),
      { request: { query: saveMeetingReportMutation, variables: () => true }, result: save },
    ]);

    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'Three sessions.');
    await user.type(screen.getByRole('textbox', { name: 'Section 2 text' }), 'The group meets again in Tokyo.');
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    await user.type(screen.getByRole('textbox', { name: 'Section 3 heading' }), 'Closing');
    await user.click(screen.getByRole('button', { name: 'Move section 3 up' }));
    await user.click(screen.getByRole('switch', { name: 'Allow attribution' }));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Revision 3, all changes saved')).toBeInTheDocument();
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]?.[0]).toEqual({
      input: {
        reportId: REPORT_ID,
        baseRevision: 2,
        summary: 'Three sessions.',
        attributionAllowed: true,
        sections: [
          {
            agendaItemId: 'item-session-1',
            heading: 'Session 1: Setting the Scene',
            text: 'One participant reviewed the strategies of both Koreas.\n\nAnother participant questioned the utility of the talks.',
          },
          { agendaItemId: null, heading: 'Closing', text: '' },
          { agendaItemId: null, heading: 'Way forward', text: 'The group meets again in Tokyo.' },
        ],
      },
    });
  });

  it('asks for a heading before saving a section without one', async () => {
    const { user } = renderReport([reportPanelMock(reportFixture())]);

    await user.clear(await screen.findByRole('textbox', { name: 'Section 1 heading' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('textbox', { name: 'Section 1 heading' })).toHaveAccessibleDescription(
      expect.stringContaining('Give the section a heading.') as string,
    );
  });

  it('refuses to overwrite a co-author’s save: says who was first, keeps the text, and loads their revision on request', async () => {
    const theirs = reportFixture({
      revision: 3,
      current: { ...reportFixture().current, number: 3, summary: 'Their summary.' },
    });
    const { user } = renderReport([
      reportPanelMock(reportFixture()),
      {
        request: { query: saveMeetingReportMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError('Someone saved revision 3 since you opened revision 2.', {
              extensions: { code: 'CONFLICT', reason: 'VERSION_CONFLICT', currentRevision: 3 },
            }),
          ],
        },
      },
      reportPanelMock(theirs),
    ]);

    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'My summary.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert', { name: 'Someone else saved revision 3' });
    expect(summary).toHaveValue('My summary.');
    await user.click(within(alert).getByRole('button', { name: 'Load their revision' }));

    const copy = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Your unsaved text' });
    expect(copy.value).toContain('My summary.');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('Their summary.');
    expect(screen.getByText('Revision 3, all changes saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Someone else saved revision 3' })).not.toBeInTheDocument();
  });

  it('asks before leaving the draft with unsaved changes, and stays when asked to', async () => {
    const { user, router } = renderReport([reportPanelMock(reportFixture())]);

    await user.type(await screen.findByRole('textbox', { name: 'Section 2 text' }), 'Meet again.');
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));

    expect(router.state.location.search).toBe('?tab=report');
    expect(screen.getByRole('textbox', { name: 'Section 2 text' })).toHaveValue('Meet again.');
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    expect(await screen.findByRole('tab', { name: 'Overview', selected: true })).toBeInTheDocument();
  });

  it('lets a writer follow a task up after publication, sending the status it was in', async () => {
    const change = vi.fn((_: ChangeActionItemStatusMutationVariables) => ({
      data: { changeActionItemStatus: { ...circulateDraftTask, status: 'DONE', nextStatuses: ['OPEN'] } },
    }));
    const { user } = renderReport([
      reportPanelMock(
        reportFixture({ status: 'PUBLISHED', nextStatuses: [], publishedAt: '2019-12-10T01:00:00.000Z' }),
      ),
      { request: { query: changeActionItemStatusMutation, variables: () => true }, result: change },
    ]);

    const status = await screen.findByRole('combobox', { name: `Status of “${circulateDraftTask.title}”` });
    expect(screen.queryByRole('button', { name: `Edit “${circulateDraftTask.title}”` })).not.toBeInTheDocument();
    await user.selectOptions(status, 'Done');

    expect(await screen.findByText(`“${circulateDraftTask.title}” is now done.`)).toBeInTheDocument();
    expect(change.mock.calls[0]?.[0]).toEqual({ id: circulateDraftTask.id, input: { from: 'OPEN', to: 'DONE' } });
    expect(status).toHaveValue('DONE');
  });

  it('warns the writers of each participant the unattributed text names', async () => {
    renderReport([
      reportPanelMock(
        reportFixture({
          attributionWarnings: [
            {
              __typename: 'AttributionWarning',
              location: 'Session 2',
              personName: '김태훈',
              excerpt: '…as 김태훈 argued, the pipeline…',
            },
          ],
        }),
      ),
    ]);

    const warnings = await screen.findByRole('list', { name: 'Participants named in the report' });
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      'Session 2 names 김태훈: …as 김태훈 argued, the pipeline…',
    );
    expect(screen.getByRole('note', { name: 'The report names one participant' })).toBeInTheDocument();
  });

  it('shows the changes between two revisions as a redline, with insertions and deletions said aloud', async () => {
    const { user } = renderReport([
      reportPanelMock(reportFixture({ viewerCanEdit: false }), { viewerCanWriteReport: false }),
      {
        request: { query: reportComparisonQuery, variables: { reportId: REPORT_ID, from: 1, to: 2 } },
        result: {
          data: {
            reportComparison: {
              __typename: 'ReportComparison',
              from: 1,
              to: 2,
              summary: [
                { __typename: 'DiffSegment', kind: 'SAME', text: 'The meeting was divided into ' },
                { __typename: 'DiffSegment', kind: 'REMOVED', text: 'two' },
                { __typename: 'DiffSegment', kind: 'ADDED', text: 'three' },
                { __typename: 'DiffSegment', kind: 'SAME', text: ' sessions.' },
              ],
              sections: [
                {
                  __typename: 'SectionComparison',
                  heading: 'Way forward',
                  segments: [{ __typename: 'DiffSegment', kind: 'SAME', text: 'Meet again.' }],
                },
              ],
            },
          },
        },
      },
    ]);

    expect(await screen.findByRole('combobox', { name: 'From revision' })).toHaveValue('1');
    expect(screen.getByRole('combobox', { name: 'To revision' })).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    const redline = await screen.findByRole('region', { name: 'Changes from revision 1 to revision 2' });
    const inserted = redline.querySelector('ins');
    const deleted = redline.querySelector('del');
    expect(inserted).toHaveTextContent('[added: three]');
    expect(deleted).toHaveTextContent('[removed: two]');
    expect(redline).toHaveTextContent('The meeting was divided into [removed: two][added: three] sessions.');
    expect(within(redline).getByRole('heading', { name: 'Way forward' })).toBeInTheDocument();
  });

  it('offers only the status moves the server allows: "Mark as final" on a draft', async () => {
    renderReport([reportPanelMock(reportFixture())]);

    expect(await screen.findByRole('button', { name: 'Mark as final' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen as draft' })).not.toBeInTheDocument();
  });

  it('reopens a final report or publishes it after asking, and says why publishing waits for the meeting to be held', async () => {
    const final = reportFixture({ status: 'FINAL', nextStatuses: ['DRAFT', 'PUBLISHED'] });
    const publish = vi.fn((_: ChangeMeetingReportStatusMutationVariables) => ({
      errors: [apiError('A report is published once the meeting has been held.', 'CONFLICT', 'MEETING_NOT_HELD')],
    }));
    const { user } = renderReport([
      reportPanelMock(final),
      { request: { query: changeReportStatusMutation, variables: () => true }, result: publish },
    ]);

    expect(await screen.findByRole('button', { name: 'Reopen as draft' })).toBeInTheDocument();
    // A final report reads as it will be published: no editor.
    expect(screen.queryByRole('textbox', { name: 'Summary' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the report?' });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The meeting has not been marked as held yet.');
    expect(publish.mock.calls[0]?.[0]).toEqual({ id: REPORT_ID, input: { from: 'FINAL', to: 'PUBLISHED' } });
  });

  it('adds a task owned by a participant and their committee, with a due date', async () => {
    const add = vi.fn((variables: AddActionItemMutationVariables) => ({
      data: {
        addActionItem: actionItemFixture('action-new', {
          title: variables.input.title,
          dueDate: variables.input.dueDate,
          ownerPerson: { __typename: 'Person', id: 'person-lee', name: 'Lee Soo-jin' },
          ownerOrganization: {
            __typename: 'Organization',
            id: 'org-tcs',
            name: 'Trilateral Cooperation Secretariat',
            acronym: 'TCS',
          },
        }),
      },
    }));
    // The owners are the participants the meeting page has already loaded.
    const { user } = renderReport(
      [
        reportPanelMock(reportFixture({ actionItems: [] })),
        { request: { query: addActionItemMutation, variables: () => true }, result: add },
      ],
      meetingWithReport({ participants }),
    );

    await user.click(await screen.findByRole('button', { name: 'Add a task' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a task' });
    await user.type(await within(dialog).findByRole('textbox', { name: 'Task' }), 'Prepare the joint statement');
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner (person)' }));
    await user.click(await screen.findByRole('option', { name: 'Lee Soo-jin' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner (committee or institution)' }));
    await user.click(await screen.findByRole('option', { name: 'Trilateral Cooperation Secretariat (TCS)' }));
    await user.type(within(dialog).getByLabelText('Due date'), '2020-06-30');
    await user.click(within(dialog).getByRole('button', { name: 'Add task' }));

    const tasks = screen.getByRole('region', { name: 'Next tasks' });
    expect(await within(tasks).findByRole('listitem', { name: 'Prepare the joint statement' })).toHaveTextContent(
      'Owner: Lee Soo-jin, TCS',
    );
    expect(add.mock.calls[0]?.[0]).toEqual({
      reportId: REPORT_ID,
      input: {
        title: 'Prepare the joint statement',
        ownerPersonId: 'person-lee',
        ownerOrganizationId: 'org-tcs',
        dueDate: '2020-06-30',
      },
    });
  });
});
