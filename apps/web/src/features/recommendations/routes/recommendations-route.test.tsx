import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AddRecommendationMutationVariables } from '../../../__generated__/graphql';
import { escapOffice, tcs, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { organizationOptionsQuery } from '../../organizations/hooks/use-organization-options';
import { addRecommendationMutation } from '../hooks/use-add-recommendation';
import {
  filterOptionsMock,
  recommendationFixture,
  registryFixture,
  registryMock,
  RECOMMENDATION_ID,
} from '../testing/recommendation-fixtures';
import { RecommendationsRoute } from './recommendations-route';

const routes = [
  { path: '/recommendations', element: <RecommendationsRoute /> },
  { path: '/recommendations/:recommendationId', element: <p>Recommendation page</p> },
];

function renderDashboard(initialEntry: string, options: { canConveneFor?: (typeof escapOffice)[] } = {}) {
  const registry = registryMock(registryFixture({ totalCount: 120 }));
  const view = renderRoute({
    routes,
    initialEntry,
    mocks: [viewerMock({ canConveneFor: options.canConveneFor ?? [] }), filterOptionsMock, registry.mock],
  });
  return { ...view, registryQuery: registry.answer };
}

function lastVariables(registryQuery: ReturnType<typeof renderDashboard>['registryQuery']) {
  return registryQuery.mock.calls.at(-1)?.[0];
}

describe('recommendation registry', { timeout: 20_000 }, () => {
  it('reads every filter and the page from the address and asks the API for exactly those', async () => {
    const { registryQuery } = renderDashboard(
      '/recommendations?studyGroup=sg-nea&meeting=meeting-egm-2019&document=doc-memo-nea&addressee=NAMED_BODY&issueArea=TRADE&status=TRANSMITTED&year=2021&overdue=1&page=2',
    );

    expect(await screen.findByText('Recommendations 51–100 of 120')).toBeInTheDocument();
    expect(registryQuery).toHaveBeenCalledOnce();
    expect(lastVariables(registryQuery)).toEqual({
      filter: {
        studyGroupId: 'sg-nea',
        meetingId: 'meeting-egm-2019',
        documentId: 'doc-memo-nea',
        addressee: 'NAMED_BODY',
        issueArea: 'TRADE',
        status: 'TRANSMITTED',
        year: 2021,
        overdue: true,
      },
      limit: 50,
      offset: 50,
    });
    expect(screen.getByRole('switch', { name: /Overdue follow-up only/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Issue area' })).toHaveValue('Trade');
    expect(await screen.findByDisplayValue(/^Expert Group Meeting on Sub-regional Cooperation/)).toBeInTheDocument();
  });

  it('ignores values in the address that are not filters, rather than failing', async () => {
    const { registryQuery } = renderDashboard('/recommendations?status=DONE&year=21&issueArea=&page=0');

    expect(await screen.findByText('Recommendations 1–50 of 120')).toBeInTheDocument();
    expect(lastVariables(registryQuery)).toEqual({ filter: {}, limit: 50, offset: 0 });
  });

  it('puts a changed filter in the address, back on the first page, and asks again', async () => {
    const { user, router, registryQuery } = renderDashboard('/recommendations?status=TRANSMITTED&page=3');
    await screen.findByText(/^Recommendations 101–/);

    await user.click(screen.getByRole('combobox', { name: 'Issue area' }));
    await user.click(await screen.findByRole('option', { name: 'Energy' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe('?issueArea=ENERGY&status=TRANSMITTED');
    });
    await waitFor(() => {
      expect(lastVariables(registryQuery)).toEqual({
        filter: { issueArea: 'ENERGY', status: 'TRANSMITTED' },
        limit: 50,
        offset: 0,
      });
    });

    await user.click(screen.getByRole('switch', { name: /Overdue follow-up only/ }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?issueArea=ENERGY&status=TRANSMITTED&overdue=1');
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    await waitFor(() => {
      expect(lastVariables(registryQuery)).toEqual({ filter: {}, limit: 50, offset: 0 });
    });
  });

  it('filters by a status when its count is clicked, and shows all again on a second click', async () => {
    const { user, router } = renderDashboard('/recommendations?year=2020');

    const implemented = await screen.findByRole('button', { name: '1 Implemented' });
    expect(implemented).toHaveAttribute('aria-pressed', 'false');
    await user.click(implemented);
    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=IMPLEMENTED&year=2020');
    });
    expect(await screen.findByRole('button', { name: '1 Implemented' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: '1 Implemented' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?year=2020');
    });
  });

  it('moves between pages through the address', async () => {
    const { user, router, registryQuery } = renderDashboard('/recommendations?issueArea=TRADE');
    await screen.findByText('Recommendations 1–50 of 120');

    await user.click(screen.getByRole('button', { name: 'Page 3' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe('?issueArea=TRADE&page=3');
    });
    await waitFor(() => {
      expect(lastVariables(registryQuery)).toEqual({ filter: { issueArea: 'TRADE' }, limit: 50, offset: 100 });
    });
  });

  it('exports what the filters match, without the page', async () => {
    renderDashboard('/recommendations?issueArea=TRADE&status=TRANSMITTED&overdue=1&page=2');

    expect(await screen.findByRole('link', { name: 'Export XLSX' })).toHaveAttribute(
      'href',
      '/recommendations/export.xlsx?issueArea=TRADE&status=TRANSMITTED&overdue=1',
    );
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/recommendations/export.csv?issueArea=TRADE&status=TRANSMITTED&overdue=1',
    );
  });

  it('lists each recommendation with its status and follow-up, leading to its page', async () => {
    const { user, router } = renderDashboard('/recommendations');

    const link = await screen.findByRole('link', {
      name: 'Recommendation 7 of Report of the Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    });
    const card = link.closest('li');
    if (!card) throw new Error('The recommendation is not listed.');
    expect(within(card).getByText('Transmitted')).toBeInTheDocument();
    expect(within(card).getByText('Overdue')).toBeInTheDocument();
    expect(within(card).getByText(/Addressed to: Policy makers; TCS/)).toBeInTheDocument();

    await user.click(link);
    expect(await screen.findByText('Recommendation page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/recommendations/${RECOMMENDATION_ID}`);
  });

  it('gives the figures behind each chart as a table', async () => {
    renderDashboard('/recommendations');

    const byArea = await screen.findByRole('table', { name: 'Status by issue area' });
    const transport = within(byArea).getByRole('row', { name: /^Transport/ });
    expect(
      within(transport)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '0', '0', '1', '0', '2']);
    const progress = screen.getByRole('table', { name: 'Progress over time, by year' });
    expect(within(progress).getByRole('row', { name: /^2019/ })).toHaveTextContent(/^20192/);
  });

  it('offers "Add a recommendation" only to a secretariat', async () => {
    renderDashboard('/recommendations');
    await screen.findByText('Recommendations 1–50 of 120');
    expect(screen.queryByRole('button', { name: 'Add a recommendation' })).not.toBeInTheDocument();
  });

  it('lets a secretariat add a recommendation from elsewhere, then opens it', async () => {
    const add = vi.fn((_variables: AddRecommendationMutationVariables) => ({
      data: { addRecommendation: recommendationFixture({ id: 'rec-new' }) },
    }));
    const registry = registryMock();
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/recommendations',
      mocks: [
        viewerMock({ canConveneFor: [escapOffice] }),
        filterOptionsMock,
        registry.mock,
        {
          request: { query: organizationOptionsQuery },
          result: { data: { organizations: [escapOffice, tcs] } },
        },
        { request: { query: addRecommendationMutation, variables: () => true }, result: add },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Add a recommendation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a recommendation' });
    // The viewer's only secretariat is chosen already.
    expect(within(dialog).getByRole('combobox', { name: /^Followed up by/ })).toHaveValue(
      'ESCAP-ENEA — ESCAP East and North-East Asia Office',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add recommendation' }));
    expect(within(dialog).getByLabelText(/^Source title/)).toHaveAccessibleDescription(
      /Say which output it comes from/,
    );
    expect(add).not.toHaveBeenCalled();

    await user.click(within(dialog).getByLabelText(/^Source title/));
    await user.paste('Ulaanbaatar Dialogue 2018: chair’s summary');
    await user.click(within(dialog).getByLabelText(/^Source link/));
    await user.paste('https://example.org/ubd-2018.pdf');
    await user.click(within(dialog).getByLabelText(/^Number/));
    await user.paste('4');
    await user.click(within(dialog).getByLabelText(/^Text/));
    await user.paste('Participants should exchange early-warning data on dust storms.');
    await user.click(within(dialog).getByRole('button', { name: 'Add an addressee' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Addressee 1' }));
    await user.click(await within(dialog).findByRole('option', { name: 'A named body' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Body addressed' }));
    await user.click(await within(dialog).findByRole('option', { name: 'TCS — Trilateral Cooperation Secretariat' }));
    await user.clear(within(dialog).getByLabelText(/^Adopted on/));
    await user.type(within(dialog).getByLabelText(/^Adopted on/), '2018-06-15');
    await user.type(within(dialog).getByLabelText(/^Next follow-up on/), '2019-06-15');
    await user.click(within(dialog).getByRole('button', { name: 'Add recommendation' }));

    expect(await screen.findByText('Recommendation page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/recommendations/rec-new');
    expect(add).toHaveBeenCalledOnce();
    expect(add.mock.calls[0]?.[0]).toEqual({
      input: {
        responsibleId: escapOffice.id,
        sourceTitle: 'Ulaanbaatar Dialogue 2018: chair’s summary',
        sourceUrl: 'https://example.org/ubd-2018.pdf',
        number: 4,
        text: 'Participants should exchange early-warning data on dust storms.',
        addressees: [{ kind: 'NAMED_BODY', organizationId: tcs.id }],
        issueAreas: [],
        adoptedOn: '2018-06-15',
        nextFollowUpOn: '2019-06-15',
      },
    });
  });
});
