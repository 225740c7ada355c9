import { describe, expect, it } from 'vitest';
import { diffWords, type DiffSegment } from './text-diff';

const rebuilt = (segments: DiffSegment[], side: 'before' | 'after') =>
  segments
    .filter((s) => s.kind === 'SAME' || s.kind === (side === 'before' ? 'REMOVED' : 'ADDED'))
    .map((s) => s.text)
    .join('');

describe('diffWords', () => {
  it('reads a rewritten phrase as one deletion and one insertion, not alternating words', () => {
    const before = 'The Council doubted that in their present form the measures would work.';
    const after = 'The Council questioned whether the measures can achieve their aims.';
    const segments = diffWords(before, after);
    expect(segments).toEqual([
      { kind: 'SAME', text: 'The Council ' },
      { kind: 'REMOVED', text: 'doubted that in their present form the measures would work' },
      { kind: 'ADDED', text: 'questioned whether the measures can achieve their aims' },
      { kind: 'SAME', text: '.' },
    ]);
    expect(rebuilt(segments, 'before')).toBe(before);
    expect(rebuilt(segments, 'after')).toBe(after);
  });

  it('keeps a phrase that stands between two rewritten ones', () => {
    const before = 'Several committees doubted that in their view the forum could meet its aims by 2030.';
    const after = 'Several committees questioned whether the forum can achieve its aims by 2030.';
    const segments = diffWords(before, after);
    expect(segments).toEqual([
      { kind: 'SAME', text: 'Several committees ' },
      { kind: 'REMOVED', text: 'doubted that in their view' },
      { kind: 'ADDED', text: 'questioned whether' },
      { kind: 'SAME', text: ' the forum ' },
      { kind: 'REMOVED', text: 'could meet' },
      { kind: 'ADDED', text: 'can achieve' },
      { kind: 'SAME', text: ' its aims by 2030.' },
    ]);
    expect(rebuilt(segments, 'before')).toBe(before);
    expect(rebuilt(segments, 'after')).toBe(after);
  });

  it('leaves words that stand between two insertions unchanged rather than deleted and written again', () => {
    const before = 'Energy cooperation remains weak.';
    const after =
      'Energy cooperation, including through the Greater Tumen Initiative, remains weak. A second sentence joins it.';
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.kind === 'REMOVED')).toEqual([]);
    expect(segments.find((s) => s.kind === 'SAME' && s.text.includes('remains weak'))).toBeDefined();
    expect(rebuilt(segments, 'before')).toBe(before);
    expect(rebuilt(segments, 'after')).toBe(after);
  });

  it('marks whole words, never parts of them', () => {
    expect(diffWords('Trust takes years.', 'Trust takes yearly reviews.')).toEqual([
      { kind: 'SAME', text: 'Trust takes ' },
      { kind: 'REMOVED', text: 'years' },
      { kind: 'ADDED', text: 'yearly reviews' },
      { kind: 'SAME', text: '.' },
    ]);
  });

  it('keeps a single changed word on its own when the rest stands', () => {
    expect(
      diffWords('The meeting was divided into two sessions.', 'The meeting was divided into three sessions.'),
    ).toEqual([
      { kind: 'SAME', text: 'The meeting was divided into ' },
      { kind: 'REMOVED', text: 'two' },
      { kind: 'ADDED', text: 'three' },
      { kind: 'SAME', text: ' sessions.' },
    ]);
  });

  it('compares Chinese and Japanese character by character, as they do not space their words', () => {
    const segments = diffWords('东北亚能源合作', '东北亚电力合作');
    expect(segments).toEqual([
      { kind: 'SAME', text: '东北亚' },
      { kind: 'REMOVED', text: '能源' },
      { kind: 'ADDED', text: '电力' },
      { kind: 'SAME', text: '合作' },
    ]);
  });

  it('answers for texts added or removed whole, and for equal texts', () => {
    expect(diffWords('', 'New text.')).toEqual([{ kind: 'ADDED', text: 'New text.' }]);
    expect(diffWords('Old text.', '')).toEqual([{ kind: 'REMOVED', text: 'Old text.' }]);
    expect(diffWords('Same.', 'Same.')).toEqual([{ kind: 'SAME', text: 'Same.' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});
