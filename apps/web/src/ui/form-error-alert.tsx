import { Alert, List, Text } from '@mantine/core';

export interface FormErrorAlertProps {
  messages: readonly string[];
  title?: string;
}

/** Errors about a form as a whole; errors about one input are shown next to that input instead. */
export function FormErrorAlert({ messages, title = 'Nothing was saved' }: FormErrorAlertProps) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {messages.length === 1 ? (
        <Text size="sm">{messages[0]}</Text>
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
