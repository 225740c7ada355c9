import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const studyGroupUpdatedSubscription = graphql(`
  subscription StudyGroupUpdated($id: ID!) {
    studyGroupUpdated(id: $id) {
      ...StudyGroupPage_studyGroup
    }
  }
`);

/**
 * Keeps a study group current while its page is open: a change made by another co-chair or the
 * secretariat (a member named, a meeting planned or scheduled) lands in the cache and every tab
 * re-renders from there.
 */
export function useStudyGroupUpdates(studyGroupId: string, { skip }: { skip: boolean }) {
  useSubscription(studyGroupUpdatedSubscription, { variables: { id: studyGroupId }, skip });
}
