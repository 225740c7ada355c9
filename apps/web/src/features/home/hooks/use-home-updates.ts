import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const homeEventsSubscription = graphql(`
  subscription HomeEvents {
    homeEvents {
      at
    }
  }
`);

/**
 * Calls `onChange` when the server says the viewer's home page may have changed: a notification
 * for them, or a change to a document or meeting on the page. The server tells a burst once, so a
 * reader asks for the page again at most once per burst.
 */
export function useHomeUpdates(onChange: () => void) {
  useSubscription(homeEventsSubscription, {
    // The event is only a signal; the page's own query holds the data.
    fetchPolicy: 'no-cache',
    onData: onChange,
  });
}
