/**
 * An async iterator of `source`'s values mapped. Unlike an async generator's, its `return` reaches
 * the source at once, even while a `next` waits for a value: a subscriber who leaves stops being
 * served then, not at the next event. `onEnd` runs once, however the iteration ends.
 */
export function mapIterator<T, U>(
  source: AsyncIterator<T>,
  map: (value: T) => U | Promise<U>,
  onEnd?: () => void,
): AsyncIterableIterator<U> {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd?.();
  };
  const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });
  return {
    async next() {
      try {
        const step = await source.next();
        if (step.done) {
          end();
          return done();
        }
        return { done: false, value: await map(step.value) };
      } catch (error) {
        end();
        throw error;
      }
    },
    async return() {
      end();
      await source.return?.();
      return done();
    },
    async throw(error: unknown) {
      end();
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
