import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../../test/fixtures';
import { cscap, studyGroupFixture } from '../../../test/study-groups';
import { renderRoute } from '../../../test/render';
import { StudyGroupsRoute, studyGroupsQuery } from './study-groups-route';

function listMock(studyGroups: ReturnType<typeof studyGroupFixture>[]) {
  return { request: { query: studyGroupsQuery }, result: { data: { studyGroups } } };
}

const routes = [{ path: '/study-groups', element: <StudyGroupsRoute /> }];

describe('study groups list', () => {
  it('shows each group with its council, dates, status and the viewer’s role, and offers a new one to a convener', async () => {
    renderRoute({
      routes,
      initialEntry: '/study-groups',
      mocks: [
        viewerMock({ canConveneFor: [{ ...cscap, acronym: 'CSCAP' }] }),
        listMock([
          studyGroupFixture(),
          studyGroupFixture({
            id: 'sg-governance-2011',
            title: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
            status: 'CONCLUDED',
            startDate: '2010-06-01',
            endDate: '2012-05-31',
            viewerRoles: [],
          }),
        ]),
      ],
    });

    const link = await screen.findByRole('link', { name: 'CSCAP Study Group on Northeast Asia Peace and Cooperation' });
    expect(link).toHaveAttribute('href', '/study-groups/sg-peace-2019');
    expect(screen.getByText(/1 September 2019 – 31 August 2021/)).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Your role: Co-chair')).toBeInTheDocument();
    expect(screen.getAllByTitle('Council for Security Cooperation in the Asia Pacific')[0]).toHaveTextContent('CSCAP');

    expect(
      screen.getByRole('link', { name: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia' }),
    ).toHaveAttribute('href', '/study-groups/sg-governance-2011');
    expect(screen.getByText(/1 June 2010 – 31 May 2012/)).toBeInTheDocument();
    expect(screen.getByText('Concluded')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'New study group' })).toHaveAttribute('href', '/study-groups/new');
  });

  it('says how groups arrive when the viewer has none, and offers no "New study group" to others', async () => {
    renderRoute({ routes, initialEntry: '/study-groups', mocks: [viewerMock(), listMock([])] });

    expect(await screen.findByText(/You are not in any study group yet/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New study group' })).not.toBeInTheDocument();
  });
});
