import { Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { paragraphKindLabels } from '@plenary/shared';
import { useState } from 'react';
import { toApiErrors } from '../../../lib/api-error';
import { FormDialog } from '../../../ui/form-dialog';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { WordFileField } from './word-file-field';
import { useImportWordDraft } from '../hooks/use-word-mutations';
import { type DraftPreview, previewWordDraft } from '../word-files';

export interface ImportWordDialogProps {
  documentId: string;
  opened: boolean;
  onClose: () => void;
}

/** A co-chair's Word draft: the paragraphs Plenary found, shown first, added to the working version once confirmed. */
export function ImportWordDialog({ documentId, opened, onClose }: ImportWordDialogProps) {
  return (
    <FormDialog title="Import a draft from Word" opened={opened} onClose={onClose}>
      <ImportWordForm documentId={documentId} onDone={onClose} />
    </FormDialog>
  );
}

function ImportWordForm({ documentId, onDone }: { documentId: string; onDone: () => void }) {
  const importDraft = useImportWordDraft(documentId);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<DraftPreview>();
  const [reading, setReading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function handleFile(chosen: File | null) {
    setFile(chosen);
    setPreview(undefined);
    setErrors([]);
    if (!chosen) return;
    setReading(true);
    try {
      setPreview(await previewWordDraft(documentId, chosen));
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setReading(false);
    }
  }

  async function handleImport() {
    if (!preview) return;
    setErrors([]);
    setImporting(true);
    try {
      await importDraft(preview.paragraphs.map(({ kind, html }) => ({ kind, html })));
      notifications.show({
        color: 'green',
        title: 'Draft imported',
        message: `${preview.paragraphs.length} paragraphs added at the end of the working version.`,
      });
      onDone();
    } catch (error) {
      setErrors(toApiErrors(error).map((e) => e.message));
    } finally {
      setImporting(false);
    }
  }

  const count = preview?.paragraphs.length ?? 0;
  return (
    <Stack gap="md">
      <Text size="sm">
        Plenary reads the Word file’s headings, paragraphs, recommendations (“Recommendation 1” or the Recommendation
        style), emphasis, lists and links. Nothing is added until you confirm; the paragraphs go after those already
        there.
      </Text>
      <WordFileField
        label="Word file (.docx)"
        file={file}
        reading={reading}
        busy={importing}
        message={preview?.message}
        onChange={(chosen) => void handleFile(chosen)}
      />
      <FormErrorAlert messages={errors} title="Nothing was imported" />
      {count > 0 && (
        <Table.ScrollContainer minWidth={420} maxHeight={380}>
          <Table withTableBorder stickyHeader>
            <Table.Caption>{count} paragraphs found</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Text</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview!.paragraphs.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Badge variant="light" color={p.kind === 'RECOMMENDATION' ? 'grape' : 'gray'}>
                      {paragraphKindLabels[p.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={p.kind === 'HEADING' ? 700 : undefined} style={{ whiteSpace: 'pre-line' }}>
                      {p.text}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {preview && preview.leftOut.length > 0 && (
        <Stack gap={4}>
          <Text size="sm">Left out:</Text>
          <List size="sm">
            {preview.leftOut.map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button disabled={count === 0} loading={importing} onClick={() => void handleImport()}>
          {count > 0 ? `Import ${count} paragraphs` : 'Import'}
        </Button>
      </Group>
    </Stack>
  );
}
