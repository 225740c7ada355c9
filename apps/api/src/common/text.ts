import { DomainError } from './domain-error';

/**
 * Trims a required text input and checks its length and characters; refuses with the field named.
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
  refuseControlCharacters(field, text);
  return text === '' ? null : text;
}

/** Control characters other than line breaks and tabs only ever arrive by mistake, and PostgreSQL stores no NUL. */
export function refuseControlCharacters(field: string, text: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) {
    throw new DomainError('INVALID_INPUT', `${label(field)} contains characters that cannot be stored.`, { field });
  }
}

/**
 * Whether a NUL character hides anywhere in a value taken from a request: in its strings or its
 * keys, at any depth. Walked without recursion, so no nesting a client sends can exhaust the stack.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\0')) return true;
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes('\0')) return true;
        pending.push(item);
      }
    }
  }
  return false;
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
