import { Alert, Button, Code, FileInput, Group, List, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { meetingRoleLabels } from '@plenary/shared';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { ImportParticipantsDialog_RowFragment } from '../../../__generated__/graphql';
import { errorExtensions, toApiErrors } from '../../../lib/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useImportParticipants } from '../hooks/use-import-participants';
import { usePreviewParticipantImport } from '../hooks/use-preview-participant-import';

export const importRowFragment = graphql(`
  fragment ImportParticipantsDialog_row on ParticipantImportRow {
    rowNumber
    name
    email
    role
    errors
  }
`);

type ImportRow = ImportParticipantsDialog_RowFragment;

const optionalColumns = [
  ['sort_name', 'the name as lists sort it, e.g. “Kim Min-jun”'],
  ['honorific', 'e.g. Dr, H.E.'],
  ['title', 'their position'],
  ['affiliation', 'where they work'],
  ['representing', 'the organization they speak for'],
  ['category', 'one of the meeting’s participant categories'],
  ['travel_support', 'yes or no'],
] as const;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The rows an import refused, as `extensions.rows` lists them: [{ rowNumber, errors }]. */
function refusedRows(error: unknown): Map<number, string[]> | undefined {
  const rows = errorExtensions(error, 'IMPORT_HAS_ERRORS')?.['rows'];
  if (!Array.isArray(rows)) return undefined;
  const byNumber = new Map<number, string[]>();
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null) continue;
    const { rowNumber, errors } = row as { rowNumber?: unknown; errors?: unknown };
    if (typeof rowNumber === 'number' && Array.isArray(errors)) {
      byNumber.set(
        rowNumber,
        errors.filter((message): message is string => typeof message === 'string'),
      );
    }
  }
  return byNumber;
}

