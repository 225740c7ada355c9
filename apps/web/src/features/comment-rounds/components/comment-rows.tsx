import { Badge, Button, Checkbox, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { commentKindLabels, dispositionLabels, suggestionWording } from '@plenary/shared';
import { displayName } from '../../../lib/names';
import { OrganizationShortName } from '../../../ui/organization-short-name';
import { ScriptText } from '../../../ui/script-text';
import type { CommentSelection } from '../hooks/use-comment-selection';
import type { CommentRow } from './comment-table-model';

function ByWhom({ comment }: { comment: CommentRow }) {
  if (!comment.attributed || !comment.author) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Non-attributed
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        <ScriptText>{displayName(comment.author)}</ScriptText>
      </Text>
      <Text size="sm" c="dimmed">
        {comment.speaksFor ? (
          <OrganizationShortName organization={comment.speaksFor} />
        ) : comment.personalCapacity ? (
          'personal capacity'
        ) : null}
      </Text>
    </Stack>
  );
}

interface CommentTableRowProps {
  comment: CommentRow;
  /** "comment on paragraph 3 by …", naming the row's controls. */
  name: string;
  /** The number of the working paragraph that answers it; null for a heading, undefined for none. */
  answeredBy: number | null | undefined;
  /** The row's selection and Dispose controls; absent for those who only read. */
  disposing: { selected: boolean; onSelect: (on: boolean) => void; onDispose: () => void } | undefined;
}

function CommentTableRow({ comment, name, answeredBy, disposing }: CommentTableRowProps) {
  return (
    <Table.Tr style={{ verticalAlign: 'top' }}>
      {disposing && (
        <Table.Td>
          <Checkbox
            aria-label={`Select ${name}`}
            checked={disposing.selected}
            onChange={(event) => {
              disposing.onSelect(event.currentTarget.checked);
            }}
          />
        </Table.Td>
      )}
      <Table.Td maw={280}>
        <Text size="sm" fw={600}>
          {comment.paragraphThen.number === null ? 'Heading' : `¶ ${comment.paragraphThen.number}`}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.paragraphThen.text}
        </Text>
      </Table.Td>
      <Table.Td maw={360}>
        <Stack gap={4} align="flex-start">
          <Badge variant="light" color="gray" c="dark.7" size="sm">
            {commentKindLabels[comment.kind]}
          </Badge>
          {comment.suggestion ? (
            <Text size="sm" fw={500}>
              {suggestionWording(comment.suggestion)}
            </Text>
          ) : (
            comment.quote && (
              <Text component="blockquote" size="sm" fs="italic" m={0}>
                “{comment.quote}”
              </Text>
            )
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <ByWhom comment={comment} />
      </Table.Td>
      <Table.Td>
        {comment.disposition ? (
          <Text size="sm">{dispositionLabels[comment.disposition]}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            No disposition yet
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.reply}
        </Text>
        {answeredBy !== undefined && (
          <Text size="xs" c="dimmed">
            {answeredBy === null ? 'Answered by a heading' : `Answered by paragraph ${answeredBy}`}
          </Text>
        )}
      </Table.Td>
      {disposing && (
        <Table.Td>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={comment.disposition ? `Change the disposition of the ${name}` : `Dispose of the ${name}`}
            onClick={disposing.onDispose}
          >
            {comment.disposition ? 'Change' : 'Dispose'}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

export interface CommentRowsProps {
  roundNumber: number;
  /** The page of comments shown. */
  shown: readonly CommentRow[];
  /** The round's comments. */
  total: number;
  /** Those matching the filters, on every page. */
  matching: number;
  /** Some filter is set: the caption says how many of the round's comments match. */
  filtered: boolean;
  names: ReadonlyMap<string, string>;
  /** Paragraph identities of the version shown, with their numbers now. */
  paragraphNumbers: ReadonlyMap<string, number | null>;
  /** Given to those who may dispose of the comments: the rows can then be selected and disposed of. */
  disposing: { selection: CommentSelection<CommentRow>; onDispose: (comment: CommentRow) => void } | undefined;
}

/** The round's comments in paragraph order, each with the paragraph as it read then and its answer. */
export function CommentRows({
  roundNumber,
  shown,
  total,
  matching,
  filtered,
  names,
  paragraphNumbers,
  disposing,
}: CommentRowsProps) {
  return (
    <Table.ScrollContainer minWidth={disposing ? 1040 : 900}>
      <Table verticalSpacing="sm" aria-label={`Comments of round ${roundNumber}`} style={{ verticalAlign: 'top' }}>
        <Table.Caption>
          Comments of round {roundNumber}, in paragraph order
          {filtered ? ` (${matching} of ${total} shown)` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {disposing && (
              <Table.Th scope="col">
                <VisuallyHidden>Selected</VisuallyHidden>
              </Table.Th>
            )}
            <Table.Th scope="col">Paragraph</Table.Th>
            <Table.Th scope="col">Comment</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">Disposition</Table.Th>
            <Table.Th scope="col">Reply</Table.Th>
            {disposing && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((comment) => (
            <CommentTableRow
              key={comment.id}
              comment={comment}
              name={names.get(comment.id) ?? 'comment'}
              answeredBy={
                comment.answeredByParagraphId !== null ? paragraphNumbers.get(comment.answeredByParagraphId) : undefined
              }
              disposing={
                disposing && {
                  selected: disposing.selection.isSelected(comment.id),
                  onSelect: (on) => {
                    disposing.selection.toggle(comment.id, on);
                  },
                  onDispose: () => {
                    disposing.onDispose(comment);
                  },
                }
              }
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
