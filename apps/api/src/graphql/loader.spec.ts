import { describe, expect, it } from 'vitest';
import { Loader, mapResolved, mapResolvedBoth } from './loader';

describe('Loader', () => {
  it('answers a primed key at once and loads the others in one batch', async () => {
    const batches: string[][] = [];
    const loader = new Loader<string, string>((keys) => {
      batches.push([...keys]);
      return Promise.resolve(keys.map((key) => key.toUpperCase()));
    });
    loader.prime('a', 'primed');
    expect(loader.get('a')).toBe('primed');
    const b = loader.get('b');
    const c = loader.get('c');
    expect(b).toBeInstanceOf(Promise);
    expect([await b, await c]).toEqual(['B', 'C']);
    expect(await loader.load('a')).toBe('primed');
    expect(batches).toEqual([['b', 'c']]);
  });

  it('maps a value at hand at once, and a promised one once it comes', async () => {
    expect(mapResolved(2, (n) => n * 10)).toBe(20);
    const later = mapResolved(Promise.resolve(2), (n) => n * 10);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(20);
  });

  it('combines two values at once when both are at hand, and asks for two promised ones in one batch', async () => {
    expect(mapResolvedBoth(2, 3, (a, b) => a * b)).toBe(6);
    const batches: string[][] = [];
    const loader = new Loader<string, string>((keys) => {
      batches.push([...keys]);
      return Promise.resolve([...keys]);
    });
    loader.prime('a', 'primed');
    const both = mapResolvedBoth(loader.get('a'), loader.get('b'), (a, b) => `${a}+${b}`);
    expect(both).toBeInstanceOf(Promise);
    expect(await both).toBe('primed+b');
    const two = mapResolvedBoth(loader.get('c'), loader.get('d'), (c, d) => `${c}+${d}`);
    expect(await two).toBe('c+d');
    expect(batches).toEqual([['b'], ['c', 'd']]);
  });

  it('keeps what a key was loaded as, as DataLoader does, and forgets primed values when cleared', async () => {
    const loader = new Loader<string, string>((keys) => Promise.resolve(keys.map((key) => `loaded ${key}`)));
    expect(await loader.load('a')).toBe('loaded a');
    loader.prime('a', 'primed');
    expect(await loader.get('a')).toBe('loaded a');
    loader.prime('b', 'primed');
    loader.clearAll();
    expect(await loader.get('b')).toBe('loaded b');
  });
});