function Summary({ rows }: { rows: readonly ImportRow[] }) {
  const withErrors = rows.filter((row) => row.errors.length > 0).length;
  const ready = rows.length - withErrors;
  if (rows.length === 0) {
    return <Text size="sm">The file has no rows under its header: there is nobody to import.</Text>;
  }
  if (withErrors === 0) {
    return (
      <Text size="sm" role="status">
        {plural(ready, 'row', 'rows')} ready to import.
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title={`${ready} ready, ${withErrors} with errors`}>
      <Stack gap="xs">
        <Text size="sm">
          {plural(ready, 'row', 'rows')} ready, {withErrors} with errors — fix them in your file and choose it again;
          nothing is imported until every row is ready.
        </Text>
        <List size="sm">
          {rows.flatMap((row) =>
            row.errors.map((message) => (
              <List.Item key={`${row.rowNumber}-${message}`}>
                Row {row.rowNumber}: {message}
              </List.Item>
            )),
          )}
        </List>
      </Stack>
    </Alert>
  );
}

function RowsTable({ rows }: { rows: readonly ImportRow[] }) {
  return (
    <Table.ScrollContainer minWidth={560} maxHeight={360}>
      <Table striped={false} withTableBorder stickyHeader>
        <Table.Caption>Rows read from the file</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">E-mail</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const bad = row.errors.length > 0;
            return (
              <Table.Tr key={row.rowNumber} bg={bad ? 'red.0' : undefined}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.rowNumber}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.email}</Table.Td>
                <Table.Td>{row.role ? meetingRoleLabels[row.role] : ''}</Table.Td>
                <Table.Td>
                  {bad ? (
                    <Text size="sm" c="red.8">
                      {row.errors.join('; ')}
                    </Text>
                  ) : (
                    <Text size="sm" c="green.8">
                      <span aria-hidden>✓ </span>Ready
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ImportParticipantsFormProps {
  meetingId: string;
  onDone: () => void;
  onCancel: () => void;
}

function ImportParticipantsForm({ meetingId, onDone, onCancel }: ImportParticipantsFormProps) {
  const preview = usePreviewParticipantImport(meetingId);
  const importParticipants = useImportParticipants(meetingId);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  /** The CSV the rows were read from: what the import sends. */
  const [csv, setCsv] = useState('');
  const [rows, setRows] = useState<ImportRow[]>();
  const [checking, setChecking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function check(text: string) {
    setErrors([]);
    setRows(undefined);
    setCsv(text);
    setChecking(true);
    try {
      setRows(getFragmentData(importRowFragment, await preview(text)).map((row) => ({ ...row })));
    } catch (error) {
      setErrors(toApiErrors(error).map((apiError) => apiError.message));
    } finally {
      setChecking(false);
    }
  }

  async function handleFile(chosen: File | null) {
    setFile(chosen);
    setPasted('');
    setRows(undefined);
    setErrors([]);
    if (!chosen) return;
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setErrors([`${chosen.name} could not be read. Choose it again, or paste its contents below.`]);
      return;
    }
    await check(text);
  }

  async function handleImport() {
    if (!rows) return;
    setErrors([]);
    setImporting(true);
    try {
      const count = await importParticipants(csv);
      notifications.show({
        color: 'green',
        title: 'Participants imported',
        message: `${plural(count, 'participant', 'participants')} on the list, not yet invited: send the invitations when the list is ready.`,
      });
      onDone();
    } catch (error) {
      const refused = refusedRows(error);
      if (refused) {
        // Someone may have been invited meanwhile: the server's rows replace what the preview said.
        setRows(rows.map((row) => ({ ...row, errors: refused.get(row.rowNumber) ?? row.errors })));
      } else {
        setErrors(toApiErrors(error).map((apiError) => apiError.message));
      }
    } finally {
      setImporting(false);
    }
  }

  const ready = rows !== undefined && rows.length > 0 && rows.every((row) => row.errors.length === 0);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm">
          A spreadsheet saved as CSV, with a header row naming its columns. Each person gets an invitation with a
          personal link to reply.
        </Text>
        <Text size="sm">
          Required: <Code>name</Code>, <Code>email</Code> and <Code>role</Code> (e.g. participant, speaker, chair).
        </Text>
        <Text size="sm">Optional:</Text>
        <List size="sm">
          {optionalColumns.map(([column, meaning]) => (
            <List.Item key={column}>
              <Code>{column}</Code>: {meaning}
              {(column === 'affiliation' || column === 'representing') && ', by name or acronym from the directory'}
            </List.Item>
          ))}
        </List>
      </Stack>

      <FileInput
        label="CSV file"
        placeholder="Choose a file"
        accept=".csv,text/csv"
        clearable
        value={file}
        onChange={(chosen) => void handleFile(chosen)}
      />
      <Textarea
        label="Or paste the CSV"
        autosize
        minRows={3}
        maxRows={10}
        value={pasted}
        onChange={(event) => {
          setPasted(event.currentTarget.value);
          setFile(null);
          setRows(undefined);
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          disabled={pasted.trim() === ''}
          loading={checking && file === null}
          onClick={() => void check(pasted)}
        >
          Check the rows
        </Button>
      </Group>

      {checking && (
        <Text size="sm" c="dimmed" role="status">
          Reading the rows…
        </Text>
      )}
      {rows && (
        <>
          <Summary rows={rows} />
          {rows.length > 0 && <RowsTable rows={rows} />}
        </>
      )}
      <FormErrorAlert messages={errors} title="Nobody was imported" />

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={importing}>
          Cancel
        </Button>
        <Button disabled={!ready} loading={importing} onClick={() => void handleImport()}>
          {rows && rows.length > 0
            ? `Import ${plural(rows.length, 'participant', 'participants')}`
            : 'Import participants'}
        </Button>
      </Group>
    </Stack>
  );
}

export interface ImportParticipantsDialogProps {
  meetingId: string;
  opened: boolean;
  onClose: () => void;
}

/** Invites many people at once from a CSV file, after showing each row as the server reads it. */
export function ImportParticipantsDialog({ meetingId, opened, onClose }: ImportParticipantsDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  return (
    <Modal opened={opened} onClose={onClose} title="Import participants from CSV" size="xl" fullScreen={phone}>
      {opened && <ImportParticipantsForm meetingId={meetingId} onDone={onClose} onCancel={onClose} />}
    </Modal>
  );
}
