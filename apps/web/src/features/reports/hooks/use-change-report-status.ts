import { useMutation } from '@apollo/client/react';
import type { ReportStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const changeReportStatusMutation = graphql(`
  mutation ChangeMeetingReportStatus($id: ID!, $input: ChangeMeetingReportStatusInput!) {
    changeMeetingReportStatus(id: $id, input: $input) {
      id
      ...ReportPanel_report
      meeting {
        id
        status
        nextStatuses
      }
    }
  }
`);

/**
 * Moves the report on (draft → final → published) or back to draft. Publishing also marks the
 * meeting's report as published, so the page's header follows.
 */
export function useChangeReportStatus() {
  const [mutate] = useMutation(changeReportStatusMutation, {
    update(cache, { data }) {
      // The list shows each meeting's status and is cheap to reload.
      if (data) cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
    },
  });
  return async (id: string, from: ReportStatus, to: ReportStatus): Promise<void> => {
    await mutate({ variables: { id, input: { from, to } } });
  };
}
