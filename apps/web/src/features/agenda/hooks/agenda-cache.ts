import type { ApolloCache, Reference } from '@apollo/client';

/** The meeting's list of days with `day` in date order; unchanged when a live update brought it first. */
export function insertDay(cache: ApolloCache, meetingId: string, day: Reference) {
  cache.modify({
    id: cache.identify({ __typename: 'Meeting', id: meetingId }),
    fields: {
      agendaDays(existing: readonly Reference[], { readField }) {
        if (existing.some((ref) => ref.__ref === day.__ref)) return existing;
        const date = readField<string>('date', day) ?? '';
        const index = existing.findIndex((ref) => (readField<string>('date', ref) ?? '') > date);
        return index === -1 ? [...existing, day] : [...existing.slice(0, index), day, ...existing.slice(index)];
      },
    },
  });
}

/** Takes an object out of a list it appears in, then forgets it. */
export function removeFrom(cache: ApolloCache, owner: string | undefined, field: string, removed: string | undefined) {
  if (owner === undefined || removed === undefined) return;
  cache.modify({
    id: owner,
    fields: {
      [field]: (existing: readonly Reference[]) => existing.filter((ref) => ref.__ref !== removed),
    },
  });
  cache.evict({ id: removed });
  cache.gc();
}

/** Takes an item off a day's list (it lives on, on another day). */
export function dropItem(cache: ApolloCache, dayId: string, item: string | undefined) {
  if (item === undefined) return;
  cache.modify({
    id: cache.identify({ __typename: 'AgendaDay', id: dayId }),
    fields: {
      items: (existing: readonly Reference[]) => existing.filter((ref) => ref.__ref !== item),
    },
  });
}

/**
 * A day's items in time order, with `added` among them: the order the server lists them in (items
 * starting together keep their order, a new one coming after them).
 */
export function keepInTimeOrder(cache: ApolloCache, dayId: string, added?: Reference) {
  cache.modify({
    id: cache.identify({ __typename: 'AgendaDay', id: dayId }),
    fields: {
      items(existing: readonly Reference[], { readField }) {
        // A live update may have brought a new item first.
        const all = added && !existing.some((ref) => ref.__ref === added.__ref) ? [...existing, added] : existing;
        const start = (ref: Reference) => Date.parse(readField<string>('startsAt', ref) ?? '');
        return [...all].sort((a, b) => start(a) - start(b));
      },
    },
  });
}
