import { Alert, FileInput, Text } from '@mantine/core';

export interface WordFileFieldProps {
  label: string;
  file: File | null;
  /** The file is being read, or what it holds is being saved: no other file may be chosen meanwhile. */
  reading: boolean;
  busy: boolean;
  /** What Plenary says of the file as a whole, e.g. that it holds no comments. */
  message: string | null | undefined;
  onChange: (file: File | null) => void;
}

/** The Word file chosen, that it is being read, and what Plenary says of it. */
export function WordFileField({ label, file, reading, busy, message, onChange }: WordFileFieldProps) {
  return (
    <>
      <FileInput
        label={label}
        placeholder="Choose a file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        clearable
        clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
        value={file}
        disabled={reading || busy}
        onChange={onChange}
      />
      {reading && (
        <Text size="sm" role="status">
          Reading the file…
        </Text>
      )}
      {message && (
        <Alert variant="light" role="status">
          {message}
        </Alert>
      )}
    </>
  );
}
