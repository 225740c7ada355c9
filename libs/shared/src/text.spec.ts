import { describe, expect, it } from 'vitest';
import { excerpt, isWebAddress, paragraphs } from './text';

describe('paragraphs', () => {
  it('splits on blank lines, keeps single line breaks, and drops empty ones', () => {
    expect(paragraphs('First line\nsame paragraph\n\n  \r\n\r\nSecond.\n \n\n')).toEqual([
      'First line\nsame paragraph',
      'Second.',
    ]);
    expect(paragraphs('   ')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole on one line, and cuts a long one at a word', () => {
    expect(excerpt('Share seismic\n data.')).toBe('Share seismic data.');
    expect(excerpt('Share seismic monitoring data across borders', 20)).toBe('Share seismic…');
    expect(excerpt('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('isWebAddress', () => {
  it('takes full http and https addresses only', () => {
    expect(isWebAddress('https://www.unescap.org/')).toBe(true);
    expect(isWebAddress('http://example.org/a?b=c')).toBe(true);
    expect(isWebAddress('www.unescap.org')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('not a link')).toBe(false);
  });
});
