import { Badge, Group, Text } from '@mantine/core';
import { addresseeKindLabels, issueAreaLabels, type AddresseeKind, type IssueArea } from '@plenary/shared';

export interface RecommendationFactsProps {
  addressees: readonly { kind: AddresseeKind; organization: { name: string; acronym: string | null } | null }[];
  issueAreas: readonly IssueArea[];
}

export function addresseeText(addressee: RecommendationFactsProps['addressees'][number]): string {
  if (addressee.organization) return addressee.organization.acronym ?? addressee.organization.name;
  return addresseeKindLabels[addressee.kind];
}

/** Whom a recommendation is addressed to, and the issue areas it is tagged with. */
export function RecommendationFacts({ addressees, issueAreas }: RecommendationFactsProps) {
  if (addressees.length === 0 && issueAreas.length === 0) return null;
  return (
    <>
      {addressees.length > 0 && (
        <Text size="sm">
          <Text span size="sm" fw={500}>
            Addressed to:
          </Text>{' '}
          {addressees.map(addresseeText).join('; ')}
        </Text>
      )}
      {issueAreas.length > 0 && (
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500} component="span">
            Issue areas:
          </Text>
          {issueAreas.map((area) => (
            <Badge key={area} variant="light" color="gray" size="sm">
              {issueAreaLabels[area]}
            </Badge>
          ))}
        </Group>
      )}
    </>
  );
}
