import { Anchor, Text, type TextProps } from '@mantine/core';
import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])/g;

export interface LinkifiedTextProps extends TextProps {
  children: string;
}

/** Plain text as it was written (line breaks kept), with every web address made a link. */
export function LinkifiedText({ children, ...props }: LinkifiedTextProps) {
  const parts = children.split(URL_PATTERN);
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} {...props}>
      {parts.map((part, index) =>
        // split() with a capturing group puts the addresses at the odd indices.
        index % 2 === 1 ? (
          <Anchor key={index} href={part} target="_blank" rel="noreferrer noopener" underline="always">
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </Text>
  );
}
