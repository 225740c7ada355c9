import { Alert, Badge, Button, Checkbox, Group, List, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CommentKind, commentKindLabels, suggestionWording } from '@plenary/shared';
import { useState } from 'react';
import { toApiErrors } from '../../../lib/api-error';
import { FormDialog } from '../../../ui/form-dialog';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { WordFileField } from './word-file-field';
import { usePostReturnedComments } from '../hooks/use-word-mutations';
import { readReturnedWord, type ReturnedComment, type ReturnedPreview } from '../word-files';

export interface ReturnedWordDialogProps {
  documentId: string;
  opened: boolean;
  onClose: () => void;
}

/** A comment of the file as the person reviews it before posting. */
interface Reviewed extends ReturnedComment {
  keep: boolean;
}

const PERSONAL = 'personal';
const commentKinds = Object.values(CommentKind)
  .filter((kind) => kind !== CommentKind.SUGGESTION)
  .map((kind) => ({ value: kind, label: commentKindLabels[kind] }));

/**
 * A committee's marked-up Word file taken back: its Word comments and tracked changes shown as
 * draft comments and suggested wording, reviewed, then posted together to the round.
 */
export function ReturnedWordDialog({ documentId, opened, onClose }: ReturnedWordDialogProps) {
  return (
    <FormDialog title="Take back a marked-up Word file" opened={opened} onClose={onClose}>
      <ReturnedWordForm documentId={documentId} onDone={onClose} />
    </FormDialog>
  );
}

function ReturnedWordForm({ documentId, onDone }: { documentId: string; onDone: () => void }) {
  const post = usePostReturnedComments();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ReturnedPreview>();
  const [reviewed, setReviewed] = useState<Reviewed[]>([]);
  const [speaksFor, setSpeaksFor] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [posting, setPosting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function handleFile(chosen: File | null) {
    setFile(chosen);
    setPreview(undefined);
    setReviewed([]);
    setErrors([]);
    if (!chosen) return;
    setReading(true);
    try {
      const read = await readReturnedWord(documentId, chosen);
      setPreview(read);
      setReviewed(read.comments.map((comment) => ({ ...comment, keep: true })));
      setSpeaksFor(read.committees[0]?.id ?? (read.personal ? PERSONAL : null));
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setReading(false);
    }
  }

  const change = (index: number, patch: Partial<Reviewed>) =>
    setReviewed((all) => all.map((comment, i) => (i === index ? { ...comment, ...patch } : comment)));

  const kept = reviewed.filter((comment) => comment.keep);

  async function handlePost() {
    if (!preview || !speaksFor) return;
    setErrors([]);
    setPosting(true);
    try {
      const count = await post(
        preview.roundId,
        speaksFor === PERSONAL ? null : speaksFor,
        kept.map(({ paragraphId, kind, body, quote, suggestion }) => ({ paragraphId, kind, body, quote, suggestion })),
      );
      notifications.show({
        color: 'green',
        title: 'Comments posted',
        message: `${count} comments from the Word file are in round ${preview.roundNumber}.`,
      });
      onDone();
    } catch (error) {
      setErrors(toApiErrors(error).map((e) => e.message));
    } finally {
      setPosting(false);
    }
  }

  const speakerOptions = [
    ...(preview?.committees.map((c) => ({ value: c.id, label: c.name })) ?? []),
    ...(preview?.personal ? [{ value: PERSONAL, label: 'In my personal capacity' }] : []),
  ];

  return (
    <Stack gap="md">
      <Text size="sm">
        Download the version out for comment as Word, let the committee add Word comments and tracked changes, then
        choose the file it returned. Plenary shows what it found; nothing is posted until you post it.
      </Text>
      <WordFileField
        label="Returned Word file (.docx)"
        file={file}
        reading={reading}
        busy={posting}
        message={preview?.message}
        onChange={(chosen) => void handleFile(chosen)}
      />
      <FormErrorAlert messages={errors} title="Nothing was posted" />
      {preview && preview.alreadyPosted > 0 && (
        <Text size="sm" c="dimmed">
          {preview.alreadyPosted} comments of the file are already in Plenary and are left out.
        </Text>
      )}
      {reviewed.length > 0 && (
        <Select
          label="The comments speak for"
          data={speakerOptions}
          value={speaksFor}
          onChange={setSpeaksFor}
          allowDeselect={false}
        />
      )}
      {reviewed.map((comment, i) => (
        <Paper key={i} withBorder p="sm" component="section" aria-label={`Comment ${i + 1} from the file`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Checkbox
                checked={comment.keep}
                onChange={(event) => change(i, { keep: event.currentTarget.checked })}
                label={`Keep — paragraph ${comment.paragraphNumber ?? '(heading)'}, from ${comment.wordAuthor || 'Word'}`}
              />
              {comment.suggestion && <Badge variant="light">{commentKindLabels.SUGGESTION}</Badge>}
            </Group>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {comment.paragraphText}
            </Text>
            {comment.suggestion ? (
              <Text size="sm">{suggestionWording(comment.suggestion)}</Text>
            ) : (
              comment.quote && (
                <Text size="sm" fs="italic">
                  “{comment.quote}”
                </Text>
              )
            )}
            {!comment.suggestion && (
              <Select
                label="Kind"
                data={commentKinds}
                value={comment.kind}
                onChange={(kind) => kind && change(i, { kind })}
                allowDeselect={false}
                disabled={!comment.keep}
              />
            )}
            <Textarea
              label="Comment"
              autosize
              minRows={2}
              value={comment.body}
              disabled={!comment.keep}
              onChange={(event) => change(i, { body: event.currentTarget.value })}
            />
          </Stack>
        </Paper>
      ))}
      {preview && preview.unmatched.length > 0 && (
        <Alert color="yellow" variant="light" title="Not placed on a paragraph">
          <List size="sm">
            {preview.unmatched.map((item, i) => (
              <List.Item key={i}>
                {item.text} {item.wordAuthor && `(${item.wordAuthor})`} — {item.reason}
                {item.near && ` Near: “${item.near}”.`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={kept.length === 0 || !speaksFor || kept.some((c) => !c.body.trim())}
          loading={posting}
          onClick={() => void handlePost()}
        >
          {kept.length > 0 ? `Post ${kept.length} comments` : 'Post'}
        </Button>
      </Group>
    </Stack>
  );
}
