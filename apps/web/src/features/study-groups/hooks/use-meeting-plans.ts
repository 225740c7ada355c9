import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { MeetingPlanInput, ScheduleMeetingInput } from '../../../__generated__/graphql';
import { studyGroupQuery } from '../graphql/study-group-page';

export const planStudyGroupMeetingMutation = graphql(`
  mutation PlanStudyGroupMeeting($studyGroupId: ID!, $input: MeetingPlanInput!) {
    planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) {
      id
    }
  }
`);

export const removeMeetingPlanMutation = graphql(`
  mutation RemoveMeetingPlan($id: ID!) {
    removeMeetingPlan(id: $id) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

export const scheduleStudyGroupMeetingMutation = graphql(`
  mutation ScheduleStudyGroupMeeting($input: ScheduleMeetingInput!) {
    scheduleStudyGroupMeeting(input: $input) {
      id
      title
    }
  }
`);

/**
 * Adds a meeting to the end of the series. Every plan's label may change with it ("Third and final
 * meeting" becomes "Third meeting"), so the group is read again rather than patched.
 */
export function usePlanStudyGroupMeeting(studyGroupId: string) {
  const [mutate] = useMutation(planStudyGroupMeetingMutation, {
    refetchQueries: [{ query: studyGroupQuery, variables: { id: studyGroupId } }],
    awaitRefetchQueries: true,
  });
  return async (input: MeetingPlanInput): Promise<void> => {
    await mutate({ variables: { studyGroupId, input } });
  };
}

/** Removes a plan not yet scheduled; the group comes back with the later plans renumbered. */
export function useRemoveMeetingPlan() {
  const [mutate] = useMutation(removeMeetingPlanMutation);
  return async (planId: string): Promise<void> => {
    await mutate({ variables: { id: planId } });
  };
}

/** Creates the meeting of a plan; resolves to the new meeting's id. */
export function useScheduleStudyGroupMeeting(studyGroupId: string) {
  const [mutate] = useMutation(scheduleStudyGroupMeetingMutation, {
    update(cache, { data }) {
      if (!data) return;
      // The plan now has its meeting, and the viewer a new meeting in their list: both are read afresh.
      cache.evict({ id: cache.identify({ __typename: 'StudyGroup', id: studyGroupId }), fieldName: 'meetingPlans' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
    },
  });
  return async (input: ScheduleMeetingInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new meeting.');
    return data.scheduleStudyGroupMeeting.id;
  };
}
