import { fireEvent, screen, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type {
  AddStudyGroupMemberMutationVariables,
  CreateSubGroupMutationVariables,
  ChangeStudyGroupStatusMutationVariables,
  PlanStudyGroupMeetingMutationVariables,
  ScheduleStudyGroupMeetingMutationVariables,
} from '../../../__generated__/graphql';
import { apiError, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import {
  cscapJapan,
  memberFixture,
  observerView,
  planFixture,
  satoHiroshi,
  STUDY_GROUP_ID,
  studyGroupFixture,
  studyGroupPageMock,
} from '../../../test/study-groups';
import { peopleSearchQuery } from '../../people/hooks/use-people-search';
import { changeStudyGroupStatusMutation } from '../hooks/use-change-study-group-status';
import { planStudyGroupMeetingMutation, scheduleStudyGroupMeetingMutation } from '../hooks/use-meeting-plans';
import { addStudyGroupMemberMutation } from '../hooks/use-study-group-members';
import { createSubGroupMutation } from '../hooks/use-sub-groups';
import { StudyGroupRoute } from './study-group-route';

// The venue's zone starts as the viewer's own, which the test fixes.
vi.mock('../../../ui/time-zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../ui/time-zone')>()),
  viewerTimeZone: () => 'Asia/Shanghai',
}));

