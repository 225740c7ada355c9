import { ActionIcon, Button, Fieldset, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { AddresseeKind, addresseeKindLabels, IssueArea, issueAreaLabels } from '@plenary/shared';
import { organizationLabel } from '../../../lib/names';
import { useOrganizationOptions } from '../../organizations/hooks/use-organization-options';

export interface AddresseeDraft {
  /** Stays with the row while others are removed, so React and the focus follow it. */
  key: string;
  kind: AddresseeKind;
  organizationId: string | null;
}

let lastAddresseeKey = 0;
export function addresseeKey(): string {
  lastAddresseeKey += 1;
  return `addressee-${lastAddresseeKey}`;
}

const MAX_ADDRESSEES = 20;

const kindOptions = Object.values(AddresseeKind).map((kind) => ({ value: kind, label: addresseeKindLabels[kind] }));
const issueAreaOptions = Object.values(IssueArea).map((area) => ({ value: area, label: issueAreaLabels[area] }));

export interface RecommendationFieldsProps {
  /** "recommendation 2": names the group of fields. */
  name: string;
  addressees: readonly AddresseeDraft[];
  issueAreas: readonly IssueArea[];
  onChange: (next: { addressees: AddresseeDraft[]; issueAreas: IssueArea[] }) => void;
}

/** Whom a recommendation is addressed to (a named body is chosen from the directory) and its issue areas. */
export function RecommendationFields({ name, addressees, issueAreas, onChange }: RecommendationFieldsProps) {
  const { organizations, loading } = useOrganizationOptions();
  const organizationOptions = organizations.map((organization) => ({
    value: organization.id,
    label: organizationLabel(organization),
  }));

  function changeAddressees(next: AddresseeDraft[]) {
    onChange({ addressees: next, issueAreas: [...issueAreas] });
  }

  function changeAddressee(key: string, change: Partial<AddresseeDraft>) {
    changeAddressees(addressees.map((addressee) => (addressee.key === key ? { ...addressee, ...change } : addressee)));
  }

  return (
    <Stack gap="sm">
      <Fieldset
        legend={`Addressees of ${name}`}
        variant="unstyled"
        styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
      >
        <Stack gap="xs">
          {addressees.map((addressee, index) => (
            <Group key={addressee.key} gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={`Addressee ${index + 1}`}
                data={kindOptions}
                value={addressee.kind}
                allowDeselect={false}
                onChange={(kind) => {
                  if (kind) changeAddressee(addressee.key, { kind: kind });
                }}
                style={{ flex: '1 1 12rem' }}
              />
              {addressee.kind === AddresseeKind.NAMED_BODY && (
                <Select
                  label="Body addressed"
                  placeholder={loading ? 'Loading the directory…' : 'Choose an organization'}
                  searchable
                  data={organizationOptions}
                  value={addressee.organizationId}
                  onChange={(organizationId) => {
                    changeAddressee(addressee.key, { organizationId });
                  }}
                  nothingFoundMessage="No organization by that name"
                  style={{ flex: '2 1 16rem' }}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`Remove addressee ${index + 1}`}
                onClick={() => {
                  changeAddressees(addressees.filter((candidate) => candidate.key !== addressee.key));
                }}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          ))}
          {addressees.length < MAX_ADDRESSEES && (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  changeAddressees([
                    ...addressees,
                    { key: addresseeKey(), kind: AddresseeKind.POLICY_MAKERS, organizationId: null },
                  ]);
                }}
              >
                Add an addressee
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>
      <MultiSelect
        label="Issue areas"
        data={issueAreaOptions}
        value={[...issueAreas]}
        onChange={(areas) => {
          onChange({ addressees: [...addressees], issueAreas: areas });
        }}
        searchable
        clearable
      />
    </Stack>
  );
}
