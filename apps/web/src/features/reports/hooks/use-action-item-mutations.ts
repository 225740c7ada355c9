import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ActionItemStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import type { ActionItemInput } from '../../../__generated__/graphql';

export const addActionItemMutation = graphql(`
  mutation AddActionItem($reportId: ID!, $input: ActionItemInput!) {
    addActionItem(reportId: $reportId, input: $input) {
      id
      ...ActionItem_item
    }
  }
`);

export const updateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $input: ActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      id
      ...ActionItem_item
    }
  }
`);

export const removeActionItemMutation = graphql(`
  mutation RemoveActionItem($id: ID!) {
    removeActionItem(id: $id) {
      id
      actionItems {
        id
        ...ActionItem_item
      }
    }
  }
`);

export const changeActionItemStatusMutation = graphql(`
  mutation ChangeActionItemStatus($id: ID!, $input: ChangeActionItemStatusInput!) {
    changeActionItemStatus(id: $id, input: $input) {
      id
      ...ActionItem_item
    }
  }
`);

/** Adds a next task at the end of the report's list. */
export function useAddActionItem() {
  const [mutate] = useMutation(addActionItemMutation);
  return async (reportId: string, input: ActionItemInput): Promise<void> => {
    await mutate({
      variables: { reportId, input },
      update(cache, { data }) {
        const added = data && cache.identify(data.addActionItem);
        if (!added) return;
        cache.modify({
          id: cache.identify({ __typename: 'MeetingReport', id: reportId }),
          fields: {
            actionItems(existing: readonly Reference[], { toReference }) {
              if (existing.some((ref) => ref.__ref === added)) return existing;
              const ref = toReference(added);
              return ref ? [...existing, ref] : existing;
            },
          },
        });
      },
    });
  };
}

export function useUpdateActionItem() {
  const [mutate] = useMutation(updateActionItemMutation);
  return async (id: string, input: ActionItemInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}

/** Takes a task off the report; the report comes back with the list as it now is. */
export function useRemoveActionItem() {
  const [mutate] = useMutation(removeActionItemMutation);
  return async (id: string): Promise<void> => {
    await mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data) return;
        cache.evict({ id: cache.identify({ __typename: 'ActionItem', id }) });
        cache.gc();
      },
    });
  };
}

/**
 * Follows a task up (open → in progress → done or dropped), also after publication. `from` is the
 * status the person saw, so a change someone made meanwhile is not overwritten unseen.
 */
export function useChangeActionItemStatus() {
  const [mutate] = useMutation(changeActionItemStatusMutation);
  return async (id: string, from: ActionItemStatus, to: ActionItemStatus): Promise<void> => {
    await mutate({ variables: { id, input: { from, to } } });
  };
}
