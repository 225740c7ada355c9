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

/** A day's items with `item` at `position`, wherever it was before (the server's order after a move). */
export function placeItem(cache: ApolloCache, dayId: string, item: string, position: number | null) {
  cache.modify({
    id: cache.identify({ __typename: 'AgendaDay', id: dayId }),
    fields: {
      items(existing: readonly Reference[], { toReference }) {
        const others = existing.filter((ref) => ref.__ref !== item);
        if (position === null) return others;
        const ref = toReference(item);
        if (!ref) return existing;
        return [...others.slice(0, position), ref, ...others.slice(position)];
      },
    },
  });
}
