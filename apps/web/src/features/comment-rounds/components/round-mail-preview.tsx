import { useLazyQuery } from '@apollo/client/react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import type { AttributionMode } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { ScriptText } from '../../../ui/script-text';

export const roundMailPreviewQuery = graphql(`
  query RoundMailPreview(
    $documentId: ID!
    $organizationIds: [ID!]!
    $personIds: [ID!]!
    $closesAt: DateTime!
    $opensAt: DateTime
    $instructions: String
    $attribution: AttributionMode!
  ) {
    circulationAudience(documentId: $documentId, organizationIds: $organizationIds, personIds: $personIds) {
      documentId
      mailPreview(closesAt: $closesAt, opensAt: $opensAt, instructions: $instructions, attribution: $attribution) {
        to
        subject
        text
      }
    }
  }
`);

export interface RoundMailPreviewProps {
  documentId: string;
  organizationIds: readonly string[];
  personIds: readonly string[];
  opensAt: Date | undefined;
  closesAt: Date | undefined;
  instructions: string;
  attribution: AttributionMode;
}

/** The e-mail the round will send, shown on request as its first recipient with an address will read it. */
export function RoundMailPreview(props: RoundMailPreviewProps) {
  const [load, { data, loading, error }] = useLazyQuery(roundMailPreviewQuery, { fetchPolicy: 'network-only' });
  const ready = props.closesAt !== undefined && props.organizationIds.length + props.personIds.length > 0;
  const preview = data?.circulationAudience.mailPreview;

  function handlePreview() {
    if (!props.closesAt) return;
    void load({
      variables: {
        documentId: props.documentId,
        organizationIds: [...props.organizationIds],
        personIds: [...props.personIds],
        closesAt: props.closesAt.toISOString(),
        opensAt: props.opensAt && props.opensAt > new Date() ? props.opensAt.toISOString() : null,
        instructions: props.instructions.trim() === '' ? null : props.instructions.trim(),
        attribution: props.attribution,
      },
    });
  }

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" size="xs" disabled={!ready} loading={loading} onClick={handlePreview}>
        {data ? 'Preview the e-mail again' : 'Preview the e-mail'}
      </Button>
      {!ready && (
        <Text size="xs" c="dimmed">
          Choose the recipients and when the round closes to see the e-mail they will get.
        </Text>
      )}
      {error && <ErrorState title="The e-mail could not be previewed" message={toApiError(error).message} />}
      {data && !preview && (
        <Text size="sm">Nobody among the recipients has an e-mail address: they are told in Plenary only.</Text>
      )}
      {preview && (
        <Paper withBorder p="sm" radius="md" w="100%" component="figure" m={0} aria-label="E-mail preview">
          <Text size="xs" c="dimmed" component="figcaption">
            As <ScriptText>{preview.to}</ScriptText> will read it; each person is addressed by name and told whom they
            answer for.
          </Text>
          <Text size="sm" fw={600} mt="xs">
            {preview.subject}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt="xs">
            {preview.text}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
