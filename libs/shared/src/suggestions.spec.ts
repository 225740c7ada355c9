import { describe, expect, it } from 'vitest';
import { applySuggestion, placeSuggestion, suggestionWording } from './suggestions';

const text = 'The Council doubted that the measures would work, and the members agreed.';

describe('placeSuggestion', () => {
  it('finds the words however they were spaced or broken, and only where they stand once', () => {
    expect(placeSuggestion(text, { original: 'doubted  that\nthe', replacement: 'x' })).toEqual({ start: 12, end: 28 });
    expect(placeSuggestion(text, { original: 'the', replacement: 'these' })).toBe('AMBIGUOUS');
    expect(placeSuggestion(text, { original: 'the', replacement: 'these', before: 'that' })).toEqual({
      start: 25,
      end: 28,
    });
    expect(placeSuggestion(text, { original: 'questioned', replacement: 'x' })).toBe('MISSING');
  });

  it('places an insertion right after the words before it, or at the start', () => {
    expect(placeSuggestion(text, { original: '', replacement: 'strongly', before: 'Council' })).toEqual({
      start: 11,
      end: 11,
    });
    expect(placeSuggestion(text, { original: '', replacement: 'In 2019,' })).toEqual({ start: 0, end: 0 });
  });
});

describe('applySuggestion', () => {
  it('replaces, inserts and deletes with the spacing a person would give', () => {
    expect(applySuggestion(text, { original: 'doubted that', replacement: 'questioned whether' })).toBe(
      'The Council questioned whether the measures would work, and the members agreed.',
    );
    expect(applySuggestion(text, { original: '', replacement: 'strongly', before: 'Council' })).toBe(
      'The Council strongly doubted that the measures would work, and the members agreed.',
    );
    expect(applySuggestion(text, { original: 'would work', replacement: '' })).toBe(
      'The Council doubted that the measures, and the members agreed.',
    );
    expect(applySuggestion(text, { original: 'The Council', replacement: '' })).toBe(
      'doubted that the measures would work, and the members agreed.',
    );
    expect(applySuggestion(text, { original: 'questioned', replacement: 'asked' })).toBeNull();
  });
});

describe('suggestionWording', () => {
  it('reads each kind of suggestion as the comment table shows it', () => {
    expect(suggestionWording({ original: 'doubted', replacement: 'questioned' })).toBe(
      'Replace “doubted” with “questioned”',
    );
    expect(suggestionWording({ original: '', replacement: 'strongly', before: 'Council' })).toBe(
      'Insert “strongly” after “Council”',
    );
    expect(suggestionWording({ original: 'would work', replacement: '' })).toBe('Delete “would work”');
  });
});
