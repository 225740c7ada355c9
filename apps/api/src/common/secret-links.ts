/**
 * Addresses that work without signing in because their last part is a secret: the reply link of a
 * meeting invitation (/rsvp/…), the one-time link to set a password (/invitation/…) and a person's
 * calendar feed (/calendar/….ics). Whoever holds one acts as its owner, so the secret part must
 * reach nobody else: not a log, not another person's view of an e-mail.
 */
const secretPart = String.raw`(/(?:rsvp|invitation|calendar)/)[^/?#\s]+`;

/** Keeps the route and drops the secret: `/rsvp/Xy…` reads `/rsvp/[redacted]`. */
export function redactSecretPaths(text: string): string {
  return text.replace(new RegExp(secretPart, 'gi'), '$1[redacted]');
}

/** Replaces each whole link that carries a secret, from its scheme to the next space, with `marker`. */
export function redactSecretLinks(text: string, marker: string): string {
  return text.replace(new RegExp(String.raw`\S*${secretPart}\S*`, 'gi'), marker);
}
