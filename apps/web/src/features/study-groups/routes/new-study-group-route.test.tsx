import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CreateStudyGroupMutationVariables } from '../../../__generated__/graphql';
import { apiError, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import {
  cscap,
  cscapChina,
  cscapJapan,
  cscapKorea,
  cscapUs,
  steeringCommittee,
  studyGroupFixture,
} from '../../../test/study-groups';
import { END_BEFORE_START_MESSAGE } from '../components/study-group-form';
import { createStudyGroupMutation } from '../hooks/use-create-study-group';
import { studyGroupOrganizationsQuery } from '../../organizations/hooks/use-study-group-organizations';
import { NewStudyGroupRoute } from './new-study-group-route';

type Result = { data: Record<string, unknown> } | { errors: Error[] };

function renderNewStudyGroup(result: Result = { data: { createStudyGroup: studyGroupFixture({ id: 'sg-new' }) } }) {
  // Answers any createStudyGroup call, so a test can see whether the form called the server at all.
  const createStudyGroup = vi.fn<(variables: CreateStudyGroupMutationVariables) => Result>(() => result);
  const view = renderRoute({
    routes: [
      { path: '/study-groups/new', element: <NewStudyGroupRoute /> },
      { path: '/study-groups/:studyGroupId', element: <p>Study group page</p> },
    ],
    initialEntry: '/study-groups/new',
    mocks: [
      viewerMock({ canConveneFor: [{ ...cscap, acronym: 'CSCAP' }] }),
      {
        request: { query: studyGroupOrganizationsQuery },
        result: { data: { organizations: [cscap, steeringCommittee, cscapKorea, cscapChina, cscapJapan, cscapUs] } },
      },
      {
        request: { query: createStudyGroupMutation, variables: () => true },
        result: createStudyGroup,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
  return { ...view, createStudyGroup };
}

type User = ReturnType<typeof renderNewStudyGroup>['user'];

async function choose(user: User, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function fillIn(user: User, dates: { start: string; end: string }) {
  // Pasted rather than typed key by key: each keystroke re-renders a long form, which jsdom makes slow.
  await user.click(await screen.findByLabelText(/^Title/));
  await user.paste('CSCAP Study Group on Northeast Asia Peace and Cooperation');
  fireEvent.change(screen.getByLabelText(/^Start date/), { target: { value: dates.start } });
  fireEvent.change(screen.getByLabelText(/^End date/), { target: { value: dates.end } });
}

describe('new study group form', { timeout: 20_000 }, () => {
  it('refuses an end before the start, and no co-chair committee, without calling the server', async () => {
    const { user, router, createStudyGroup } = renderNewStudyGroup();

    await fillIn(user, { start: '2019-09-01', end: '2019-08-31' });
    await user.click(screen.getByRole('button', { name: 'Create study group' }));

    expect(screen.getByLabelText(/^End date/)).toHaveAccessibleDescription(END_BEFORE_START_MESSAGE);
    expect(screen.getByLabelText(/^End date/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose at least one co-chair committee.')).toBeInTheDocument();
    expect(createStudyGroup).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/study-groups/new');
  });

  it('creates the group for the council the viewer convenes for, with its lettered objectives and principles, then opens it', async () => {
    const { user, router, createStudyGroup } = renderNewStudyGroup();

    await fillIn(user, { start: '2019-09-01', end: '2021-08-31' });
    // The viewer's only council is chosen already.
    expect(screen.getByRole('combobox', { name: /^Council/ })).toHaveValue(
      'CSCAP — Council for Security Cooperation in the Asia Pacific',
    );
    await choose(user, /^Reports to/, 'CSCAP Steering Committee');
    await choose(user, /^Co-chair committees/, 'CSCAP-Korea — Korean Committee of CSCAP');
    await choose(user, /^Co-chair committees/, 'CSCAP-China — Chinese Committee of CSCAP');
    await choose(user, /^Participating committees/, 'CSCAP-Japan — Japanese Committee of CSCAP');

    await user.click(screen.getByRole('button', { name: 'Add an objective' }));
    await user.click(screen.getByRole('button', { name: 'Add an objective' }));
    await user.click(screen.getByLabelText('Objective (a)'));
    await user.paste('To evaluate current sources of insecurity');
    await user.click(screen.getByLabelText('Objective (b)'));
    await user.paste('To examine follow-on projects');
    await user.click(screen.getByRole('button', { name: 'Add a principle' }));
    await user.paste('Plus');
    await user.click(screen.getByLabelText('Principle 1 description'));
    await user.paste('Observers from outside the region.');

    await user.click(screen.getByRole('button', { name: 'Create study group' }));

    expect(await screen.findByText('Study group page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/study-groups/sg-new');
    expect(createStudyGroup).toHaveBeenCalledOnce();
    expect(createStudyGroup.mock.calls[0]?.[0]).toEqual({
      input: {
        title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
        councilId: cscap.id,
        reportsToId: steeringCommittee.id,
        startDate: '2019-09-01',
        endDate: '2021-08-31',
        coChairCommitteeIds: [cscapKorea.id, cscapChina.id],
        participatingCommitteeIds: [cscapJapan.id],
        objectives: ['To evaluate current sources of insecurity', 'To examine follow-on projects'],
        principles: [{ name: 'Plus', description: 'Observers from outside the region.' }],
        anticipatedOutputs: [],
      },
    });
  });

  it('shows a refusal the server names a field for next to that field', async () => {
    const { user, router } = renderNewStudyGroup({
      errors: [
        apiError(
          'The study group cannot end before it starts.',
          'BAD_USER_INPUT',
          'DATES_OUT_OF_ORDER',
          'input.endDate',
        ),
      ],
    });

    await fillIn(user, { start: '2019-09-01', end: '2021-08-31' });
    await choose(user, /^Co-chair committees/, 'CSCAP-Korea — Korean Committee of CSCAP');
    await user.click(screen.getByRole('button', { name: 'Create study group' }));

    await vi.waitFor(() => {
      expect(screen.getByLabelText(/^End date/)).toHaveAccessibleDescription(
        'The study group cannot end before it starts.',
      );
    });
    expect(router.state.location.pathname).toBe('/study-groups/new');
  });
});
