import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ChangeRecommendationStatusMutationVariables,
  SetRecommendationFollowUpMutationVariables,
} from '../../../__generated__/graphql';
import { apiError, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { evidenceRequiredMessage } from '../components/record-step-form';
import { changeRecommendationStatusMutation } from '../hooks/use-change-recommendation-status';
import { setRecommendationFollowUpMutation } from '../hooks/use-set-recommendation-follow-up';
import {
  historyStepFixture,
  RECOMMENDATION_ID,
  recommendationFixture,
  recommendationPageMock,
} from '../testing/recommendation-fixtures';
import { RecommendationRoute } from './recommendation-route';

const routes = [{ path: '/recommendations/:recommendationId', element: <RecommendationRoute /> }];

type Result = { data: Record<string, unknown> } | { errors: Error[] };

function renderRecommendation(
  recommendation = recommendationFixture(),
  result: (variables: ChangeRecommendationStatusMutationVariables) => Result = () => ({ data: {} }),
) {
  const changeStatus = vi.fn(result);
  const setFollowUp = vi.fn((variables: SetRecommendationFollowUpMutationVariables) => ({
    data: {
      setRecommendationFollowUp: {
        __typename: 'Recommendation',
        id: variables.id,
        nextFollowUpOn: variables.nextFollowUpOn ?? null,
        overdue: false,
      },
    },
  }));
  const view = renderRoute({
    routes,
    initialEntry: `/recommendations/${recommendation.id}`,
    mocks: [
      viewerMock(),
      recommendationPageMock(recommendation),
      {
        request: { query: changeRecommendationStatusMutation, variables: () => true },
        result: changeStatus,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: setRecommendationFollowUpMutation, variables: () => true },
        result: setFollowUp,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
  return { ...view, changeStatus, setFollowUp };
}

type User = ReturnType<typeof renderRecommendation>['user'];

async function fillStep(user: User, step: { status: string; date: string; note: string }) {
  await user.click(await screen.findByRole('radio', { name: step.status }));
  fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: step.date } });
  await user.click(screen.getByLabelText(/^Note/));
  await user.paste(step.note);
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a recommendation’s page', { timeout: 20_000 }, () => {
  it('says where it comes from, links to the paragraph that made it, and shows its history', async () => {
    renderRecommendation();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Recommendation 7 of Report of the Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report of the EGM' })).toHaveAttribute(
      'href',
      '/documents/doc-egm-report?paragraph=para-7',
    );
    expect(
      screen.getByRole('link', { name: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia' }),
    ).toHaveAttribute('href', '/meetings/meeting-egm-2019');
    expect(screen.getAllByText('Overdue').length).toBeGreaterThan(0);

    const steps = within(screen.getByRole('list', { name: 'Steps, oldest first' })).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[1]).toHaveTextContent('15 January 2020: Adopted → Transmitted');
    expect(within(steps[1]!).getByRole('link', { name: 'https://example.org/letters/2020-01.pdf' })).toHaveAttribute(
      'href',
      'https://example.org/letters/2020-01.pdf',
    );
    expect(steps[1]).toHaveTextContent(/Recorded by Dr 김민준/);
  });

  it('offers only the moves the API allows now', async () => {
    renderRecommendation(
      recommendationFixture({
        status: 'NOT_TAKEN_UP',
        allowedNextStatuses: ['UNDER_CONSIDERATION'],
      }),
    );

    const group = await screen.findByRole('radiogroup', { name: /^New status/ });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['UNDER_CONSIDERATION']);
    expect(within(group).getByRole('radio', { name: 'Under consideration' })).toBeInTheDocument();
  });

  it('refuses "Accepted by addressee" without evidence, then records it with a link', async () => {
    const { user, changeStatus } = renderRecommendation(recommendationFixture(), () => ({
      data: {
        changeRecommendationStatus: recommendationFixture({
          status: 'ACCEPTED_BY_ADDRESSEE',
          allowedNextStatuses: ['IMPLEMENTED', 'NOT_TAKEN_UP'],
          history: [
            ...recommendationFixture().history,
            historyStepFixture('step-3', {
              fromStatus: 'TRANSMITTED',
              toStatus: 'ACCEPTED_BY_ADDRESSEE',
              occurredOn: '2022-03-01',
              note: 'The ministry adopted it in its 2022 plan.',
              evidenceUrl: 'https://example.org/plan-2022',
            }),
          ],
        }),
      },
    }));

    await fillStep(user, {
      status: 'Accepted by addressee',
      date: '2022-03-01',
      note: 'The ministry adopted it in its 2022 plan.',
    });
    expect(screen.getByRole('group', { name: 'Evidence (required)' })).toHaveTextContent(
      evidenceRequiredMessage('ACCEPTED_BY_ADDRESSEE'),
    );
    await user.click(screen.getByRole('button', { name: 'Record step' }));

    expect(screen.getByLabelText('Evidence link')).toHaveAccessibleDescription(
      evidenceRequiredMessage('ACCEPTED_BY_ADDRESSEE'),
    );
    expect(changeStatus).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Evidence link'));
    await user.paste('https://example.org/plan-2022');
    await user.type(screen.getByLabelText(/^Next follow-up on/), '2023-03-01');
    await user.click(screen.getByRole('button', { name: 'Record step' }));

    expect(await screen.findByText('1 March 2022: Transmitted → Accepted by addressee')).toBeInTheDocument();
    expect(changeStatus).toHaveBeenCalledOnce();
    expect(changeStatus.mock.calls[0]?.[0]).toEqual({
      input: {
        recommendationId: RECOMMENDATION_ID,
        status: 'ACCEPTED_BY_ADDRESSEE',
        occurredOn: '2022-03-01',
        note: 'The ministry adopted it in its 2022 plan.',
        evidenceUrl: 'https://example.org/plan-2022',
        nextFollowUpOn: '2023-03-01',
      },
    });
    // The form now offers the moves that follow the new status.
    expect(screen.getByRole('radio', { name: 'Implemented' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Under consideration' })).not.toBeInTheDocument();
  });

  it('uploads a file of evidence to the recommendation and cites it in the step', async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(
        jsonResponse(201, {
          id: 'file-letter',
          filename: 'acceptance-letter.pdf',
          contentType: 'application/pdf',
          sizeBytes: 20_480,
          url: '/files/file-letter',
          createdAt: '2022-03-02T01:00:00.000Z',
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { user, changeStatus } = renderRecommendation(recommendationFixture(), () => ({
      data: {
        changeRecommendationStatus: recommendationFixture({
          status: 'ACCEPTED_BY_ADDRESSEE',
          allowedNextStatuses: ['IMPLEMENTED', 'NOT_TAKEN_UP'],
          history: [
            ...recommendationFixture().history,
            historyStepFixture('step-3', {
              fromStatus: 'TRANSMITTED',
              toStatus: 'ACCEPTED_BY_ADDRESSEE',
              occurredOn: '2022-03-01',
              note: 'Accepted by letter.',
              evidenceFile: {
                __typename: 'StoredFile',
                id: 'file-letter',
                filename: 'acceptance-letter.pdf',
                url: '/files/file-letter',
              },
            }),
          ],
        }),
      },
    }));

    await fillStep(user, { status: 'Accepted by addressee', date: '2022-03-01', note: 'Accepted by letter.' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('The form has no file input.');
    await user.upload(input, new File(['%PDF-1.7'], 'acceptance-letter.pdf', { type: 'application/pdf' }));

    expect(await screen.findByRole('link', { name: 'acceptance-letter.pdf' })).toHaveAttribute(
      'href',
      '/files/file-letter',
    );
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/recommendations/${RECOMMENDATION_ID}/files`);
    expect(init?.method).toBe('POST');
    expect((init?.body as FormData).get('file')).toHaveProperty('name', 'acceptance-letter.pdf');

    await user.click(screen.getByRole('button', { name: 'Record step' }));

    const steps = await screen.findByRole('list', { name: 'Steps, oldest first' });
    const step = await within(steps).findByText('1 March 2022: Transmitted → Accepted by addressee');
    expect(
      within(step.closest('[role="listitem"]')!).getByRole('link', { name: 'acceptance-letter.pdf' }),
    ).toHaveAttribute('href', '/files/file-letter');
    expect(changeStatus).toHaveBeenCalledOnce();
    expect(changeStatus.mock.calls[0]?.[0]).toEqual({
      input: {
        recommendationId: RECOMMENDATION_ID,
        status: 'ACCEPTED_BY_ADDRESSEE',
        occurredOn: '2022-03-01',
        note: 'Accepted by letter.',
        evidenceFileId: 'file-letter',
      },
    });
  });

  it('shows the API’s refusal next to the field it is about', async () => {
    const { user, changeStatus } = renderRecommendation(recommendationFixture(), () => ({
      errors: [
        apiError(
          'That date is before the last step in its history (2020-01-15).',
          'BAD_USER_INPUT',
          'DATES_OUT_OF_ORDER',
          'occurredOn',
        ),
      ],
    }));

    await fillStep(user, { status: 'Under consideration', date: '2021-05-04', note: 'Discussed in cabinet.' });
    await user.click(screen.getByRole('button', { name: 'Record step' }));

    expect(await screen.findByText('That date is before the last step in its history (2020-01-15).')).toBeVisible();
    expect(screen.getByLabelText(/^Date/)).toHaveAttribute('aria-invalid', 'true');
    expect(changeStatus).toHaveBeenCalledOnce();
    // Nothing was recorded: the history is as it was.
    expect(within(screen.getByRole('list', { name: 'Steps, oldest first' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says why a move is no longer possible when someone else moved it first', async () => {
    const { user } = renderRecommendation(recommendationFixture(), () => ({
      errors: [
        apiError(
          'A recommendation that is not taken up can move to under consideration.',
          'CONFLICT',
          'INVALID_TRANSITION',
        ),
      ],
    }));

    await fillStep(user, { status: 'Under consideration', date: '2021-05-04', note: 'Discussed in cabinet.' });
    await user.click(screen.getByRole('button', { name: 'Record step' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A recommendation that is not taken up can move to under consideration.',
    );
  });

  it('sets and clears the next follow-up date', async () => {
    const { user, setFollowUp } = renderRecommendation();

    const date = await screen.findByLabelText('Follow up on');
    await user.clear(date);
    await user.type(date, '2022-09-30');
    await user.click(screen.getByRole('button', { name: 'Save date' }));
    expect(await screen.findByText('Your secretariat is reminded on 30 September 2022.')).toBeInTheDocument();
    expect(setFollowUp.mock.calls[0]?.[0]).toEqual({ id: RECOMMENDATION_ID, nextFollowUpOn: '2022-09-30' });

    await user.click(screen.getByRole('button', { name: 'Clear date' }));
    expect(await screen.findByText('No follow-up date is set.')).toBeInTheDocument();
    expect(setFollowUp.mock.calls[1]?.[0]).toEqual({ id: RECOMMENDATION_ID, nextFollowUpOn: null });
  });

  it('shows no form to a viewer who cannot track it, and says who follows it up', async () => {
    renderRecommendation(recommendationFixture({ viewerCanTrack: false, allowedNextStatuses: [] }));

    expect(
      await screen.findByText(/ESCAP-ENEA follows this recommendation up: its staff record each step/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record step' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /^New status/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save date' })).not.toBeInTheDocument();
  });

  it('links a hand-added recommendation to where its source can be read', async () => {
    renderRecommendation(
      recommendationFixture({
        number: null,
        sourceTitle: 'Ulaanbaatar Dialogue 2018: chair’s summary',
        sourceUrl: 'https://example.org/ubd-2018.pdf',
        document: null,
        paragraphId: null,
        meeting: null,
      }),
    );

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Recommendation of Ulaanbaatar Dialogue 2018: chair’s summary',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://example.org/ubd-2018.pdf' })).toHaveAttribute(
      'href',
      'https://example.org/ubd-2018.pdf',
    );
  });
});
