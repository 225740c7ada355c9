import { describe, expect, it } from 'vitest';
import { composeMailText, PERSONAL_LINK_SHOWN, PersonalLink } from './mail-text';

const link = new PersonalLink('https://plenary.example/rsvp/s3cret-token-0123456789abcdef');

describe('personal links in an e-mail', () => {
  it('writes the link into the copy sent and the marker into the copy shown', () => {
    expect(composeMailText(['Reply here:', link, 'Thank you.'])).toEqual({
      sent: 'Reply here:\nhttps://plenary.example/rsvp/s3cret-token-0123456789abcdef\nThank you.',
      shown: `Reply here:\n${PERSONAL_LINK_SHOWN}\nThank you.`,
    });
  });

  it('reads as the marker when mixed into text, logged or serialised by mistake', () => {
    expect(`Reply at ${String(link)}`).toBe(`Reply at ${PERSONAL_LINK_SHOWN}`);
    expect(JSON.stringify({ link })).toBe(JSON.stringify({ link: PERSONAL_LINK_SHOWN }));
    expect(composeMailText([`Reply at ${String(link)}`]).sent).not.toContain('s3cret');
  });
});
