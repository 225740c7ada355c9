import { DomainError } from './domain-error';

/**
 * Trims a required text input and checks its length; refuses with the field named.
 * Control characters other than line breaks and tabs are refused: they only ever arrive by mistake.
 */
export function requiredText(field: string, value: string, max: number): string {
  const text = optionalText(field, value, max);
  if (!text) throw new DomainError('INVALID_INPUT', `${label(field)} cannot be empty.`, { field });
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) {
    throw new DomainError('TEXT_TOO_LONG', `${label(field)} is too long: at most ${max} characters.`, { field, max });
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) {
    throw new DomainError('INVALID_INPUT', `${label(field)} contains characters that cannot be stored.`, { field });
  }
  return text === '' ? null : text;
}

/** A list of ids without repeats, refused when longer than `max`. */
export function uniqueIds(field: string, ids: readonly string[], max: number): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > max) throw new DomainError('INVALID_INPUT', `At most ${max} entries.`, { field });
  return unique;
}

function label(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
