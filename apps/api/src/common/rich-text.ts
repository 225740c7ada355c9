import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { DomainError } from './domain-error';
import { refuseControlCharacters } from './text';

/**
 * The light formatting a paragraph may carry: emphasis, lists and links. Everything else is
 * dropped on the way in (scripts, styles, event handlers, `javascript:` links), so what is stored
 * is safe to render as it is.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'i', 'b', 'u', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

export interface RichText {
  html: string;
  text: string;
}

export function sanitizeRichText(field: string, value: string, max: number): RichText {
  if (value.length > max * 4) {
    throw new DomainError('TEXT_TOO_LONG', `The text is too long: at most ${max} characters.`, { field, max });
  }
  refuseControlCharacters(field, value);
  const html = sanitizeHtml(value, options).trim();
  const text = plainText(html);
  if (text.length > max) {
    throw new DomainError('TEXT_TOO_LONG', `The text is too long: at most ${max} characters.`, { field, max });
  }
  return { html: text === '' ? '' : html, text };
}

const blockTags = new Set(['p', 'li', 'br', 'ul', 'ol']);

/** The words of a fragment of HTML, with paragraphs and list items on lines of their own. */
export function plainText(html: string): string {
  let out = '';
  const parser = new Parser({
    ontext: (text) => {
      out += text;
    },
    onopentag: (name) => {
      if (name === 'li') out += '\n• ';
      else if (blockTags.has(name) && out !== '' && !/(\n|• )$/.test(out)) out += '\n';
    },
    onclosetag: (name) => {
      if (blockTags.has(name) && !out.endsWith('\n')) out += '\n';
    },
  });
  parser.write(html);
  parser.end();
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n+/, '')
    .trim();
}
