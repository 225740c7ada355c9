import { Text } from '@mantine/core';
import { displayName } from '../lib/names';
import { ScriptText } from './script-text';

/** A letter of another script than Latin: the name's Latin sort name then helps those who cannot read it. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

export interface PersonNameProps {
  person: { honorific: string | null; name: string; sortName: string };
}

export function PersonName({ person }: PersonNameProps) {
  const transcribed = person.sortName !== person.name && NON_LATIN_LETTER.test(person.name);
  return (
    <>
      <Text fw={500} span display="block">
        <ScriptText>{displayName(person)}</ScriptText>
      </Text>
      {transcribed && (
        <Text size="sm" c="dimmed" span display="block">
          {person.sortName}
        </Text>
      )}
    </>
  );
}
