import { CommentKind, placeSuggestion, type SuggestedChange, suggestionWording } from '@plenary/shared';
import { DomainError, invalid } from '../common/domain-error';
import { refuseControlCharacters } from '../common/text';
import type { CommentEntity } from './comment.entity';
import type { SuggestionInput } from './dto/comment.input';

const SUGGESTION_TEXT = 2_000;

export type SuggestionColumns = Pick<
  CommentEntity,
  'suggestionOriginal' | 'suggestionReplacement' | 'suggestionBefore' | 'quote'
>;

/** Words as a selection gives them, spaced as the paragraph's text spaces them. */
function words(field: string, value: string | null | undefined): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  refuseControlCharacters(field, text);
  if (text.length > SUGGESTION_TEXT) {
    throw new DomainError('TEXT_TOO_LONG', `The text is too long: at most ${SUGGESTION_TEXT} characters.`, {
      field,
      max: SUGGESTION_TEXT,
    });
  }
  return text;
}

/**
 * The suggested wording of a new comment, checked against the paragraph as circulated: its words
 * (or the insertion point) must stand there, in one place. Null for a comment of another kind.
 */
export function checkSuggestion(
  kind: CommentKind,
  input: SuggestionInput | null | undefined,
  paragraphText: string,
): SuggestionColumns | null {
  if (kind !== CommentKind.SUGGESTION) {
    if (input) throw invalid('suggestion', 'Only suggested wording carries a suggestion; choose that kind.');
    return null;
  }
  if (!input) throw invalid('suggestion', 'Give the words to change and the wording you suggest.');
  const original = words('suggestion.original', input.original);
  const replacement = words('suggestion.replacement', input.replacement);
  const before = words('suggestion.before', input.before) || null;
  if (original === '' && replacement === '') {
    throw invalid('suggestion.replacement', 'Give the words to insert, or the words to delete.');
  }
  if (original === replacement) {
    throw invalid('suggestion.replacement', 'The suggested wording is the same as the text.');
  }
  const place = placeSuggestion(paragraphText, { original, replacement, before });
  const field = original === '' ? 'suggestion.before' : 'suggestion.original';
  if (place === 'MISSING') {
    throw invalid(field, 'Those words are not in the paragraph as circulated.', 'QUOTE_NOT_IN_PARAGRAPH');
  }
  if (place === 'AMBIGUOUS') {
    throw invalid(
      field,
      'Those words stand more than once in the paragraph; give the words before them too.',
      'QUOTE_AMBIGUOUS',
    );
  }
  return {
    suggestionOriginal: original,
    suggestionReplacement: replacement,
    suggestionBefore: before,
    quote: original || null,
  };
}

/** A suggestion stays one: it is posted as such, and editing never turns a comment into one or back. */
export function keepKind(current: CommentEntity, kind: CommentKind): void {
  if ((current.kind === CommentKind.SUGGESTION) !== (kind === CommentKind.SUGGESTION)) {
    throw invalid(
      'kind',
      current.kind === CommentKind.SUGGESTION
        ? 'Suggested wording stays suggested wording; withdraw it and comment instead.'
        : 'Post suggested wording as a new comment.',
    );
  }
}

/** The suggestion a comment carries, or null for a comment of another kind. */
export function suggestedChange(comment: CommentEntity): SuggestedChange | null {
  if (comment.kind !== CommentKind.SUGGESTION) return null;
  if (comment.suggestionOriginal === null || comment.suggestionReplacement === null) return null;
  return {
    original: comment.suggestionOriginal,
    replacement: comment.suggestionReplacement,
    before: comment.suggestionBefore,
  };
}

/** How the comment table reads a suggestion: "Replace “X” with “Y”"; null for another kind of comment. */
export function suggestionWordingOf(comment: CommentEntity): string | null {
  const change = suggestedChange(comment);
  return change && suggestionWording(change);
}
