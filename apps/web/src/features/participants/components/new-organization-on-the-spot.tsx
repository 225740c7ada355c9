import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Collapse, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isCountryCode, limits, OrganizationKind, organizationKindLabels } from '@plenary/shared';
import { useId, useState } from 'react';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';

export const addOrganizationForMeetingMutation = graphql(`
  mutation AddOrganizationForMeeting($meetingId: ID!, $input: CreateOrganizationInput!) {
    addOrganizationForMeeting(meetingId: $meetingId, input: $input) {
      id
      name
      acronym
      needsReview
    }
  }
`);

const kindOptions = Object.values(OrganizationKind).map((kind) => ({
  value: kind,
  label: organizationKindLabels[kind],
}));

function isKind(value: string | null): value is OrganizationKind {
  return value !== null && Object.hasOwn(OrganizationKind, value);
}

export interface NewOrganizationOnTheSpotProps {
  meetingId: string;
  /** Called with the organization once it is in the directory, to choose it at once. */
  onAdded: (organization: { id: string; name: string }) => void;
}

/**
 * An organization the directory lacks ("Ministry of Energy"), added by the organiser without leaving
 * the list they are building; administrators review it later.
 */
export function NewOrganizationOnTheSpot({ meetingId, onAdded }: NewOrganizationOnTheSpotProps) {
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [country, setCountry] = useState('');
  const [errors, setErrors] = useState<{ name?: string; kind?: string; country?: string; form?: string }>({});
  const panelId = useId();
  const [mutate, { loading }] = useMutation(addOrganizationForMeetingMutation, {
    update(cache, { data }) {
      const added = data && cache.identify(data.addOrganizationForMeeting);
      if (!added) return;
      cache.modify({
        fields: {
          organizations(existing: readonly Reference[] = [], { toReference }) {
            const ref = toReference(added);
            return ref ? [...existing, ref] : existing;
          },
        },
      });
    },
  });

  async function handleAdd() {
    const next: typeof errors = {};
    if (name.trim() === '') next.name = 'Give the organization’s name.';
    if (!kind) next.kind = 'Choose the kind of organization.';
    const code = country.trim().toUpperCase();
    if (code !== '' && !isCountryCode(code)) next.country = 'A country code such as MN, KR or CN.';
    setErrors(next);
    if (Object.keys(next).length > 0 || !kind) return;
    try {
      const { data } = await mutate({
        variables: { meetingId, input: { name: name.trim(), kind, country: code === '' ? null : code } },
      });
      if (!data) return;
      onAdded(data.addOrganizationForMeeting);
      setName('');
      setCountry('');
      setKind(null);
      setOpened(false);
    } catch (error) {
      setErrors({ form: toApiError(error).message });
    }
  }

  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={opened}
          aria-controls={panelId}
          onClick={() => {
            setOpened((open) => !open);
          }}
        >
          Not in the directory? Add an organization
        </Button>
      </Group>
      <Collapse expanded={opened} id={panelId}>
        <Paper withBorder p="sm" radius="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput
                label="Organization"
                required
                maxLength={limits.shortText}
                value={name}
                error={errors.name}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                }}
              />
              <Select
                label="Kind"
                required
                data={kindOptions}
                value={kind}
                error={errors.kind}
                onChange={(value) => {
                  if (isKind(value)) setKind(value);
                }}
              />
              <TextInput
                label="Country"
                description="Code, e.g. MN"
                maxLength={2}
                value={country}
                error={errors.country}
                onChange={(event) => {
                  setCountry(event.currentTarget.value);
                }}
              />
            </SimpleGrid>
            {errors.form && (
              <Text size="sm" c="red" role="alert">
                {errors.form}
              </Text>
            )}
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                Added to the directory at once, marked for an administrator to review.
              </Text>
              <Button size="compact-sm" loading={loading} onClick={() => void handleAdd()}>
                Add organization
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Collapse>
    </Stack>
  );
}
