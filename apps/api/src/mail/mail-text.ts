import { redactSecretLinks } from '../common/secret-links';

/** What anyone but the recipient reads in place of a personal link. */
export const PERSONAL_LINK_SHOWN = '[personal link, sent only to the recipient]';

/**
 * A link that acts for its recipient alone (it carries a secret). It is written into the e-mail as
 * sent and nowhere else: turned into a string, logged or serialised it reads as the marker, so a
 * link mixed into plain text by mistake cannot leak either.
 */
export class PersonalLink {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  /** The address itself, for the copy that goes to the recipient. */
  reveal(): string {
    return this.#url;
  }

  toString(): string {
    return PERSONAL_LINK_SHOWN;
  }

  toJSON(): string {
    return PERSONAL_LINK_SHOWN;
  }
}

/** An e-mail's text, line by line; personal links stand on lines of their own. */
export type MailText = readonly (string | PersonalLink)[];

/**
 * The two copies of one e-mail: `sent`, with every personal link, for the recipient's mailbox;
 * `shown`, for everyone else who may look at the outbox, with each personal link replaced by the
 * marker. Plain lines are checked too, so that a secret address written as text is never shown.
 */
export function composeMailText(text: MailText): { sent: string; shown: string } {
  return {
    sent: text.map((line) => (line instanceof PersonalLink ? line.reveal() : line)).join('\n'),
    shown: text
      .map((line) =>
        line instanceof PersonalLink ? PERSONAL_LINK_SHOWN : redactSecretLinks(line, PERSONAL_LINK_SHOWN),
      )
      .join('\n'),
  };
}
