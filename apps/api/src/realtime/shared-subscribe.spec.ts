import { EventEmitter, on } from 'node:events';
import { type ExecutionResult, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mapIterator } from './map-iterator';
import { shareEvent, sharedSubscribe } from './shared-subscribe';

interface News {
  text: string;
}

/** A schema whose one subscription hears what `emitter` emits, counting how often an event is answered. */
function newsroom() {
  const emitter = new EventEmitter();
  const answered = { count: 0 };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        news: {
          type: GraphQLString,
          subscribe: () => mapIterator(on(emitter, 'news'), ([event]) => event as News),
          resolve: (event: News) => {
            answered.count += 1;
            return event.text;
          },
        },
      },
    }),
  });
  const subscribe = async (query = '{ news }') =>
    (await sharedSubscribe({
      schema,
      document: parse(`subscription ${query}`),
    })) as AsyncIterableIterator<ExecutionResult>;
  return { emitter, answered, subscribe };
}

describe('sharedSubscribe', () => {
  it('answers a shared event once for every subscription with the same operation, and others once each', async () => {
    const { emitter, answered, subscribe } = newsroom();
    const readers = [await subscribe(), await subscribe(), await subscribe()];
    const aliased = await subscribe('{ headline: news }');

    const next = [...readers, aliased].map((reader) => reader.next());
    emitter.emit('news', shareEvent({ text: 'Round closed' }));
    const results = await Promise.all(next);
    expect(results.map((r) => r.value)).toEqual([
      { data: { news: 'Round closed' } },
      { data: { news: 'Round closed' } },
      { data: { news: 'Round closed' } },
      { data: { headline: 'Round closed' } },
    ]);
    // One answer for the three readers asking the same, one for the aliased operation.
    expect(results[0]!.value).toBe(results[1]!.value);
    expect(results[0]!.value).toBe(results[2]!.value);
    expect(answered.count).toBe(2);

    // An event not marked as shared may depend on who asks: answered for each subscription.
    const again = readers.map((reader) => reader.next());
    emitter.emit('news', { text: 'Comment posted' });
    expect((await Promise.all(again)).map((r) => r.value)).toEqual(
      readers.map(() => ({ data: { news: 'Comment posted' } })),
    );
    expect(answered.count).toBe(5);
  });

  it('lets go of the source as soon as the subscriber leaves, while waiting for an event', async () => {
    const { emitter, subscribe } = newsroom();
    const reader = await subscribe();
    const waiting = reader.next();
    expect(emitter.listenerCount('news')).toBe(1);
    await reader.return!();
    expect(emitter.listenerCount('news')).toBe(0);
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
