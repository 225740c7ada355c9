import { Anchor, Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FileUploadError } from '../../files/upload-file';
import { useUploadPaper } from '../hooks/use-upload-paper';

/** A paper listed under an item. */
export interface PaperValue {
  id: string;
  filename: string;
  url: string;
}

const ACCEPTED = '.pdf,.docx,.xlsx,.pptx,.odt';

export interface AgendaPapersFieldProps {
  meetingId: string;
  papers: readonly PaperValue[];
  onChange: (papers: PaperValue[]) => void;
  /** What the server said about the papers when the item was saved. */
  error: string | undefined;
}

/** The item's papers: uploaded at once, attached to the item when it is saved. */
export function AgendaPapersField({ meetingId, papers, onChange, error }: AgendaPapersFieldProps) {
  const uploadPaper = useUploadPaper(meetingId);
  const [uploading, setUploading] = useState<string>();
  const [uploadError, setUploadError] = useState<string>();

  async function handleFile(file: File | null) {
    if (!file) return;
    setUploadError(undefined);
    setUploading(file.name);
    try {
      const paper = await uploadPaper(file);
      onChange([...papers.filter((other) => other.id !== paper.id), paper]);
    } catch (caught) {
      setUploadError(
        caught instanceof FileUploadError ? caught.message : 'The paper could not be uploaded. Try again.',
      );
    } finally {
      setUploading(undefined);
    }
  }

  return (
    <Stack gap="xs">
      {papers.length > 0 ? (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Papers of this item">
          {papers.map((paper) => (
            <Group component="li" key={paper.id} gap="sm" wrap="nowrap" justify="space-between">
              <Anchor href={paper.url} size="sm" target="_blank" rel="noopener" style={{ overflowWrap: 'anywhere' }}>
                {paper.filename}
              </Anchor>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={`Remove from item: ${paper.filename}`}
                onClick={() => {
                  onChange(papers.filter((other) => other.id !== paper.id));
                }}
              >
                Remove from item
              </Button>
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No papers yet.
        </Text>
      )}
      <FileInput
        label="Upload a paper"
        description="PDF, Word, Excel, PowerPoint or OpenDocument text. It is attached when you save the item."
        placeholder={uploading ? `Uploading ${uploading}…` : 'Choose a file'}
        accept={ACCEPTED}
        value={null}
        disabled={uploading !== undefined}
        rightSection={uploading ? <Loader size="xs" aria-label="Uploading" /> : undefined}
        onChange={(file) => void handleFile(file)}
        error={uploadError ?? error}
      />
    </Stack>
  );
}
