import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { REPORT_ID, reportPageFixture, reportPageMock } from '../../../test/reports';
import { reportPageQuery, ReportRoute } from './report-route';

const routes = [
  { path: '/reports/:reportId', element: <ReportRoute /> },
  { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
  { path: '/study-groups/:studyGroupId', element: <p>Study group page</p> },
];

function renderReportPage(mock: MockLink.MockedResponse) {
  return renderRoute({ routes, initialEntry: `/reports/${REPORT_ID}`, mocks: [viewerMock(), mock] });
}

describe('report page', { timeout: 20_000 }, () => {
  it('shows a reader who may not open the meeting its published report: what, when, where, the text and the tasks', async () => {
    renderReportPage(reportPageMock(reportPageFixture()));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('24–25 October 2019 · Lotte Hotel, Seoul, Republic of Korea')).toBeInTheDocument();
    expect(
      screen.getByText((_, element) => element?.tagName === 'P' && /^Published \d/.test(element.textContent ?? '')),
    ).toBeInTheDocument();
    expect(screen.getByText('This meeting is held under the Chatham House rule')).toBeInTheDocument();
    expect(
      screen.getByText('More than 20 experts from 9 member committees participated in the meeting.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Session 1: Setting the Scene' })).toBeInTheDocument();
    expect(screen.getByText('One participant reviewed the talks.')).toBeInTheDocument();
    expect(screen.getByText('Circulate the draft memorandum to the member committees')).toBeInTheDocument();
    // Nothing to write or follow up, and no way into the meeting it may not open.
    expect(screen.queryByRole('button', { name: 'Add a task' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /meeting’s page/ })).not.toBeInTheDocument();

    const downloads = screen.getByRole('navigation', { name: 'Download the report' });
    expect(within(downloads).getByRole('link', { name: 'Report (PDF)' })).toHaveAttribute(
      'href',
      '/meetings/meeting-seoul-2019/report.pdf',
    );
    expect(
      screen.getByRole('link', { name: 'CSCAP Study Group on Northeast Asia Peace and Cooperation' }),
    ).toHaveAttribute('href', '/study-groups/sg-peace-2019?tab=outputs');
    expect(document.title).toBe(
      'Report: First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation · Plenary',
    );
  });

  it('leads someone who may open the meeting to its Report tab', async () => {
    const { user, router } = renderReportPage(
      reportPageMock(reportPageFixture({ meeting: { __typename: 'Meeting', id: 'meeting-seoul-2019' } })),
    );

    await user.click(await screen.findByRole('link', { name: 'Open it on the meeting’s page' }));

    expect(await screen.findByText('Meeting page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meetings/meeting-seoul-2019');
    expect(router.state.location.search).toBe('?tab=report');
  });

  it('says "not found" for a report the reader may not read, such as a draft', async () => {
    renderReportPage({
      request: { query: reportPageQuery, variables: { id: REPORT_ID } },
      result: { errors: [apiError('No report with that id, or you may not see it.', 'NOT_FOUND', 'NOT_FOUND')] },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Report not found' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Download the report' })).not.toBeInTheDocument();
  });
});
