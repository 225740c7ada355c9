import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { confirmOrganizationMutation } from '../hooks/use-confirm-organization';
import { OrganizationsPanel, organizationsQuery } from './organizations-panel';

function organization(id: string, name: string, needsReview: boolean) {
  return {
    __typename: 'Organization' as const,
    id,
    name,
    acronym: null,
    kind: 'GOVERNMENT',
    country: 'MN',
    needsReview,
    parent: null,
  };
}

const ministry = organization('org-energy', 'Ministry of Energy', true);
const escap = organization('org-escap', 'ESCAP', false);

describe('OrganizationsPanel', () => {
  it('marks an organization an organiser added on the spot, and keeps it as it is in one click', async () => {
    const { user } = renderRoute({
      routes: [{ path: '/admin', element: <OrganizationsPanel /> }],
      initialEntry: '/admin',
      mocks: [
        { request: { query: organizationsQuery }, result: { data: { organizations: [escap, ministry] } } },
        {
          request: { query: confirmOrganizationMutation, variables: { id: ministry.id } },
          result: { data: { confirmOrganization: { ...ministry, needsReview: false } } },
        },
      ],
    });

    expect(await screen.findByText('Added by a meeting’s organiser · to review')).toBeInTheDocument();
    // It comes first, although the directory lists by name.
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('Ministry of Energy');
    // Only the organization to review offers to be kept.
    expect(screen.queryByRole('button', { name: 'Keep ESCAP as it is' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep Ministry of Energy as it is' }));

    await expect.poll(() => screen.queryByText('Added by a meeting’s organiser · to review')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Keep Ministry of Energy as it is' })).not.toBeInTheDocument();
  });
});
