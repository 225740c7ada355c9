import DataLoader from 'dataloader';

/**
 * A request's DataLoader that also answers at once for a key it was primed with. A page read in
 * one statement primes the request's loaders (the meeting page does); the fields of its hundreds
 * of rows then resolve without a promise each, which the executor completes on its synchronous
 * path instead of allocating and awaiting a promise per field and per row.
 */
export class Loader<K, V> extends DataLoader<K, V> {
  /** Primed values, kept apart from DataLoader's cache of promises so that priming makes none. */
  private readonly primed = new Map<K, V>();
  private readonly loaded = new Set<K>();

  override load(key: K): Promise<V> {
    const primed = this.primed.get(key);
    if (primed !== undefined) return Promise.resolve(primed);
    this.loaded.add(key);
    return super.load(key);
  }

  /** As DataLoader's: a key already loaded or primed keeps its value. */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (this.primed.has(key) || this.loaded.has(key)) return this;
    if (value instanceof Error || isPromiseLike(value)) {
      this.loaded.add(key);
      return super.prime(key, value);
    }
    this.primed.set(key, value);
    return this;
  }

  override clear(key: K): this {
    this.primed.delete(key);
    this.loaded.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.loaded.clear();
    return super.clearAll();
  }

  /** The value for `key`: at once when primed, else loaded in the next batch. */
  get(key: K): V | Promise<V> {
    // A loader's values are rows or null, never undefined.
    const primed = this.primed.get(key);
    return primed !== undefined ? primed : this.load(key);
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as PromiseLike<V> | null)?.then === 'function';
}

/** What a field resolver answers: the value when it is at hand, else its promise. */
export type Resolved<V> = V | Promise<V>;

/**
 * `next(value)`: at once for a value at hand, once it comes for a promised one. (Not named `then`:
 * a module exporting `then` is taken for a promise when it is imported dynamically.)
 */
export function mapResolved<V, R>(value: Resolved<V>, next: (value: V) => Resolved<R>): Resolved<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** `next(a, b)`: at once when both are at hand, else once both have come, asked for together. */
export function mapResolvedBoth<A, B, R>(a: Resolved<A>, b: Resolved<B>, next: (a: A, b: B) => R): Resolved<R> {
  return a instanceof Promise || b instanceof Promise
    ? Promise.all([a, b]).then(([first, second]) => next(first, second))
    : next(a, b);
}
