import { Alert, Text } from '@mantine/core';

/** The Chatham House Rule, in the words of Chatham House itself. */
const CHATHAM_HOUSE_RULE =
  'Participants are free to use the information received, but neither the identity nor the affiliation of the ' +
  'speaker(s), nor that of any other participant, may be revealed.';

/** Said before anything else about a meeting held under the rule, so nobody misses it. */
export function ChathamHouseNotice() {
  return (
    <Alert color="plenary" variant="light" role="note" title="This meeting is held under the Chatham House rule">
      <Text size="sm">{CHATHAM_HOUSE_RULE}</Text>
    </Alert>
  );
}
