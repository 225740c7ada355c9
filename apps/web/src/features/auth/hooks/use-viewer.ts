import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../__generated__';
import type { Viewer_UserFragment } from '../../../__generated__/graphql';
import { viewerFragment, viewerQuery } from '../graphql/viewer';

export type Viewer = Viewer_UserFragment;

/** The signed-in user (null when signed out). Read from the cache after the first load. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(viewerQuery);
  const viewer = getFragmentData(viewerFragment, data?.viewer ?? null);
  return { viewer, loading: loading && data === undefined, error, refetch };
}
