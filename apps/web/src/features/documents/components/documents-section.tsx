import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { documentKindLabels, type DocumentKind } from '@plenary/shared';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { EmptyState } from '../../../ui/empty-state';
import { ScriptText } from '../../../ui/script-text';
import { useCreateDocument } from '../hooks/use-create-document';
import { DocumentStatusBadge } from './document-status-badge';
import { NewDocumentForm } from './new-document-form';

export const documentsSectionFragment = graphql(`
  fragment DocumentsSection_document on Document {
    id
    title
    kind
    status
  }
`);

export interface DocumentsSectionProps {
  documents: readonly FragmentType<typeof documentsSectionFragment>[];
  /** The study group or meeting the documents belong to. */
  owner: { studyGroupId: string } | { meetingId: string };
  /** Whether the viewer may start one (those who run the group or the meeting). */
  canCreate: boolean;
  /** "New memorandum", "New document". */
  newLabel: string;
  defaultKind: DocumentKind;
  emptyDescription: string;
}

/** A study group's or a meeting's documents, each opening its page, and a way to start one. */
export function DocumentsSection({
  documents: refs,
  owner,
  canCreate,
  newLabel,
  defaultKind,
  emptyDescription,
}: DocumentsSectionProps) {
  const documents = getFragmentData(documentsSectionFragment, refs);
  const headingId = useId();
  const createDocument = useCreateDocument();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          Documents
        </Title>
        {canCreate && (
          <Button
            variant="default"
            onClick={() => {
              setCreating(true);
            }}
          >
            {newLabel}
          </Button>
        )}
      </Group>
      {documents.length === 0 ? (
        <EmptyState title="No documents yet" description={emptyDescription} />
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Documents">
          {documents.map((document) => (
            <Paper component="li" withBorder radius="md" p="sm" key={document.id}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                  <Anchor component={Link} to={`/documents/${encodeURIComponent(document.id)}`} fw={600}>
                    <ScriptText>{document.title}</ScriptText>
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {documentKindLabels[document.kind]}
                  </Text>
                </Stack>
                <DocumentStatusBadge status={document.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {canCreate && (
        <Modal
          opened={creating}
          onClose={() => {
            setCreating(false);
          }}
          title={newLabel}
          size="md"
          fullScreen={phone}
        >
          {creating && (
            <NewDocumentForm
              defaultKind={defaultKind}
              onSubmit={async (input) => {
                const id = await createDocument({ ...input, ...owner });
                setCreating(false);
                void navigate(`/documents/${encodeURIComponent(id)}`);
              }}
              onCancel={() => {
                setCreating(false);
              }}
            />
          )}
        </Modal>
      )}
    </Stack>
  );
}
