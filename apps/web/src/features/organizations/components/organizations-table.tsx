import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { countryName, organizationKindLabels } from '@plenary/shared';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { OrganizationsTable_OrganizationFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';

export const organizationsTableFragment = graphql(`
  fragment OrganizationsTable_organization on Organization {
    id
    name
    acronym
    kind
    country
    needsReview
    parent {
      id
      name
      acronym
    }
  }
`);

export type OrganizationRow = OrganizationsTable_OrganizationFragment;

export interface OrganizationsTableProps {
  organizations: readonly FragmentType<typeof organizationsTableFragment>[];
  onEdit: (organization: OrganizationRow) => void;
  /** Keeps an organization added on the spot by a meeting's organiser as it is. */
  onConfirm: (organization: OrganizationRow) => void;
}

export function OrganizationsTable({ organizations: organizationRefs, onEdit, onConfirm }: OrganizationsTableProps) {
  // Those added on the spot by a meeting's organiser come first, for an administrator to review.
  const organizations = [...getFragmentData(organizationsTableFragment, organizationRefs)].sort(
    (a, b) => Number(b.needsReview) - Number(a.needsReview),
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>Organizations</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Acronym</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Country</Table.Th>
            <Table.Th scope="col">Part of</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organizations.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Td>
                <Text fw={500}>
                  <ScriptText>{organization.name}</ScriptText>
                </Text>
                {organization.needsReview && (
                  <Badge size="sm" variant="light" color="yellow" mt={4}>
                    Added by a meeting’s organiser · to review
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{organization.acronym ?? '—'}</Table.Td>
              <Table.Td>{organizationKindLabels[organization.kind]}</Table.Td>
              <Table.Td>{organization.country ? countryName(organization.country) : '—'}</Table.Td>
              <Table.Td>
                {organization.parent ? (organization.parent.acronym ?? organization.parent.name) : '—'}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {organization.needsReview && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`Keep ${organization.name} as it is`}
                      onClick={() => {
                        onConfirm(organization);
                      }}
                    >
                      Keep as it is
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Edit ${organization.name}`}
                    onClick={() => {
                      onEdit(organization);
                    }}
                  >
                    Edit
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