const routes = [
  { path: '/study-groups/:studyGroupId', element: <StudyGroupRoute /> },
  { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
];

function renderGroup(
  group: ReturnType<typeof studyGroupFixture>,
  tab: string | null,
  extraMocks: Parameters<typeof renderRoute>[0]['mocks'] = [],
) {
  return renderRoute({
    routes,
    initialEntry: `/study-groups/${group.id}${tab ? `?tab=${tab}` : ''}`,
    mocks: [viewerMock(), studyGroupPageMock(group), ...extraMocks],
  });
}

/** The controls only those who run the group see, by their accessible names. */
const managementControls = [
  'Edit details',
  'Conclude',
  'Add a committee',
  'Add person',
  'Plan a meeting',
  'Schedule the second meeting',
  'New sub-group',
];

describe('study group page', () => {
  it('heads the page with the group’s status, council, body it reports to and dates, and shows its mandate lettered', async () => {
    renderGroup(studyGroupFixture(), null);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('1 September 2019 – 31 August 2021')).toBeInTheDocument();
    expect(screen.getByText(/reporting to/)).toBeInTheDocument();
    expect(screen.getByText('CSCAP Steering Committee')).toBeInTheDocument();

    const objectives = screen.getByRole('region', { name: 'Objectives' });
    expect(
      within(objectives)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '(a)To evaluate current sources of insecurity in Northeast Asia',
      '(b)To analyze ways to remedy current strategic uncertainty in Northeast Asia',
    ]);
    const principles = screen.getByRole('region', { name: 'Principles' });
    expect(principles).toHaveTextContent('Plus: Observers from outside the region.');
    expect(screen.getByRole('button', { name: 'Edit details' })).toBeInTheDocument();
  });

  it('groups committees into co-chairs and participants with their focal points, and lists members with their roles', async () => {
    renderGroup(studyGroupFixture(), 'committees');

    const coChairs = (await screen.findByRole('heading', { name: 'Co-chair committees' })).parentElement!;
    expect(coChairs).toHaveTextContent('Korean Committee of CSCAP (CSCAP-Korea)');
    expect(coChairs).toHaveTextContent('Focal point: Dr 김태훈');
    expect(coChairs).toHaveTextContent('Chinese Committee of CSCAP (CSCAP-China)');
    const participants = screen.getByRole('heading', { name: 'Participating committees' }).parentElement!;
    expect(participants).toHaveTextContent('Japanese Committee of CSCAP (CSCAP-Japan)');
    expect(participants).toHaveTextContent('No focal point named');

    const members = screen.getByRole('list', { name: 'Members of the group' });
    expect(within(members).getAllByRole('listitem')[0]).toHaveTextContent(
      /Dr 김태훈.*Kim Tae-hoon.*Co-chair · Korean Committee of CSCAP/,
    );
    expect(screen.getByRole('button', { name: 'Remove Dr 김태훈 (co-chair)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove CSCAP-Japan from the group' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add person' })).toBeInTheDocument();
  });

  it('shows the meeting series in order, linking a scheduled meeting and its report', async () => {
    renderGroup(studyGroupFixture(), 'meetings');

    const series = await screen.findByRole('list', { name: 'Meetings in order' });
    const [first, second, third] = within(series).getAllByRole('listitem');
    expect(first).toHaveAccessibleName('First meeting');
    expect(first).toHaveTextContent('Hosted by CSCAP-Korea · Seoul, Republic of Korea · expected October 2019');
    expect(first).toHaveTextContent('24–25 October 2019 · Lotte Hotel');
    expect(first).toHaveTextContent('Report published');
    expect(
      within(first!).getByRole('link', {
        name: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
      }),
    ).toHaveAttribute('href', '/meetings/meeting-seoul-2019');
    expect(within(first!).getByRole('link', { name: 'Report of the first meeting' })).toHaveAttribute(
      'href',
      '/meetings/meeting-seoul-2019?tab=report',
    );
    expect(within(first!).queryByRole('button', { name: /Schedule/ })).not.toBeInTheDocument();

    expect(second).toHaveTextContent("Hosted by CSCAP-China · Beijing, People's Republic of China · expected May 2020");
    expect(within(second!).getByRole('button', { name: 'Schedule the second meeting' })).toBeInTheDocument();
    expect(third).toHaveAccessibleName('Third and final meeting');
    expect(
      within(third!).getByRole('button', { name: 'Remove the third and final meeting from the series' }),
    ).toBeInTheDocument();
  });

  it('lists the reports and the action items still open, with owner and due date', async () => {
    renderGroup(studyGroupFixture(), 'outputs');

    const reports = await screen.findByRole('list', { name: 'Meeting reports' });
    expect(
      within(reports).getByRole('link', {
        name: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
      }),
    ).toHaveAttribute('href', '/meetings/meeting-seoul-2019?tab=report');
    expect(reports).toHaveTextContent('Published 2 December 2019');

    const actions = screen.getByRole('list', { name: 'Open action items' });
    expect(actions).toHaveTextContent('Circulate the draft memorandum to all member committees');
    expect(actions).toHaveTextContent('Dr 김태훈, CSCAP-Korea · due 31 March 2020');
    expect(actions).toHaveTextContent('In progress');
  });

  it('shows an observer everything published and no control to change it', async () => {
    const { user } = renderGroup(observerView(), null);

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    for (const tab of ['Overview', 'Committees & members', 'Meetings', 'Sub-groups', 'Outputs']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      for (const name of managementControls) {
        expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      }
      expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    }
    // What is published is still there to read.
    expect(screen.getByRole('list', { name: 'Open action items' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Meetings' }));
    expect(screen.getByRole('link', { name: 'Report of the first meeting' })).toBeInTheDocument();
  });

  it('records the approval of a proposed group after asking, sending the status it was in', async () => {
    const changeStatus = vi.fn((_: ChangeStudyGroupStatusMutationVariables) => ({
      data: {
        changeStudyGroupStatus: {
          __typename: 'StudyGroup',
          id: STUDY_GROUP_ID,
          status: 'APPROVED',
          nextStatuses: ['ACTIVE'],
          version: 4,
        },
      },
    }));
    const { user } = renderGroup(studyGroupFixture({ status: 'PROPOSED', nextStatuses: ['APPROVED'] }), null, [
      { request: { query: changeStudyGroupStatusMutation, variables: () => true }, result: changeStatus },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record approval' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record approval?' });
    expect(dialog).toHaveTextContent('Record that CSCAP Steering Committee has approved the group.');
    await user.click(within(dialog).getByRole('button', { name: 'Record approval' }));

    expect(await screen.findByRole('button', { name: 'Mark active' })).toBeInTheDocument();
    expect(changeStatus.mock.calls[0]?.[0]).toEqual({
      id: STUDY_GROUP_ID,
      input: { from: 'PROPOSED', to: 'APPROVED' },
    });
    expect(screen.getByText('Approved')).toBeInTheDocument();
  });
});

// The schedule form mounts the list of time zones, which jsdom renders slowly.
describe('scheduling a planned meeting', { timeout: 20_000 }, () => {
  async function fillInSchedule(user: ReturnType<typeof renderRoute>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Schedule the second meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule the second meeting' });
    expect(within(dialog).getByLabelText(/^Title/)).toHaveAttribute(
      'placeholder',
      'Second Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
    );
    // The planned city is where it starts.
    expect(within(dialog).getByLabelText(/^City/)).toHaveValue('Beijing');
    await user.click(within(dialog).getByLabelText(/^Venue/));
    await user.paste('China Institute of International Studies');
    fireEvent.change(within(dialog).getByLabelText(/^First day/), { target: { value: '2020-05-28' } });
    fireEvent.change(within(dialog).getByLabelText(/^Last day/), { target: { value: '2020-05-29' } });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule meeting' }));
    return dialog;
  }

  it('creates the meeting of the plan with the venue, zone and days given, then opens it', async () => {
    const schedule = vi.fn((_: ScheduleStudyGroupMeetingMutationVariables): FormattedExecutionResult => ({
      data: {
        scheduleStudyGroupMeeting: {
          __typename: 'Meeting',
          id: 'meeting-beijing-2020',
          title: 'Second Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
        },
      },
    }));
    const { user, router } = renderGroup(studyGroupFixture(), 'meetings', [
      { request: { query: scheduleStudyGroupMeetingMutation, variables: () => true }, result: schedule },
      // The series is read again: the plan now has its meeting.
      studyGroupPageMock(studyGroupFixture()),
    ]);

    await fillInSchedule(user);

    expect(await screen.findByText('Meeting page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meetings/meeting-beijing-2020');
    expect(schedule).toHaveBeenCalledOnce();
    expect(schedule.mock.calls[0]?.[0]).toEqual({
      input: {
        planId: 'plan-2',
        venue: 'China Institute of International Studies',
        city: 'Beijing',
        timeZone: 'Asia/Shanghai',
        startDate: '2020-05-28',
        endDate: '2020-05-29',
      },
    });
  });

  it('says the group must be approved first when the server refuses for that reason', async () => {
    const { user, router } = renderGroup(
      studyGroupFixture({ status: 'PROPOSED', nextStatuses: ['APPROVED'] }),
      'meetings',
      [
        {
          request: { query: scheduleStudyGroupMeetingMutation, variables: () => true },
          result: {
            errors: [
              apiError('Meetings can be scheduled once the study group is approved.', 'CONFLICT', 'GROUP_NOT_APPROVED'),
            ],
          },
        },
      ],
    );

    expect(await screen.findByRole('note')).toHaveTextContent(
      'Meetings can be scheduled once the study group’s approval is recorded.',
    );
    const dialog = await fillInSchedule(user);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Meetings can be scheduled once the study group is approved.',
    );
    expect(router.state.location.pathname).toBe(`/study-groups/${STUDY_GROUP_ID}`);
  });
});

describe('planning a meeting', { timeout: 20_000 }, () => {
  it('adds a meeting to the series with its host and the first day of the expected month, then shows it', async () => {
    const plan = vi.fn((_: PlanStudyGroupMeetingMutationVariables) => ({
      data: { planStudyGroupMeeting: { __typename: 'MeetingPlan', id: 'plan-4' } },
    }));
    const before = studyGroupFixture();
    const after = studyGroupFixture({
      meetingPlans: [
        ...before.meetingPlans.slice(0, 2),
        { ...before.meetingPlans[2]!, label: 'Third meeting' },
        planFixture('plan-4', {
          sequence: 4,
          label: 'Fourth and final meeting',
          expectedMonth: '2021-04-01',
          city: 'Washington',
          country: 'US',
          host: null,
        }),
      ],
    });
    const { user } = renderGroup(before, 'meetings', [
      { request: { query: planStudyGroupMeetingMutation, variables: () => true }, result: plan },
      studyGroupPageMock(after),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Plan a meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan a meeting' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Host committee/ }));
    await user.click(await screen.findByRole('option', { name: 'CSCAP-US — United States Committee of CSCAP' }));
    await user.click(within(dialog).getByLabelText(/^City/));
    await user.paste('Washington');
    fireEvent.change(within(dialog).getByLabelText(/^Expected month/), { target: { value: '2021-04' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add to the series' }));

    expect(await screen.findByRole('heading', { name: 'Fourth and final meeting' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Third meeting' })).toBeInTheDocument();
    expect(plan.mock.calls[0]?.[0]).toEqual({
      studyGroupId: STUDY_GROUP_ID,
      input: { expectedMonth: '2021-04-01', hostId: 'org-cscap-us', city: 'Washington' },
    });
  });

  it('refuses a month outside the group’s dates without calling the server', async () => {
    const plan = vi.fn(() => ({ data: null }));
    const { user } = renderGroup(studyGroupFixture(), 'meetings', [
      { request: { query: planStudyGroupMeetingMutation, variables: () => true }, result: plan },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Plan a meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan a meeting' });
    fireEvent.change(within(dialog).getByLabelText(/^Expected month/), { target: { value: '2022-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add to the series' }));

    expect(within(dialog).getByLabelText(/^Expected month/)).toHaveAccessibleDescription(
      /^Choose a month within the group’s dates\./,
    );
    expect(plan).not.toHaveBeenCalled();
  });
});

describe('naming a person to the group', { timeout: 20_000 }, () => {
  it('adds a person found in the directory, in a role and for a committee, and lists them', async () => {
    const yamada = {
      __typename: 'Person' as const,
      id: 'person-yamada',
      name: '山田 花子',
      sortName: 'Yamada Hanako',
      honorific: null,
      title: 'Senior Fellow',
      affiliation: {
        __typename: 'Organization' as const,
        id: cscapJapan.id,
        name: cscapJapan.name,
        acronym: 'CSCAP-Japan',
      },
    };
    const before = studyGroupFixture();
    const add = vi.fn((_: AddStudyGroupMemberMutationVariables) => ({
      data: {
        addStudyGroupMember: studyGroupFixture({
          members: [...before.members, memberFixture('membership-yamada', { ...yamada }, 'MEMBER', cscapJapan)],
        }),
      },
    }));
    const { user } = renderGroup(before, 'committees', [
      {
        request: { query: peopleSearchQuery, variables: () => true },
        result: { data: { people: [yamada] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: addStudyGroupMemberMutation, variables: () => true }, result: add },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person to the group' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Person/ }));
    await user.click(await screen.findByRole('option', { name: /山田 花子/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Committee represented/ }));
    await user.click(await screen.findByRole('option', { name: 'CSCAP-Japan — Japanese Committee of CSCAP' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    const members = await screen.findByRole('list', { name: 'Members of the group' });
    await vi.waitFor(() => {
      expect(members).toHaveTextContent('山田 花子');
    });
    expect(add.mock.calls[0]?.[0]).toEqual({
      input: {
        studyGroupId: STUDY_GROUP_ID,
        personId: 'person-yamada',
        role: 'MEMBER',
        representingId: cscapJapan.id,
      },
    });
  });
});

describe('sub-groups', { timeout: 20_000 }, () => {
  it('sets up a sub-group with a mandate and members chosen among the group’s members', async () => {
    const create = vi.fn((_: CreateSubGroupMutationVariables) => ({
      data: {
        createSubGroup: {
          __typename: 'SubGroup',
          id: 'sub-group-new',
          title: 'Sub-group on non-traditional security',
          mandate: 'Disasters, pandemics and transnational crime.',
          members: [satoHiroshi],
        },
      },
    }));
    const { user } = renderGroup(studyGroupFixture(), 'sub-groups', [
      { request: { query: createSubGroupMutation, variables: () => true }, result: create },
    ]);

    await user.click(await screen.findByRole('button', { name: 'New sub-group' }));
    const dialog = await screen.findByRole('dialog', { name: 'New sub-group' });
    await user.click(within(dialog).getByLabelText(/^Title/));
    await user.paste('Sub-group on non-traditional security');
    await user.click(within(dialog).getByLabelText(/^Mandate/));
    await user.paste('Disasters, pandemics and transnational crime.');
    await user.click(within(dialog).getByRole('combobox', { name: /^Members/ }));
    await user.click(await screen.findByRole('option', { name: '佐藤 博' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create sub-group' }));

    expect(await screen.findByRole('heading', { name: 'Sub-group on non-traditional security' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sub-group on the Korean Peninsula' })).toBeInTheDocument();
    expect(create.mock.calls[0]?.[0]).toEqual({
      studyGroupId: STUDY_GROUP_ID,
      input: {
        title: 'Sub-group on non-traditional security',
        mandate: 'Disasters, pandemics and transnational crime.',
        memberIds: ['person-sato'],
      },
    });
  });
});
