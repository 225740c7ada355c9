import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CreateDocumentMutationVariables } from '../../../__generated__/graphql';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { reportPageFixture, reportPageMock } from '../../../test/reports';
import { observerView, STUDY_GROUP_ID, studyGroupFixture, studyGroupPageMock } from '../../../test/study-groups';
import { createDocumentMutation } from '../../documents/hooks/use-create-document';
import { studyGroupUpdatedSubscription } from '../hooks/use-study-group-updates';
import { ReportRoute } from '../../reports/routes/report-route';
import { StudyGroupRoute } from '../routes/study-group-route';

const routes = [
  { path: '/study-groups/:studyGroupId', element: <StudyGroupRoute /> },
  { path: '/documents/:documentId', element: <p>Document page</p> },
  { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
  { path: '/reports/:reportId', element: <ReportRoute /> },
];

const memorandum = {
  __typename: 'Document' as const,
  id: 'doc-memo-nea',
  title: 'Memorandum on Security Cooperation in Northeast Asia',
  kind: 'MEMORANDUM',
  status: 'IN_COMMENT_ROUND',
};

function renderOutputs(
  group: ReturnType<typeof studyGroupFixture>,
  extraMocks: Parameters<typeof renderRoute>[0]['mocks'] = [],
) {
  return renderRoute({
    routes,
    initialEntry: `/study-groups/${group.id}?tab=outputs`,
    mocks: [
      viewerMock(),
      { ...studyGroupPageMock(group), maxUsageCount: Number.POSITIVE_INFINITY },
      // The live updates, answered only after the test is over.
      {
        request: { query: studyGroupUpdatedSubscription, variables: { id: group.id } },
        result: { data: { studyGroupUpdated: group } },
        delay: 600_000,
      },
      ...extraMocks,
    ],
  });
}

describe('study group outputs', { timeout: 20_000 }, () => {
  it('lists the group’s documents with their kind and status, linked to their pages', async () => {
    renderOutputs(observerView({ documents: [memorandum] }));

    const documents = await screen.findByRole('list', { name: 'Documents' });
    expect(within(documents).getByRole('link', { name: memorandum.title })).toHaveAttribute(
      'href',
      '/documents/doc-memo-nea',
    );
    expect(documents).toHaveTextContent('Memorandum');
    expect(documents).toHaveTextContent('In comment round');
    expect(screen.queryByRole('button', { name: 'New memorandum' })).not.toBeInTheDocument();
  });

  it('lets those who run the group start a memorandum, then opens it', async () => {
    const createDocument = vi.fn((_: CreateDocumentMutationVariables) => ({
      data: {
        createDocument: {
          __typename: 'Document',
          id: 'doc-new',
          title: 'Memorandum on Maritime Security',
          kind: 'MEMORANDUM',
          status: 'DRAFTING',
        },
      },
    }));
    const { user, router } = renderOutputs(studyGroupFixture(), [
      { request: { query: createDocumentMutation, variables: () => true }, result: createDocument },
    ]);

    expect(await screen.findByText('No documents yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New memorandum' }));
    const dialog = await screen.findByRole('dialog', { name: 'New memorandum' });
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveValue('Memorandum');
    await user.click(within(dialog).getByRole('textbox', { name: /^Title/ }));
    await user.paste('Memorandum on Maritime Security');
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    expect(await screen.findByText('Document page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/documents/doc-new');
    expect(createDocument.mock.calls[0]?.[0]).toEqual({
      input: { title: 'Memorandum on Maritime Security', kind: 'MEMORANDUM', studyGroupId: STUDY_GROUP_ID },
    });
  });

  it('leads a member of the body the group reports to from a published report to a page that reads it', async () => {
    const [seoul] = studyGroupFixture().reports;
    const { user, router } = renderOutputs(observerView({ reports: [{ ...seoul, meeting: null }] }), [
      reportPageMock(reportPageFixture({ id: 'report-seoul' })),
    ]);

    const reports = await screen.findByRole('list', { name: 'Meeting reports' });
    await user.click(within(reports).getByRole('link', { name: seoul!.reportedMeeting.title }));

    expect(await screen.findByRole('heading', { level: 1, name: seoul!.reportedMeeting.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reports/report-seoul');
    expect(screen.getByText('One participant reviewed the talks.')).toBeInTheDocument();
  });

  it('leads those who may open the meeting to its Report tab', async () => {
    const { user, router } = renderOutputs(studyGroupFixture());

    const reports = await screen.findByRole('list', { name: 'Meeting reports' });
    await user.click(within(reports).getByRole('link', { name: /^First Meeting/ }));

    expect(await screen.findByText('Meeting page')).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/meetings/meeting-seoul-2019?tab=report',
    );
  });
});
