import { describe, expect, it } from 'vitest';
import { paragraphs } from './text';

describe('paragraphs', () => {
  it('splits on blank lines, keeps single line breaks, and drops empty ones', () => {
    expect(paragraphs('First line\nsame paragraph\n\n  \r\n\r\nSecond.\n \n\n')).toEqual([
      'First line\nsame paragraph',
      'Second.',
    ]);
    expect(paragraphs('   ')).toEqual([]);
  });
});
