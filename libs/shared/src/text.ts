/**
 * The paragraphs of a long text as people type it: separated by a blank line, while a single line
 * break stays inside its paragraph. The web app shows them and the exports print them this way.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The start of a long text on one line, cut at a word, for a list or a notification. */
export function excerpt(text: string, length = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The URL class every runtime of this library has (Node and browsers); ES2023's lib does not declare it. */
declare class URL {
  constructor(url: string);
  readonly protocol: string;
}

/** A full http or https address: what evidence and source links must be. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const webAddressMessage = 'Give a full web address, starting with https://.';
